#!/usr/bin/env bash
# The kernel's tests through real Jupyter clients (Tests/Jupyter, pytest): jupyter_kernel_test's
# protocol checks, nbclient running examples/tour.ipynb, jupyter console, interrupts in both
# modes, restart, shutdown, parent death, forged and malformed messages. Builds nns in release
# mode (NNS_BINARY overrides the binary) and installs the clients into a virtual environment
# outside the repository (scripts/jupyter-venv.sh). MNIST comes from $NNS_TEST_DATA as for
# scripts/test.sh. Extra arguments go to pytest (e.g. -k interrupt).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh
source scripts/test-data.sh
if [ -z "${NNS_BINARY:-}" ]; then
    swift build -c release --product nns 2>&1 | tail -n 1
    NNS_BINARY="$PWD/.build/release/nns"
fi
export NNS_BINARY
venv=$(bash scripts/jupyter-venv.sh)
cd Tests/Jupyter
exec "$venv/bin/python" -m pytest -p no:cacheprovider -q "$@"

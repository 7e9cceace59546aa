#!/usr/bin/env bash
# Installs the system packages nns builds against (OpenBLAS, libedit, zlib, ZeroMQ for the
# Jupyter kernel, pkg-config) when any is missing, numpy for the benchmark's reference, and the
# Jupyter clients the kernel is tested with (scripts/jupyter-venv.sh). Safe to run again: it does nothing when
# everything is present. Uses sudo when not run as root.
set -euo pipefail

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
for pair in openblas:libopenblas-dev libedit:libedit-dev zlib:zlib1g-dev libzmq:libzmq3-dev; do
    module=${pair%%:*} package=${pair#*:}
    pkg-config --exists "$module" 2>/dev/null || missing+=("$package")
done
command -v gzip >/dev/null 2>&1 || missing+=(gzip)
command -v curl >/dev/null 2>&1 || missing+=(curl)   # downloads MNIST when it is not local
[ -x /usr/bin/time ] || missing+=(time)               # peak memory in scripts/bench.sh

if ((${#missing[@]})); then
    echo "install-deps: installing ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! python3 -c 'import numpy' >/dev/null 2>&1; then
    echo "install-deps: installing numpy (for the benchmark's reference implementation)"
    python3 -m pip install --quiet numpy || echo "install-deps: numpy unavailable; scripts/bench.sh will skip the reference" >&2
fi

# The Jupyter clients for the kernel's tests and benchmark, in a virtual environment outside the
# repository (nns itself needs none of them).
if [ "${NNS_SKIP_JUPYTER_VENV:-}" != 1 ]; then
    bash "$(dirname "${BASH_SOURCE[0]}")/jupyter-venv.sh" >/dev/null ||
        echo "install-deps: the Jupyter clients could not be installed; scripts/kernel-test.sh needs them" >&2
fi

#!/usr/bin/env bash
# The test command (README, and .ci/run calls this same script): installs what is missing, finds
# real MNIST for the tests, and runs `swift test`.
#
# Tests read real data from $NNS_TEST_DATA (see scripts/test-data.sh). The kernel's tests through
# real Jupyter clients are scripts/kernel-test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh
source scripts/test-data.sh
# All tests use Swift Testing; without XCTest the run ends on its one summary line.
exec swift test --disable-xctest "$@"

#!/usr/bin/env bash
# The main demo (README's first command): installs what is missing, builds nns in release, and
# trains the book's chapter-1 network on MNIST, printing the test accuracy after every epoch.
# MNIST is taken from --data DIR / $NNS_DATA / ./data, and downloaded into ./data when absent.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-deps.sh
swift build -c release --product nns 2>&1 | tail -n 1
data="${NNS_DATA:-$PWD/data}"
mkdir -p "$data"
echo "Training the book's network (examples/chapter1.nns) on MNIST from $data"
exec .build/release/nns --data "$data" examples/chapter1.nns "$@"

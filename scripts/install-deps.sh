#!/usr/bin/env bash
# Installs the system packages nns builds against (OpenBLAS, libedit, zlib, pkg-config) when any
# is missing, and numpy for the benchmark's reference. Safe to run again: it does nothing when
# everything is present. Uses sudo when not run as root.
set -euo pipefail

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
for pair in openblas:libopenblas-dev libedit:libedit-dev zlib:zlib1g-dev; do
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

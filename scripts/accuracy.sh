#!/usr/bin/env bash
# Release-build accuracy checks on full MNIST (issue 2): runs the example scripts and fails
# unless their final `eval test` reaches the book-derived thresholds.
#   chapter1.nns  [784,30,10] sigmoid, quadratic, N(0,1), η=3.0, m=10, 30 epochs  ≥ 94.0%
#   network2.nns  [784,100,10] sigmoid, cross-entropy, N(0,1/n), λ=5, η=0.5, 30 epochs ≥ 97.5%
#   fashion.nns   the same network on Fashion-MNIST, η=0.1, 10 epochs                ≥ 85.0%
#                 (only when Fashion-MNIST is installed: apt-get install dataset-fashion-mnist)
#   chapter6-quick.nns  the ReLU network with two conv-pool layers, η=0.03 halved after 2 flat epochs, λ=1, 12 epochs  ≥ 98.8%
# The full chapter 6 table (60 and 40 epochs, hours of CPU) is scripts/chapter6.sh.
# Usage: scripts/accuracy.sh DATA_DIR   (DATA_DIR holds mnist/ or the four files)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
data="${1:?usage: scripts/accuracy.sh DATA_DIR}"
swift build -c release --product nns 2>&1 | tail -n 1

status=0
check() {   # check SCRIPT MIN_PERCENT
    local script=$1 minimum=$2 log
    log=$(mktemp)
    local start=$SECONDS
    if ! .build/release/nns --data "$data" "examples/$script" >"$log" 2>&1; then
        echo "FAIL $script: nns exited non-zero"; cat "$log"; status=1; return
    fi
    local line
    line=$(grep -E '^test: [0-9]+ / [0-9]+' "$log" | tail -n 1)
    if [ -z "$line" ]; then echo "FAIL $script: no 'test: N / M' line"; cat "$log"; status=1; return; fi
    local percent
    percent=$(echo "$line" | awk '{ printf "%.2f", 100 * $2 / $4 }')
    if awk -v p="$percent" -v m="$minimum" 'BEGIN { exit !(p >= m) }'; then
        echo "ok   $script: $line — ${percent}% ≥ ${minimum}% ($((SECONDS - start)) s)"
    else
        echo "FAIL $script: $line — ${percent}% < ${minimum}%"; cat "$log"; status=1
    fi
}
check chapter1.nns 94.0
check network2.nns 97.5
check chapter6-quick.nns 98.8
if [ -f /usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz ]; then
    check fashion.nns 85.0
else
    echo "skip fashion.nns: Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)"
fi
exit $status

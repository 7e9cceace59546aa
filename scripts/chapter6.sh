#!/usr/bin/env bash
# The book's chapter 5 and 6 results, in full (release build, real MNIST; hours of CPU — not
# run by CI, which runs the 12-epoch chapter6-quick.nns through scripts/accuracy.sh). Prints one
# line per configuration: the book's figure, nns's test accuracy at the epoch the validation
# set picked, the epochs and the time taken; logs go to LOG_DIR (default bench-results/).
#   chapter6-conv1.nns           conv 20 + pool → FC 100 sigmoid, η=0.1, 60 epochs   book 98.78%, target ≥ 98.6%
#   chapter6-conv2-sigmoid.nns   + conv 40 + pool, sigmoid, η=0.1, 60 epochs         book 99.06%, target ≥ 98.9%
#   chapter6-conv2-relu.nns      ReLU, η=0.03, λ=0.1 (network3), 60 epochs            book 99.23%, target ≥ 99.1%
#   chapter6-expanded-dropout.nns  expanded 250k, 2 × FC 1000 ReLU, dropout, 40 epochs book 99.60%, target ≥ 99.4%
#   chapter5-vanishing-gradient.nns  ‖∂C/∂b^l‖ per layer at the start (book 0.012, 0.060, 0.283)
#   chapter6-ensemble.nns        five expanded-dropout nets vote; only with --only (5× the above) book 99.67%
# Usage: scripts/chapter6.sh DATA_DIR [LOG_DIR] [--only NAME]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
data="${1:?usage: scripts/chapter6.sh DATA_DIR [LOG_DIR] [--only NAME]}"
logs="${2:-bench-results}"
only="${4:-}"
[ "${3:-}" = "--only" ] || only=""
mkdir -p "$logs"
swift build -c release --product nns 2>&1 | tail -n 1
status=0
run() {   # run SCRIPT BOOK MIN_PERCENT
    local script=$1 book=$2 minimum=$3
    [ -z "$only" ] || [ "$only" = "$script" ] || return 0
    local log="$logs/${script%.nns}.log" start=$SECONDS
    if ! .build/release/nns --data "$data" "examples/$script" >"$log" 2>&1; then
        echo "FAIL $script: nns exited non-zero (see $log)"; status=1; return
    fi
    local line epochs percent
    line=$(grep -E '^test: [0-9]+ / [0-9]+' "$log" | tail -n 1)
    epochs=$(grep -cE '^Epoch [0-9]+' "$log" || true)
    percent=$(echo "$line" | awk '{ printf "%.2f", 100 * $2 / $4 }')
    local verdict=ok
    awk -v p="$percent" -v m="$minimum" 'BEGIN { exit !(p >= m) }' || { verdict=FAIL; status=1; }
    printf '%-4s %-32s book %s  nns %s%% (≥ %s%%)  %s epochs  %s s  [%s]\n' "$verdict" "$script" "$book" "$percent" \
        "$minimum" "$epochs" "$((SECONDS - start))" "$(grep -E '^best ' "$log" | tail -n 1)"
}
run chapter6-conv1.nns 98.78% 98.6
run chapter6-conv2-sigmoid.nns 99.06% 98.9
run chapter6-conv2-relu.nns 99.23% 99.1
run chapter6-expanded-dropout.nns 99.60% 99.4
if [ -z "$only" ] || [ "$only" = chapter5-vanishing-gradient.nns ]; then
    .build/release/nns --data "$data" examples/chapter5-vanishing-gradient.nns >"$logs/chapter5.log" 2>&1
    grep -E 'at the start' "$logs/chapter5.log" | awk '{ print "chapter 5:", $0 }'
fi
if [ "$only" = chapter6-ensemble.nns ]; then
    start=$SECONDS
    (cd "$logs" && "$OLDPWD/.build/release/nns" --data "$data" "$OLDPWD/examples/chapter6-ensemble.nns") >"$logs/chapter6-ensemble.log" 2>&1 || status=1
    grep -E '^best |^│ *ensemble' "$logs/chapter6-ensemble.log" | sed 's/^/ensemble: /'
    echo "ensemble: book 99.67%, $((SECONDS - start)) s in all"
fi
exit $status

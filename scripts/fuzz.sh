#!/usr/bin/env bash
# The project's fuzzers (Fuzz/, FuzzSupport). Builds nns-fuzz with libFuzzer and AddressSanitizer
# in its own .build-fuzz (NNS_FUZZ=1 adds the target; no other build carries fuzzer flags), then
# runs, each for a bounded time:
#   - the language harness (lexer → parser → binder → interpreter on a tiny session),
#   - the IDX harness (corrupted image/label pairs → LabeledImages.load → training and views),
#   - the model-file harness (corrupted model files → ModelFile.open → open and the views),
#   - the seeded line generator (grammar-aware hostile lines through the language harness).
# A crash, a hang (-timeout) or an out-of-memory stops the run with the input saved in
# .build-fuzz/findings/ and a non-zero status; turn it into a regression (Fuzz/Regressions/<harness>/
# and a unit test where the bug was). Each run prints its counts ("inputs … source lines …").
#
#   scripts/fuzz.sh [SECONDS_PER_HARNESS] [GENERATED_LINES]      (default 30 and 10000)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-30}"
lines="${2:-10000}"

echo "== building nns-fuzz (release, -sanitize=fuzzer,address) in .build-fuzz"
NNS_FUZZ=1 swift build -c release --build-path .build-fuzz --product nns-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld 2>&1 | tail -n 1
fuzzer=.build-fuzz/release/nns-fuzz
work=.build-fuzz/corpus
findings=.build-fuzz/findings
mkdir -p "$findings"
# Leaks at exit (the runtime's and OpenBLAS's caches) are not findings; crashes are. Frames stay
# on the real stack (no use-after-return fake stack) so nns's stack-space guard sees the stack.
export ASAN_OPTIONS="detect_leaks=0:detect_stack_use_after_return=0:allocator_may_return_null=1"

declare -A max_len=([language]=8192 [idx]=70000 [model]=32768)
declare -A dictionary=([language]="-dict=Fuzz/language.dict" [idx]="" [model]="-dict=Fuzz/model.dict")
for harness in language idx model; do
    echo "== fuzzing the $harness harness for ${seconds}s"
    mkdir -p "$work/$harness"
    cp -n Fuzz/Corpus/"$harness"/* "$work/$harness"/ 2>/dev/null || true
    set +e
    # shellcheck disable=SC2086
    "$fuzzer" "$harness" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=6000 -seed=1 \
        -max_len="${max_len[$harness]}" ${dictionary[$harness]} -print_final_stats=1 \
        -artifact_prefix="$findings/$harness-" "$work/$harness" "Fuzz/Regressions/$harness" >"$findings/$harness.log" 2>&1
    status=$?
    set -e
    grep -E "^(nns-fuzz|stat::number_of_executed_units|Done|==[0-9]+==|SUMMARY|Fatal error|artifact_prefix)" "$findings/$harness.log" || true
    if [ "$status" -ne 0 ]; then
        tail -n 60 "$findings/$harness.log" >&2
        echo "fuzz.sh: the $harness harness found a problem (status $status); the input and log are in $findings" >&2
        exit 1
    fi
done

echo "== $lines generated lines through the language harness"
"$fuzzer" generate --lines "$lines" --seed 1

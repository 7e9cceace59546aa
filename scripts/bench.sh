#!/usr/bin/env bash
# Benchmark (release build; never a test): workload W1 of issue 2 for nns and, in the same run,
# for the numpy reference (scripts/reference/network_numpy.py), plus the language's speed numbers.
#
#   W1: [784,30,10] sigmoid, quadratic, m=10, η=3.0; seconds per epoch over the book's 50,000
#       MNIST training images (no evaluation inside the timing); median over RUNS runs of EPOCHS
#       epochs each; peak RSS of an nns run training on all 60,000 images.
#   start-up: `nns -c quit`, median of 20.     script: a 10,000-line script of cheap commands.
#   views: `confusion test`, `errors test n=20`, `weights layer=1 grid` of a [784,100,10] network
#       on the 10,000 test images, each timed with nns's own `time` (issue 4: ≤ 0.2 s).
#
# Usage: scripts/bench.sh --data MNIST_DIR [--runs 3] [--epochs 3]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
data="" runs=3 epochs=3
while [ $# -gt 0 ]; do
    case "$1" in
        --data) data=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --epochs) epochs=$2; shift 2 ;;
        *) echo "usage: scripts/bench.sh --data MNIST_DIR [--runs N] [--epochs N]" >&2; exit 2 ;;
    esac
done
[ -n "$data" ] || { echo "bench.sh: --data MNIST_DIR is required" >&2; exit 2; }
data=$(cd "$data" && pwd)

swift build -c release --product nns 2>&1 | tail -n 1
nns=.build/release/nns
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Seconds of each "Epoch k … (S s)" line of a log, one per line.
epoch_seconds() { sed -nE 's/^Epoch [0-9]+.*\(([0-9.]+) s\)$/\1/p' "$1"; }
median() { python3 -c 'import statistics,sys; v=[float(x) for x in sys.stdin.read().split()]; print(f"{statistics.median(v):.4f}" if v else "nan")'; }

cat >"$work/w1.nns" <<NNS
seed 1
load mnist from="$data" split=50000
net 784 30 10 act=sigmoid cost=quadratic init=gaussian
sgd epochs=$epochs eta=3.0 m=10
NNS
cat >"$work/rss.nns" <<NNS
seed 1
load mnist from="$data"
net 784 30 10
sgd epochs=1 eta=3.0 m=10 monitor=test
NNS

echo "W1: [784,30,10] sigmoid/quadratic, m=10, eta=3.0, 50,000 images; $runs runs × $epochs epochs"
: >"$work/nns.txt"; : >"$work/numpy.txt"
have_numpy=1; python3 -c 'import numpy' 2>/dev/null || have_numpy=0
for run in $(seq "$runs"); do      # interleaved, so both see the same machine conditions
    "$nns" "$work/w1.nns" >"$work/nns.log" 2>&1 || { cat "$work/nns.log"; exit 1; }
    epoch_seconds "$work/nns.log" >>"$work/nns.txt"
    if [ $have_numpy = 1 ]; then
        python3 scripts/reference/network_numpy.py --data "$data" --epochs "$epochs" --no-eval --seed "$run" >"$work/np.log"
        epoch_seconds "$work/np.log" >>"$work/numpy.txt"
    fi
done
nns_median=$(median <"$work/nns.txt")
echo "  nns    median s/epoch: $nns_median   (all: $(tr '\n' ' ' <"$work/nns.txt"))"
if [ $have_numpy = 1 ]; then
    numpy_median=$(median <"$work/numpy.txt")
    echo "  numpy  median s/epoch: $numpy_median   (all: $(tr '\n' ' ' <"$work/numpy.txt"))"
    echo "  ratio numpy/nns: $(python3 -c "print(f'{$numpy_median/$nns_median:.2f}x')")"
else
    echo "  numpy reference skipped: numpy is not installed (pip install numpy)"
fi

if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' -o "$work/rss.txt" "$nns" "$work/rss.nns" >/dev/null 2>&1
    echo "  peak RSS training on 60,000 images (+ test eval): $(( $(cat "$work/rss.txt") / 1024 )) MB"
fi

echo "Language"
for i in $(seq 20); do
    python3 -c 'import subprocess,time,sys; t=time.perf_counter(); subprocess.run([sys.argv[1],"-c","quit"],check=True); print(time.perf_counter()-t)' "$nns"
done >"$work/startup.txt"
echo "  start-up (nns -c quit, median of 20): $(python3 -c "print(f'{float(\"$(median <"$work/startup.txt")\")*1000:.1f} ms')")"
python3 - "$work/cheap.nns" <<'PY'
import sys   # the same 10,000 lines as Tests/NNScriptTests/LongScriptTests.swift
def line(i):
    return [f"let x = {i}", f"seed {i}", "let y = [1, 2, $x]", f'echo "line {i}" $y', "# a comment",
            "info", "help sgd" if i % 800 == 6 else "vars", "for v in [a, b] { let z = $v }"][i % 8]
open(sys.argv[1], "w").write("\n".join(line(i) for i in range(10_000)) + "\n")
PY
python3 -c 'import subprocess,time,sys; t=time.perf_counter(); subprocess.run([sys.argv[1],sys.argv[2]],check=True,stdout=subprocess.DEVNULL); print(f"  10,000-line script of cheap commands: {(time.perf_counter()-t)*1000:.0f} ms (incl. start-up)")' "$nns" "$work/cheap.nns"

cat >"$work/views.nns" <<NNS
seed 1
load mnist from="$data" split=50000
net 784 100 10 cost=cross-entropy init=scaled
sgd epochs=1 eta=0.5 m=10
time confusion test
time errors test n=20
time weights layer=1 grid
NNS
"$nns" "$work/views.nns" >"$work/views.log" 2>&1 || { cat "$work/views.log"; exit 1; }
echo "Views of a [784,100,10] network on 10,000 test images (wall time)"
paste -d' ' <(printf '  %-24s\n' "confusion test" "errors test n=20" "weights layer=1 grid") \
             <(sed -n 's/^Wall time: //p' "$work/views.log")

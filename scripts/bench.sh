#!/usr/bin/env bash
# Benchmark (release build; never a test): nns against reference implementations of the same
# networks and algorithm, run interleaved in the same invocation, plus the language's speed.
#
# Training workloads (issues 2 and 7; scripts/reference/workloads.py defines them for the peers):
# seconds per epoch of plain mini-batch SGD over the book's 50,000 MNIST training images, float32,
# no evaluation inside the timing; median over all epochs of RUNS runs, for each thread count.
#   W1  [784,30,10] sigmoid, quadratic, N(0,1), η=3.0, m=10                     numpy, torch, jax
#   W2  [784,100,10] sigmoid, cross-entropy, N(0,1/n_in), η=0.5, λ=5, m=10      torch, jax
#   W3  [784,800,10] sigmoid + softmax/log-likelihood, N(0,1/n_in), η=0.1, m=100 torch, jax
#   W3b [784,1000,1000,10], otherwise as W3                                      torch, jax
#   W4  network3's ReLU conv net (conv 20 5×5, pool 2, conv 40 5×5, pool 2, FC 100, softmax),
#       log-likelihood, η=0.03, network3 λ=0.1 (nns/network2 λ=1.0), m=10       torch
# Each run is nns, then each peer; at 1 thread every process is pinned to CPU 0 (taskset), at N
# threads to CPUs 0..N-1, nns gets `--threads N` and the peers their libraries' thread settings.
# A workload this nns cannot run is reported "nns: not available" and the bench goes on.
# W1 adds the peak RSS of nns training on all 60,000 images.
# language: start-up (`nns -c quit`, median of 20), a 10,000-line script of cheap commands, and
#   `confusion test`, `errors test n=20`, `weights layer=1 grid` of a [784,100,10] network
#   (issue 4: ≤ 0.2 s).
# kernel: through jupyter_client (scripts/bench_kernel.py): start to kernel_info_reply, the round
#   trip of an `echo hi` cell, a `weights layer=1 grid` cell with its PNG (issue 8: ≤ 300 ms,
#   ≤ 5 ms, ≤ 100 ms). Needs the Jupyter clients (scripts/jupyter-venv.sh).
#
# The torch (CPU) and jax peers run only with --peers, which installs them on first use into the
# virtual environment ${NNS_BENCH_VENV:-$HOME/.cache/nns/bench-venv} (about 1.5 GB; torch is the
# CPU-only build when pip can find one, else PyPI's, which brings CUDA libraries; NNS_BENCH_TORCH
# overrides the requirement, e.g. NNS_BENCH_TORCH='torch==2.13.0+cpu').
#
# Usage: scripts/bench.sh --data MNIST_DIR [--runs 3] [--epochs N] [--threads 1,2]
#                         [--workloads W1,W2,W3,W3b,W4,language,kernel] [--peers] [--wait-idle]
#   --epochs N overrides each workload's default (W1, W2: 3; W3: 2; W3b, W4: 1).
#   --wait-idle waits before each workload × thread block until the rest of the machine is idle;
#   every block reports how many cores other processes kept busy while it ran.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
usage="usage: scripts/bench.sh --data MNIST_DIR [--runs N] [--epochs N] [--threads 1,2] [--workloads W1,W2,W3,W3b,W4,language,kernel] [--peers] [--wait-idle]"
data="" runs=3 epochs="" thread_counts="1,2" selected="W1,W2,W3,W3b,W4,language,kernel" peers=0 idle=0
while [ $# -gt 0 ]; do
    case "$1" in
        --data) data=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --epochs) epochs=$2; shift 2 ;;
        --threads) thread_counts=$2; shift 2 ;;
        --workloads) selected=$2; shift 2 ;;
        --peers) peers=1; shift ;;
        --wait-idle) idle=1; shift ;;
        -h|--help) echo "$usage"; exit 0 ;;
        *) echo "$usage" >&2; exit 2 ;;
    esac
done
[ -n "$data" ] || { echo "bench.sh: --data MNIST_DIR is required" >&2; exit 2; }
data=$(cd "$data" && pwd)
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "bench.sh: --runs takes a positive whole number, not '$runs'" >&2; exit 2; }
[[ -z $epochs || $epochs =~ ^[1-9][0-9]*$ ]] || { echo "bench.sh: --epochs takes a positive whole number, not '$epochs'" >&2; exit 2; }
IFS=, read -r -a workloads <<<"$selected"
for w in "${workloads[@]}"; do
    case "$w" in W1|W2|W3|W3b|W4|language|kernel) ;; *)
        echo "bench.sh: unknown workload '$w' (choose from W1, W2, W3, W3b, W4, language, kernel)" >&2; exit 2 ;;
    esac
done
cores=$(nproc)
IFS=, read -r -a threads <<<"$thread_counts"
for t in "${threads[@]}"; do
    [[ $t =~ ^[1-9][0-9]*$ ]] && [ "$t" -le "$cores" ] ||
        { echo "bench.sh: --threads takes counts from 1 to $cores (this machine's cores), not '$t'" >&2; exit 2; }
done

swift build -c release --product nns 2>&1 | tail -n 1
nns=.build/release/nns
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: >"$work/summary.tsv"

# Seconds of each "Epoch k … (S s)" line of a log, one per line.
epoch_seconds() { sed -nE 's/^Epoch [0-9]+.*\(([0-9.]+) s\)$/\1/p' "$1"; }
median() { python3 -c 'import statistics,sys; v=[float(x) for x in sys.stdin.read().split()]; print(f"{statistics.median(v):.4f}" if v else "nan")'; }
ratio() { python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f'{a / b:.2f}x')" "$1" "$2"; }
workload_field() {   # workload_field W FIELD: from scripts/reference/workloads.py, the peers' definitions
    python3 -c 'import sys; sys.path.insert(0, "scripts/reference"); import workloads
print(getattr(workloads.WORKLOADS[sys.argv[1]], sys.argv[2]))' "$1" "$2"
}

# Pinning: N threads run on CPUs 0..N-1, so that "1 thread" means one core for every process.
have_taskset=1; command -v taskset >/dev/null 2>&1 || have_taskset=0
have_time=1; [ -x /usr/bin/time ] || have_time=0
cpu_list() { if [ "$1" = 1 ]; then echo 0; else echo "0-$(($1 - 1))"; fi; }
pinned() {   # pinned N COMMAND…: COMMAND on CPUs 0..N-1, timed by /usr/bin/time into $work/time.txt
    local n=$1; shift
    local pin=() timer=()
    [ $have_taskset = 1 ] && pin=(taskset -c "$(cpu_list "$n")")
    [ $have_time = 1 ] && timer=(/usr/bin/time -o "$work/time.txt" -f '%e %U %S %M')
    : >"$work/time.txt"
    "${pin[@]}" "${timer[@]}" "$@"
}
# "CPU/wall 1.00, peak RSS 123 MB" of the last pinned run (whole process, loading included).
process_figures() {
    [ -s "$work/time.txt" ] || return 0
    tail -n 1 "$work/time.txt" | awk '$1 > 0 { printf "process CPU/wall %.2f, peak RSS %d MB", ($2 + $3) / $1, $4 / 1024 }'
}

# How busy the rest of the machine was: between two snapshots of /proc/stat, the CPU seconds all
# processes used minus those the timed runs used (summed from /usr/bin/time), per second of wall.
busy_snapshot() { awk -v hz="$(getconf CLK_TCK)" '/^cpu / { print ($2 + $3 + $4 + $7 + $8 + $9) / hz; exit }' /proc/stat; }
block_start() { block_busy=$(busy_snapshot); block_wall=$(date +%s.%N); : >"$work/ours.txt"; }
others_busy() {   # "others 0.03 cores" since block_start
    [ $have_time = 1 ] || { echo "load average $(cut -d' ' -f1 /proc/loadavg)"; return; }
    awk -v b0="$block_busy" -v b1="$(busy_snapshot)" -v w0="$block_wall" -v w1="$(date +%s.%N)" \
        '{ ours += $1 } END { printf "other processes busy %.2f cores", (b1 - b0 - ours) / (w1 - w0) }' "$work/ours.txt"
}

# With --wait-idle, each block waits (up to 10 minutes) for 5 s in which the rest of the machine
# uses under 0.1 cores: colleagues' compiles share the 2 cores, and a peer whose OpenMP threads
# meet a busy core slows down many times over.
wait_idle() {
    [ $idle = 1 ] || return 0
    local deadline=$((SECONDS + 600)) b0 b1
    while [ $SECONDS -lt $deadline ]; do
        b0=$(busy_snapshot); sleep 5; b1=$(busy_snapshot)
        awk -v a="$b0" -v b="$b1" 'BEGIN { exit !((b - a) / 5 < 0.1) }' && return 0
    done
    echo "  (the machine stayed busy for 10 minutes; measuring anyway)"
}

# nns takes --threads N once the build has it; an older nns runs with its own default.
nns_threads=1
"$nns" --threads 1 -c quit >/dev/null 2>&1 || nns_threads=0

# The peers: numpy with the system python3 (W1); torch and jax from the bench venv (--peers).
have_numpy=1; python3 -c 'import numpy' 2>/dev/null || have_numpy=0
venv=${NNS_BENCH_VENV:-$HOME/.cache/nns/bench-venv}
peer_python=""
install_peers() {
    [ -x "$venv/bin/python" ] || python3 -m venv "$venv" || return 1
    "$venv/bin/python" -c 'import torch, jax, numpy' 2>/dev/null && return 0
    local torch=${NNS_BENCH_TORCH:-} cpu start=$SECONDS
    if [ -z "$torch" ]; then
        cpu=$("$venv/bin/pip" index versions torch 2>/dev/null | sed -n 's/^Available versions: //p' |
              tr ',' '\n' | tr -d ' ' | grep -m1 '+cpu$' || true)
        if [ -n "$cpu" ]; then torch="torch==$cpu"; else
            torch=torch
            echo "peers: no CPU-only torch build is offered here; installing PyPI's torch, which brings CUDA libraries (several GB)"
        fi
    fi
    echo "peers: installing $torch, jax and numpy into $venv"
    "$venv/bin/pip" install --quiet "$torch" jax numpy || return 1
    echo "peers: installed in $((SECONDS - start)) s, $(du -sh "$venv" | cut -f1)"
}
if [ $peers = 1 ]; then
    if install_peers; then
        peer_python="$venv/bin/python"
        echo "peers: $("$peer_python" -c 'import torch, jax, numpy; print(f"torch {torch.__version__}, jax {jax.__version__}, numpy {numpy.__version__}")') in $venv"
    else
        echo "peers: could not install torch and jax into $venv; their rows are skipped"
    fi
else
    echo "peers: torch and jax rows skipped (--peers installs them into $venv and runs them)"
fi
[ $have_taskset = 1 ] || echo "note: taskset is missing (util-linux): processes are not pinned, thread counts rest on library settings"
[ $nns_threads = 1 ] || echo "note: this nns has no --threads option: its figures are its default thread count, pinned as stated"
echo "machine: $cores cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# The nns script of a workload, run number `seed` (the same settings as workloads.py).
nns_script() {
    local workload=$1 epochs=$2 seed=$3
    echo "seed $seed"
    echo "load mnist from=\"$data\" split=50000"
    case "$workload" in
        W1) echo "net 784 30 10 act=sigmoid cost=quadratic init=gaussian"
            echo "sgd epochs=$epochs eta=3.0 m=10 monitor=none" ;;
        W2) echo "net 784 100 10 cost=cross-entropy init=scaled"
            echo "sgd epochs=$epochs eta=0.5 lambda=5 m=10 monitor=none" ;;
        W3) echo "net 784 800 10 out=softmax cost=log-likelihood init=scaled"
            echo "sgd epochs=$epochs eta=0.1 m=100 monitor=none" ;;
        W3b) echo "net 784 1000 1000 10 out=softmax cost=log-likelihood init=scaled"
            echo "sgd epochs=$epochs eta=0.1 m=100 monitor=none" ;;
        W4) echo "net input=28x28 cost=log-likelihood init=network3"
            echo "conv 20 kernel=5 act=relu"
            echo "pool 2"
            echo "conv 40 kernel=5 act=relu"
            echo "pool 2"
            echo "layer 100 act=relu"
            echo "layer 10 act=softmax"
            # network3's λ = 0.1 in nns's (network2's) convention: λ·m = 1.0
            echo "sgd epochs=$epochs eta=0.03 m=10 lambda=1.0 monitor=none" ;;
    esac
}

peers_of() {   # the peers that implement a workload, in the order they run
    case "$1" in
        W1) echo numpy torch jax ;;
        W2|W3|W3b) echo torch jax ;;
        W4) echo torch ;;
    esac
}

# measure NAME N COMMAND…: one run; appends its epoch seconds to $work/NAME.txt, or on failure
# writes the reason to $work/NAME.err (later runs of NAME are then skipped).
measure() {
    local name=$1 n=$2; shift 2
    [ -s "$work/$name.err" ] && return 0
    if ! pinned "$n" "$@" >"$work/$name.log" 2>&1; then
        local reason
        reason=$(grep -v '^Command exited with non-zero status' "$work/$name.log" | grep -m1 -iE 'error|fail|unknown|not ' || true)
        [ -n "$reason" ] || reason=$(grep -v '^Command exited' "$work/$name.log" | tail -n 1)
        echo "${reason:-exited non-zero with no output}" >"$work/$name.err"
        return 0
    fi
    if [ -z "$(epoch_seconds "$work/$name.log")" ]; then
        echo "printed no 'Epoch k … (S s)' line" >"$work/$name.err"; return 0
    fi
    epoch_seconds "$work/$name.log" >>"$work/$name.txt"
    local library process
    library=$(sed -n 's/^Threads: requested [0-9]*; //; s/CPU\/wall over the timed epochs/epochs CPU\/wall/p' "$work/$name.log")
    process=$(process_figures)
    [ -s "$work/time.txt" ] && tail -n 1 "$work/time.txt" | awk '{ print $2 + $3 }' >>"$work/ours.txt"
    echo "${library}${library:+${process:+; }}${process}" >"$work/$name.info"
}

# One figure row: name, median, ratio to nns, what ran it, every epoch's seconds.
row() {
    local name=$1 nns_median=$2
    if [ -s "$work/$name.err" ]; then
        printf '    %-6s not available: %s\n' "$name" "$(cat "$work/$name.err")"; return
    fi
    local m all vs=""
    m=$(median <"$work/$name.txt"); all=$(paste -sd' ' "$work/$name.txt")
    [ "$name" != nns ] && [ "$nns_median" != nan ] && vs="$name/nns $(ratio "$m" "$nns_median")"
    printf '    %-6s median %8.4f s/epoch  %-16s [%s]  all: %s\n' "$name" "$m" "$vs" "$(cat "$work/$name.info")" "$all"
    printf '%s\t%s\t%s\t%s\n' "$workload" "$t" "$name" "$m" >>"$work/summary.tsv"
}

run_training() {
    workload=$1
    local e=${epochs:-$(workload_field "$workload" epochs)} peer_list
    peer_list=$(peers_of "$workload")
    echo "$workload: $(workload_field "$workload" summary); 50,000 images; $runs runs × $e epochs"
    for t in "${threads[@]}"; do
        rm -f "$work"/{nns,numpy,torch,jax}.{txt,err,info,log}
        local nns_args=() env_threads=(env "OMP_NUM_THREADS=$t" "OPENBLAS_NUM_THREADS=$t" "MKL_NUM_THREADS=$t")
        [ $nns_threads = 1 ] && nns_args=(--threads "$t")
        wait_idle
        block_start
        for run in $(seq "$runs"); do      # interleaved, so all see the same machine conditions
            nns_script "$workload" "$e" "$run" >"$work/$workload.nns"
            measure nns "$t" "$nns" "${nns_args[@]}" "$work/$workload.nns"
            for peer in $peer_list; do
                case $peer in
                    numpy) [ $have_numpy = 1 ] || continue
                           measure numpy "$t" "${env_threads[@]}" python3 scripts/reference/network_numpy.py \
                               --data "$data" --epochs "$e" --no-eval --seed "$run" ;;
                    *) [ -n "$peer_python" ] || continue
                       measure "$peer" "$t" "$peer_python" "scripts/reference/network_$peer.py" --workload "$workload" \
                           --data "$data" --epochs "$e" --threads "$t" --seed "$run" ;;
                esac
            done
        done
        local pin="not pinned"
        [ $have_taskset = 1 ] && pin="taskset -c $(cpu_list "$t")"
        echo "  $t thread$([ "$t" = 1 ] || echo s) ($pin; nns ${nns_args[*]:-default threads}; peers --threads $t, OMP/MKL/OPENBLAS_NUM_THREADS=$t; $(others_busy))"
        local nns_median=nan
        [ -s "$work/nns.err" ] || nns_median=$(median <"$work/nns.txt")
        row nns "$nns_median"
        for peer in $peer_list; do
            if [ -e "$work/$peer.txt" ] || [ -s "$work/$peer.err" ]; then row "$peer" "$nns_median"; fi
        done
    done
    [ "$workload" != W1 ] || [ $have_numpy = 1 ] || echo "  numpy reference skipped: numpy is not installed (pip install numpy)"
}
w1_peak_rss() {
    [ $have_time = 1 ] || return 0
    cat >"$work/rss.nns" <<NNS
seed 1
load mnist from="$data"
net 784 30 10
sgd epochs=1 eta=3.0 m=10 monitor=test
NNS
    if /usr/bin/time -f '%M' -o "$work/rss.txt" "$nns" "$work/rss.nns" >/dev/null 2>&1; then
        echo "  peak RSS of nns training W1 on all 60,000 images (+ test eval): $(( $(tail -n 1 "$work/rss.txt") / 1024 )) MB"
    else
        echo "  peak RSS of nns training W1 on all 60,000 images: not available (nns failed)"
    fi
}

run_language() {
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
    # Binding is linear in the number of values (issue 9: 100,000 values once took over 100 s).
    python3 -c 'import sys; open(sys.argv[1],"w").write("echo " + " ".join(["1"]*100000) + "\nnet " + " ".join(["1"]*100000) + "\n")' "$work/values.nns"
    python3 -c 'import subprocess,time,sys; t=time.perf_counter(); subprocess.run([sys.argv[1],sys.argv[2]],check=True,stdout=subprocess.DEVNULL); print(f"  echo and net with 100,000 values each: {(time.perf_counter()-t)*1000:.0f} ms (incl. start-up)")' "$nns" "$work/values.nns"

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
}

# The Jupyter kernel's latencies, measured by a real client.
run_kernel() {
    echo "Jupyter kernel (through jupyter_client; load average $(cut -d' ' -f1-3 /proc/loadavg))"
    if venv=$(bash scripts/jupyter-venv.sh 2>/dev/null); then
        "$venv/bin/python" scripts/bench_kernel.py "$nns" "$data" "$runs" || echo "  kernel benchmark failed"
    else
        echo "  skipped: the Jupyter clients could not be installed (scripts/jupyter-venv.sh)"
    fi
}

# The medians side by side, one row per workload and thread count.
summary() {
    [ -s "$work/summary.tsv" ] || return 0
    echo "Summary: median s/epoch (ratio = peer/nns; > 1 means nns is faster)"
    python3 - "$work/summary.tsv" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    workload, threads, name, median = line.split("\t")
    rows.setdefault((workload, threads), {})[name] = float(median)
peers = [p for p in ("numpy", "torch", "jax") if any(p in r for r in rows.values())]
print("| workload | threads | nns | " + " | ".join(peers) + " |")
print("|---|---|---|" + "---|" * len(peers))
for (workload, threads), figures in rows.items():
    nns = figures.get("nns")
    cells = []
    for p in peers:
        if p not in figures:
            cells.append("–")
        else:
            cells.append(f"{figures[p]:.3f}" + (f" ({figures[p] / nns:.2f}x)" if nns else ""))
    print(f"| {workload} | {threads} | {f'{nns:.3f}' if nns else 'n/a'} | " + " | ".join(cells) + " |")
PY
}

for workload in "${workloads[@]}"; do
    case "$workload" in
        language) run_language ;;
        kernel) run_kernel ;;
        *) run_training "$workload"
           [ "$workload" != W1 ] || w1_peak_rss ;;
    esac
done
summary
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

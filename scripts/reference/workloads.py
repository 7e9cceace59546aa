"""The benchmark's workloads (issue 7) and what every peer reference shares: its command line, its
thread limit, and its per-epoch lines in nns's format.

A workload is the book's network and plain mini-batch SGD, exactly: shuffle the n training images
every epoch, take mini-batches of m, and per mini-batch

    w <- (1 - eta*lmbda/n) w - (eta/m) sum_x dC_x/dw,     b <- b - (eta/m) sum_x dC_x/db

(network2.py's L2 convention; lmbda = 0 is network.py). No momentum, no evaluation inside the
timing. network3.py writes its L2 term as 0.5*lmbda3*sum(w^2)/num_training_batches added to the
mean cost, which is the same step with lmbda = lmbda3*m; W4 is given here in network2's
convention (lmbda = 0.1 * 10 = 1.0), as nns takes it.

Import this module, call parse_args() and limit_threads() BEFORE importing torch or jax: the
OpenMP, MKL, OpenBLAS and XLA thread settings are read from the environment when those load.
"""
import argparse
import os
import sys
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Workload:
    """One benchmark network and its SGD settings.

    sizes: neurons per layer of a fully connected net, input first; None for the conv net (W4).
    output: "sigmoid" or "softmax" neurons in the last layer; hidden layers are `hidden`.
    cost: "quadratic" (1/2 ||a - y||^2), "cross-entropy" (sigmoid output), "log-likelihood"
          (-ln a_y of a softmax output).
    init: "gaussian" (w, b ~ N(0, 1), network.py), "scaled" (w ~ N(0, 1/n_in), b ~ N(0, 1),
          network2.py), "network3" (network3.py's conv/FC w ~ N(0, 1/n_out), b ~ N(0, 1),
          softmax w = b = 0).
    eta: learning rate. lmbda: L2 strength in network2's convention (decay 1 - eta*lmbda/n a step).
    m: mini-batch size. epochs: bench.sh's default epochs a run.
    """
    name: str
    summary: str
    sizes: tuple
    hidden: str
    output: str
    cost: str
    init: str
    eta: float
    lmbda: float
    m: int
    epochs: int


WORKLOADS = {w.name: w for w in [
    Workload("W1", "[784,30,10] sigmoid, quadratic, N(0,1), eta=3.0, m=10",
             (784, 30, 10), "sigmoid", "sigmoid", "quadratic", "gaussian", 3.0, 0.0, 10, 3),
    Workload("W2", "[784,100,10] sigmoid, cross-entropy, N(0,1/n_in), eta=0.5, lambda=5, m=10",
             (784, 100, 10), "sigmoid", "sigmoid", "cross-entropy", "scaled", 0.5, 5.0, 10, 3),
    Workload("W3", "[784,800,10] sigmoid, softmax/log-likelihood, N(0,1/n_in), eta=0.1, m=100",
             (784, 800, 10), "sigmoid", "softmax", "log-likelihood", "scaled", 0.1, 0.0, 100, 2),
    Workload("W3b", "[784,1000,1000,10] sigmoid, softmax/log-likelihood, N(0,1/n_in), eta=0.1, m=100",
             (784, 1000, 1000, 10), "sigmoid", "softmax", "log-likelihood", "scaled", 0.1, 0.0, 100, 1),
    Workload("W4", "network3 conv net: 28x28 -> conv 20 5x5 ReLU -> pool 2 -> conv 40 5x5 ReLU -> "
             "pool 2 -> FC 100 ReLU -> softmax 10, log-likelihood, eta=0.03, lambda3=0.1, m=10",
             None, "relu", "softmax", "log-likelihood", "network3", 0.03, 1.0, 10, 1),
]}


def parse_args(description, workloads):
    """The command line every peer reference takes; `workloads` are the names it implements."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--workload", required=True, choices=workloads,
                        help="which network and SGD settings (see scripts/reference/workloads.py)")
    parser.add_argument("--data", required=True, help="directory with the four MNIST .gz files")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--threads", type=int, default=1,
                        help="threads the library may use (pin the process too: taskset -c 0)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--train-count", type=int, default=50_000,
                        help="the first N training images train (the book's 50,000)")
    parser.add_argument("--eval", action="store_true",
                        help="score the 10,000 test images after every epoch (outside the timing)")
    args = parser.parse_args()
    if args.threads < 1:
        parser.error("--threads must be at least 1")
    return args, WORKLOADS[args.workload]


def limit_threads(threads):
    """Sets the thread counts of OpenMP, MKL, OpenBLAS and XLA's CPU backend, before they load.

    XLA has no "N threads" setting: with one thread its Eigen pool is turned off; with more it
    sizes the pool by the CPUs the process may run on, so pin it (taskset) to choose N.
    """
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[name] = str(threads)
    os.environ.setdefault("JAX_PLATFORMS", "cpu")
    if threads == 1:
        flags = os.environ.get("XLA_FLAGS", "")
        os.environ["XLA_FLAGS"] = (flags + " --xla_cpu_multi_thread_eigen=false"
                                   " intra_op_parallelism_threads=1").strip()


class EpochClock:
    """Times training epochs (wall and process CPU time) and prints nns's per-epoch lines:

    "Epoch 0 complete (2.413 s)", or with a test score "Epoch 0: 9712 / 10000 (2.413 s)"; the
    seconds are the epoch's training only. scripts/bench.sh reads the number in the parentheses.
    """

    def __init__(self):
        self.wall = []
        self.cpu = []

    def start(self):
        self._wall0 = time.perf_counter()
        self._cpu0 = time.process_time()

    def stop(self):
        self.wall.append(time.perf_counter() - self._wall0)
        self.cpu.append(time.process_time() - self._cpu0)
        return self.wall[-1]

    def report(self, epoch, score=None):
        body = f"Epoch {epoch} complete" if score is None else f"Epoch {epoch}: {score[0]} / {score[1]}"
        print(f"{body} ({self.wall[-1]:.3f} s)", flush=True)

    def cpu_per_wall(self):
        """Cores busy on average over the timed epochs: ~1.0 means one thread really ran."""
        return sum(self.cpu) / sum(self.wall) if self.wall else float("nan")


def affinity():
    """The CPUs this process may run on, as "0" or "0,1"."""
    try:
        return ",".join(str(c) for c in sorted(os.sched_getaffinity(0)))
    except AttributeError:
        return "?"


def report_threads(requested, library_line, clock):
    """The line that says which thread settings took effect, after the epoch lines."""
    print(f"Threads: requested {requested}; {library_line}; CPUs {affinity()}; "
          f"CPU/wall over the timed epochs {clock.cpu_per_wall():.2f}", flush=True)


def fail(message):
    print(f"error: {message}", file=sys.stderr)
    sys.exit(1)

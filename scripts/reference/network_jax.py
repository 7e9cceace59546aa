#!/usr/bin/env python3
"""The benchmark's fully connected networks in JAX, with the whole epoch compiled by XLA.

W1-W3b (see workloads.py): the book's networks, trained by plain mini-batch SGD exactly as the
book does it. One jitted function runs an epoch: it shuffles the training set with its own key,
then `lax.scan`s one SGD step over each mini-batch of m,

    w <- (1 - eta*lmbda/n) w - eta * grad_w,   b <- b - eta * grad_b,

where grad is jax.grad of the cost averaged over the mini-batch (the book's (eta/m) sum). The
parameters are donated, so XLA updates them in place. Float32; samples are rows; w is
(n_out, n_in) as in the book. Compilation happens before the first timed epoch.

Usage: network_jax.py --workload W1|W2|W3|W3b --data DIR [--epochs N] [--threads N]
                      [--seed S] [--eval]
Prints "Epoch k complete (S s)" per epoch (with --eval "Epoch k: correct / 10000 (S s)", the test
scored outside the timing), then a "Threads:" line saying which thread settings took effect.
"""
import os
import sys
import time

import workloads

ARGS, WORKLOAD = workloads.parse_args(__doc__.splitlines()[1], ["W1", "W2", "W3", "W3b"])
workloads.limit_threads(ARGS.threads)

import jax                       # noqa: E402  (after the thread limits are in the environment)
import jax.numpy as jnp          # noqa: E402
from jax import lax              # noqa: E402

from mnist_idx import load_book_split  # noqa: E402


def initialise(key, sizes, init):
    """[(w, b)] per layer: network.py's N(0, 1) or network2.py's w ~ N(0, 1/n_in), b ~ N(0, 1)."""
    params = []
    for n_in, n_out in zip(sizes[:-1], sizes[1:]):
        key, key_w, key_b = jax.random.split(key, 3)
        std = 1.0 if init == "gaussian" else n_in ** -0.5
        params.append((std * jax.random.normal(key_w, (n_out, n_in), jnp.float32),
                       jax.random.normal(key_b, (n_out,), jnp.float32)))
    return params


def output_z(params, x):
    """The weighted input z^L (batch, 10) of the last layer; hidden layers are sigmoid."""
    for w, b in params[:-1]:
        x = jax.nn.sigmoid(x @ w.T + b)
    w, b = params[-1]
    return x @ w.T + b


def mean_cost(params, x, labels, cost):
    """The cost averaged over the mini-batch x (m, 784) with integer labels (m,)."""
    z = output_z(params, x)
    if cost == "log-likelihood":     # -ln a_y, a = softmax(z)
        return -jnp.mean(jnp.take_along_axis(jax.nn.log_softmax(z), labels[:, None], axis=1))
    y = jax.nn.one_hot(labels, z.shape[1], dtype=z.dtype)
    if cost == "quadratic":          # 1/2 ||a - y||^2, a = sigmoid(z)
        return 0.5 * jnp.sum((jax.nn.sigmoid(z) - y) ** 2) / len(x)
    # cross-entropy -[y ln a + (1-y) ln(1-a)] with a = sigmoid(z), written stably in z
    return jnp.sum(jax.nn.softplus(z) - y * z) / len(x)


def make_epoch(workload, n):
    """epoch(params, key, x, labels) -> (params, key): one shuffled epoch of SGD steps."""
    eta, decay, m = workload.eta, 1.0 - workload.eta * workload.lmbda / n, workload.m
    gradient = jax.grad(mean_cost)

    def epoch(params, key, x, labels):
        key, shuffle_key = jax.random.split(key)
        batches = jax.random.permutation(shuffle_key, n).reshape(n // m, m)

        def step(params, batch):
            grads = gradient(params, x[batch], labels[batch], workload.cost)
            return [(decay * w - eta * gw, b - eta * gb)
                    for (w, b), (gw, gb) in zip(params, grads)], None

        params, _ = lax.scan(step, params, batches)
        return params, key

    return jax.jit(epoch, donate_argnums=0)


def main():
    train_x, train_y, test_x, test_y = (jnp.asarray(a) for a in
                                        load_book_split(ARGS.data, ARGS.train_count))
    n = len(train_x)
    if n % WORKLOAD.m:
        workloads.fail(f"--train-count {n} is not a multiple of m = {WORKLOAD.m}")
    key, init_key = jax.random.split(jax.random.key(ARGS.seed))
    params = initialise(init_key, WORKLOAD.sizes, WORKLOAD.init)
    compile_start = time.perf_counter()
    epoch = make_epoch(WORKLOAD, n).lower(params, key, train_x, train_y).compile()
    compile_seconds = time.perf_counter() - compile_start
    score = jax.jit(lambda p, x, y: jnp.sum(jnp.argmax(output_z(p, x), axis=1) == y))

    clock = workloads.EpochClock()
    for index in range(ARGS.epochs):
        clock.start()
        params, key = epoch(params, key, train_x, train_y)
        jax.block_until_ready(params)
        clock.stop()
        clock.report(index, (int(score(params, test_x, test_y)), len(test_x)) if ARGS.eval else None)
    eigen = "off" if "--xla_cpu_multi_thread_eigen=false" in os.environ.get("XLA_FLAGS", "") else "on"
    workloads.report_threads(
        ARGS.threads, f"jax {jax.__version__}, XLA multi-thread Eigen {eigen}, "
        f"compiled in {compile_seconds:.1f} s untimed", clock)


if __name__ == "__main__":
    sys.exit(main())

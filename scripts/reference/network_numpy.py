#!/usr/bin/env python3
"""The book's network in numpy: the reference nns is measured against.

Michael Nielsen's network.py (chapter 1) with the mini-batch written as one matrix, as
scripts/bench.sh needs it: sigmoid neurons, quadratic cost C = 1/2n sum ||y(x) - a||^2,
N(0,1) initialisation, mini-batch SGD with w -> w - (eta/m) sum dC_x/dw. Float32 throughout,
one matrix product per layer per mini-batch in each direction. Samples are ROWS
(X is m x 784), so a layer computes Z = X W^T + b with W of shape (n_out, n_in), as in the book.

Usage: network_numpy.py --data DIR [--epochs N] [--sizes 784 30 10] [--eta 3.0] [--m 10]
                        [--train-count 50000] [--seed 0] [--no-eval] [--json]
Prints one line per epoch: "Epoch k: correct / total  (seconds s)" and, with --json, a final JSON
line {"seconds_per_epoch": [...], "accuracy": [...]} for the benchmark script.
"""
import argparse
import json
import sys
import time

import numpy as np

from mnist_idx import load_book_split


def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


class Network:
    def __init__(self, sizes, rng):
        self.sizes = sizes
        self.biases = [rng.standard_normal(n).astype(np.float32) for n in sizes[1:]]
        self.weights = [rng.standard_normal((n_out, n_in)).astype(np.float32)
                        for n_in, n_out in zip(sizes[:-1], sizes[1:])]

    def feedforward(self, a):
        """a: (batch, n_in) float32 -> (batch, n_out) output activations."""
        for w, b in zip(self.weights, self.biases):
            a = sigmoid(a @ w.T + b)
        return a

    def update_mini_batch(self, x, y, eta):
        """One gradient step on the mini-batch x (m, 784), one-hot y (m, 10)."""
        activations = [x]
        zs = []
        a = x
        for w, b in zip(self.weights, self.biases):
            z = a @ w.T + b
            zs.append(z)
            a = sigmoid(z)
            activations.append(a)
        # BP1: delta^L = (a^L - y) * sigma'(z^L), one row per sample.
        delta = (a - y) * a * (1.0 - a)
        scale = np.float32(eta / len(x))
        for layer in range(len(self.weights) - 1, -1, -1):
            grad_w = delta.T @ activations[layer]          # BP4, summed over the batch
            grad_b = delta.sum(axis=0)                     # BP3
            if layer > 0:                                  # BP2 before W changes
                s = activations[layer]
                delta = (delta @ self.weights[layer]) * s * (1.0 - s)
            self.weights[layer] -= scale * grad_w
            self.biases[layer] -= scale * grad_b

    def evaluate(self, x, labels):
        return int((self.feedforward(x).argmax(axis=1) == labels).sum())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="directory with the four MNIST .gz files")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--sizes", type=int, nargs="+", default=[784, 30, 10])
    parser.add_argument("--eta", type=float, default=3.0)
    parser.add_argument("--m", type=int, default=10)
    parser.add_argument("--train-count", type=int, default=50_000)
    parser.add_argument("--train-dir", help="directory of the training files, if not --data")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-eval", action="store_true", help="skip the per-epoch test evaluation")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    # The book's split: the first `train_count` training images; the 10,000 test images.
    train_x, train_y, test_x, test_y = load_book_split(args.data, args.train_count, args.train_dir)
    train_onehot = np.eye(args.sizes[-1], dtype=np.float32)[train_y]

    rng = np.random.default_rng(args.seed)
    net = Network(args.sizes, rng)
    n = len(train_x)
    seconds, accuracy = [], []
    for epoch in range(args.epochs):
        start = time.perf_counter()
        order = rng.permutation(n)
        for k in range(0, n, args.m):
            batch = order[k:k + args.m]
            net.update_mini_batch(train_x[batch], train_onehot[batch], args.eta)
        elapsed = time.perf_counter() - start
        seconds.append(elapsed)
        if args.no_eval:
            print(f"Epoch {epoch} complete ({elapsed:.3f} s)", flush=True)
        else:
            correct = net.evaluate(test_x, test_y)
            accuracy.append(correct / len(test_x))
            print(f"Epoch {epoch}: {correct} / {len(test_x)}  ({elapsed:.3f} s)", flush=True)
    if args.json:
        print(json.dumps({"seconds_per_epoch": seconds, "accuracy": accuracy}))


if __name__ == "__main__":
    sys.exit(main())

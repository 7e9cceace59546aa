#!/usr/bin/env python3
"""Writes a balanced subset of the MNIST training set: PER_CLASS images of each digit, classes
interleaved 0,1,...,9,0,1,... (so any prefix is balanced), as gzip IDX files in OUT_DIR.
This is how the tests' mnist-train-5k/ is made when it is not supplied.

Usage: make_subset.py MNIST_DIR OUT_DIR PER_CLASS
"""
import gzip
import os
import struct
import sys


def read(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    ndim = data[3]
    dims = struct.unpack(">" + "I" * ndim, data[4:4 + 4 * ndim])
    return dims, data[4 + 4 * ndim:]


def write(path, magic_type, dims, payload):
    header = struct.pack(">HBB", 0, magic_type, len(dims)) + struct.pack(">" + "I" * len(dims), *dims)
    with gzip.open(path, "wb") as f:
        f.write(header + payload)


def main(source, out, per_class):
    (count, rows, cols), pixels = read(os.path.join(source, "train-images-idx3-ubyte.gz"))
    _, labels = read(os.path.join(source, "train-labels-idx1-ubyte.gz"))
    by_class = [[i for i in range(count) if labels[i] == c][:per_class] for c in range(10)]
    order = [by_class[c][k] for k in range(per_class) for c in range(10)]
    size = rows * cols
    os.makedirs(out, exist_ok=True)
    write(os.path.join(out, "train-images-idx3-ubyte.gz"), 0x08, (len(order), rows, cols),
          b"".join(pixels[i * size:(i + 1) * size] for i in order))
    write(os.path.join(out, "train-labels-idx1-ubyte.gz"), 0x08, (len(order),), bytes(labels[i] for i in order))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))

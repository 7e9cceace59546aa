"""MNIST from its four gzipped IDX files, split as the book splits it, for the reference networks.

Shared by network_numpy.py, network_torch.py and network_jax.py so that every reference reads the
same bytes the same way nns does: the first `train_count` of the 60,000 training images train (the
book's 50,000), the 10,000 t10k images test; pixels are scaled once to float32 in [0, 1] and kept
as rows of 784 values (samples as rows, as nns holds them).
"""
import gzip
import os
import struct

import numpy as np


def read_idx(path):
    """Reads an IDX file (gzip or raw) of unsigned bytes; returns a uint8 array of its shape."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    zero, dtype, ndim = struct.unpack(">HBB", data[:4])
    if zero != 0 or dtype != 0x08:
        raise ValueError(f"{path}: not an unsigned-byte IDX file")
    dims = struct.unpack(">" + "I" * ndim, data[4:4 + 4 * ndim])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def read_pair(directory, prefix, count=None):
    """Images (count, 784) uint8 and labels (count,) of `prefix` ("train" or "t10k") in directory."""
    images = read_idx(os.path.join(directory, f"{prefix}-images-idx3-ubyte.gz"))
    labels = read_idx(os.path.join(directory, f"{prefix}-labels-idx1-ubyte.gz"))
    return images.reshape(len(images), -1)[:count], labels[:count]


def load_book_split(directory, train_count=50_000, train_directory=None):
    """(train_x, train_y, test_x, test_y): images as float32 rows in [0, 1], labels as int64.

    Scaled once up front, as the book does, so a reference pays no per-batch conversion.
    """
    train_x8, train_y = read_pair(train_directory or directory, "train", train_count)
    test_x8, test_y = read_pair(directory, "t10k")
    scale = np.float32(255)
    return (train_x8.astype(np.float32) / scale, train_y.astype(np.int64),
            test_x8.astype(np.float32) / scale, test_y.astype(np.int64))

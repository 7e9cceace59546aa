#!/usr/bin/env python3
"""Checks nns's weight exports against nns's own predictions, with numpy only.

Loads each EXPORT (.safetensors parsed by hand with json + numpy, .npz with numpy.load), checks
its structure (dtypes, shapes against the layer sizes, contiguous safetensors offsets), runs the
forward pass a = act(x @ W.T + b) layer by layer (sigmoid / tanh / relu / softmax as recorded in
the file) on the first COUNT MNIST t10k images scaled to [0, 1] (byte / 255, Float32), and
compares the argmax of each output row with the predictions nns wrote (one class index per
line, or separated by any whitespace). With --model, also loads nns's JSON model file with the
`json` module and checks that numpy.float32 of every weight and bias has the same bits as in
each export (the JSON text round-trips Float32 exactly).

Usage: check_export.py --data DIR --predictions FILE [--count 100] [--model FILE.json]
                       EXPORT [EXPORT ...]
  DIR holds t10k-images-idx3-ubyte.gz (as the official MNIST files).
Exit status: 0 when every export reproduces every prediction (and matches the model file),
1 when some prediction or parameter differs, 2 when a file is missing or malformed.
"""
import argparse
import gzip
import json
import os
import struct
import sys
import zipfile

import numpy as np


class CheckError(Exception):
    """A missing or malformed input file (exit status 2)."""


def read_images(directory, count):
    """The first `count` t10k images as a (count, rows*cols) float32 array in [0, 1]."""
    path = os.path.join(directory, "t10k-images-idx3-ubyte.gz")
    if not os.path.exists(path):
        raise CheckError(f"{path}: no such file (give --data the MNIST directory)")
    with gzip.open(path, "rb") as f:
        header = f.read(16)
        magic, n, rows, cols = struct.unpack(">IIII", header)
        if magic != 0x803:
            raise CheckError(f"{path}: not an IDX image file (magic {magic:#x})")
        count = min(count, n)
        pixels = np.frombuffer(f.read(count * rows * cols), dtype=np.uint8)
    if pixels.size != count * rows * cols:
        raise CheckError(f"{path}: truncated")
    return (pixels.reshape(count, rows * cols).astype(np.float64) / 255.0).astype(np.float32)


def load_safetensors(path):
    """(sizes, activations, cost, [(W, b), ...]) from a safetensors file, parsed by hand."""
    with open(path, "rb") as f:
        data = f.read()
    if len(data) < 8:
        raise CheckError(f"{path}: shorter than the 8-byte header length")
    header_length = int.from_bytes(data[:8], "little")
    if 8 + header_length > len(data):
        raise CheckError(f"{path}: header length {header_length} runs past the end of the file")
    if (8 + header_length) % 8 != 0:
        raise CheckError(f"{path}: tensor data does not start on an 8-byte boundary")
    header = json.loads(data[8:8 + header_length].decode("utf-8"))
    buffer = data[8 + header_length:]
    metadata = header.pop("__metadata__", None)
    if not isinstance(metadata, dict) or not all(isinstance(v, str) for v in metadata.values()):
        raise CheckError(f"{path}: __metadata__ must be an object of strings")
    sizes = json.loads(metadata["sizes"])
    activations = json.loads(metadata["activations"])
    cost = metadata["cost"]

    spans = sorted((info["data_offsets"][0], info["data_offsets"][1], name) for name, info in header.items())
    position = 0
    for start, end, name in spans:
        if start != position:
            raise CheckError(f"{path}: {name} starts at {start}, expected {position} (gap or overlap)")
        position = end
    if position != len(buffer):
        raise CheckError(f"{path}: tensors end at byte {position} of a {len(buffer)}-byte buffer")

    def tensor(name, shape):
        info = header.get(name)
        if info is None:
            raise CheckError(f"{path}: no tensor {name}")
        if info["dtype"] != "F32" or list(info["shape"]) != list(shape):
            raise CheckError(f"{path}: {name} is {info['dtype']} {info['shape']}, expected F32 {list(shape)}")
        start, end = info["data_offsets"]
        if end - start != 4 * int(np.prod(shape)):
            raise CheckError(f"{path}: {name} spans {end - start} bytes for shape {shape}")
        return np.frombuffer(buffer, dtype="<f4", count=int(np.prod(shape)), offset=start).reshape(shape)

    layers = [(tensor(f"layers.{l}.weight", (sizes[l + 1], sizes[l])), tensor(f"layers.{l}.bias", (sizes[l + 1],)))
              for l in range(len(sizes) - 1)]
    if len(header) != 2 * len(layers):
        raise CheckError(f"{path}: {len(header)} tensors, expected {2 * len(layers)}")
    return sizes, activations, cost, layers


def load_npz(path):
    """(sizes, activations, cost, [(W, b), ...]) from an npz file via numpy.load."""
    if not zipfile.is_zipfile(path):
        raise CheckError(f"{path}: not a zip file")
    with zipfile.ZipFile(path) as archive:
        bad = archive.testzip()
        if bad is not None:
            raise CheckError(f"{path}: CRC mismatch in {bad}")
    with np.load(path, allow_pickle=False) as archive:
        sizes = [int(s) for s in archive["sizes"]]
        activations = [str(a) for a in archive["activations"]]
        cost = str(archive["cost"])
        layers = []
        for l in range(len(sizes) - 1):
            w, b = archive[f"w{l}"], archive[f"b{l}"]
            if w.dtype != np.float32 or w.shape != (sizes[l + 1], sizes[l]):
                raise CheckError(f"{path}: w{l} is {w.dtype} {w.shape}, expected float32 {(sizes[l + 1], sizes[l])}")
            if b.dtype != np.float32 or b.shape != (sizes[l + 1],):
                raise CheckError(f"{path}: b{l} is {b.dtype} {b.shape}, expected float32 {(sizes[l + 1],)}")
            layers.append((w, b))
    return sizes, activations, cost, layers


def activate(name, z):
    """sigma(z) for one layer's weighted inputs z (samples are rows)."""
    if name == "sigmoid":
        return (1.0 / (1.0 + np.exp(-z))).astype(np.float32)
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, np.float32(0))
    if name == "softmax":
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return (e / e.sum(axis=1, keepdims=True)).astype(np.float32)
    raise CheckError(f"unknown activation {name!r}")


def predict(layers, activations, x):
    """argmax of the network's outputs for each row of x."""
    a = x
    for (w, b), name in zip(layers, activations):
        a = activate(name, a @ w.T + b)
    return np.argmax(a, axis=1)


def load_model_json(path):
    """(sizes, activations, cost, [(W, b), ...]) from nns's JSON model file, via json + numpy."""
    with open(path) as f:
        model = json.load(f)
    if model.get("format") != "nns-model" or model.get("formatVersion") != 1:
        raise CheckError(f"{path}: not an nns model file of format version 1")
    layers = [(np.array(w, dtype=np.float32), np.array(b, dtype=np.float32))
              for w, b in zip(model["weights"], model["biases"])]
    return model["sizes"], model["activations"], model["cost"], layers


def same_parameters(model, export):
    """A list of differences between two (sizes, activations, cost, layers) tuples, bit for bit."""
    differences = [f"{name}: {a} vs {b}" for name, a, b in zip(("sizes", "activations", "cost"), model, export) if a != b]
    for l, ((w1, b1), (w2, b2)) in enumerate(zip(model[3], export[3])):
        for name, x, y in ((f"weights[{l}]", w1, w2), (f"biases[{l}]", b1, b2)):
            if x.shape != y.shape or not np.array_equal(x.view(np.uint32), y.view(np.uint32)):
                differences.append(f"{name} differs")
    return differences


def read_predictions(path, count):
    with open(path) as f:
        values = [int(token) for token in f.read().split()]
    if len(values) < count:
        raise CheckError(f"{path}: {len(values)} predictions, need {count}")
    return np.array(values[:count])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True, help="directory with t10k-images-idx3-ubyte.gz")
    parser.add_argument("--predictions", required=True, help="nns's predicted classes, one per line")
    parser.add_argument("--count", type=int, default=100, help="test images to compare (default 100)")
    parser.add_argument("--model", help="nns's JSON model file of the same network, compared bit for bit")
    parser.add_argument("exports", nargs="+", help=".safetensors or .npz files written by nns")
    args = parser.parse_args()
    try:
        x = read_images(args.data, args.count)
        expected = read_predictions(args.predictions, len(x))
        model = load_model_json(args.model) if args.model else None
        failed = False
        for path in args.exports:
            if not os.path.exists(path):
                raise CheckError(f"{path}: no such file")
            loader = load_npz if path.endswith(".npz") else load_safetensors
            sizes, activations, cost, layers = loader(path)
            if model is not None:
                differences = same_parameters(model, (sizes, activations, cost, layers))
                if differences:
                    failed = True
                    print(f"{path}: differs from {args.model}: {'; '.join(differences)}")
            if len(activations) != len(layers) or sizes[0] != x.shape[1]:
                raise CheckError(f"{path}: sizes {sizes} and activations {activations} do not fit {x.shape[1]} inputs")
            got = predict(layers, activations, x)
            wrong = np.flatnonzero(got != expected)
            if len(wrong):
                failed = True
                shown = ", ".join(f"image {i}: numpy {got[i]} vs nns {expected[i]}" for i in wrong[:10])
                print(f"{path}: {len(wrong)} of {len(x)} predictions differ ({shown})")
            else:
                print(f"{path}: sizes {sizes}, {'/'.join(activations)}, {cost}: "
                      f"all {len(x)} predictions match nns")
        return 1 if failed else 0
    except (CheckError, OSError, ValueError, KeyError) as error:
        print(f"check_export.py: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

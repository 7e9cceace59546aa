#!/usr/bin/env python3
"""Checks nns's weight exports against nns's own predictions, with numpy only.

Loads each EXPORT (.safetensors parsed by hand with json + numpy, .npz with numpy.load), checks
its structure (dtypes, shapes against the layers its metadata describes, contiguous safetensors
offsets), runs the forward pass layer by layer in PyTorch's conventions, as nn.Conv2d,
nn.MaxPool2d, nn.Flatten, nn.Linear and nn.Dropout (eval mode) would compute it -- images as
(N, C, H, W), a convolution's weights (out, in, kh, kw), a fully connected layer on maps reading
them flattened channels first -- on the first COUNT MNIST t10k images scaled to [0, 1] (byte / 255,
Float32), and compares the argmax of each output row with the predictions nns wrote (one class
index per line, or separated by any whitespace). Exports of fully connected networks written
before layers were described (metadata with sizes and activations only) are read too.

With --model, also loads nns's JSON model file (format 1 or 2) with the `json` module, converts
its parameters from nns's layout (channels last: a filter's weights in (dy, dx, c) order, maps
flattened as (y, x, c)) to PyTorch's with numpy alone, and checks that numpy.float32 of every
weight and bias has the same bits as in each export (the JSON text round-trips Float32 exactly),
and that the layers agree.

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


class Network:
    """A network as an export describes it: the input shape ([n] or [height, width, channels]),
    the cost, and the layers, each a dict with `kind` ("fully-connected", "convolution",
    "max-pooling", "dropout"), its fields (`neurons`, `maps`, `kernel`, `pool`, `rate`,
    `activation`) and, for the kinds with weights, `weight` and `bias` in PyTorch's layout."""

    def __init__(self, input_shape, cost, layers):
        self.input_shape = list(input_shape)
        self.cost = cost
        self.layers = layers

    def summary(self):
        parts = []
        for layer in self.layers:
            kind = layer["kind"]
            if kind == "fully-connected":
                parts.append(f"{layer['neurons']} {layer['activation']}")
            elif kind == "convolution":
                parts.append(f"conv {layer['maps']}x{layer['kernel']}x{layer['kernel']} {layer['activation']}")
            elif kind == "max-pooling":
                parts.append(f"pool {layer['pool']}")
            else:
                parts.append(f"dropout {layer['rate']}")
        return " -> ".join([ "x".join(map(str, self.input_shape)) ] + parts)


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


def described_layers(path, input_shape, layers_text, sizes, activations):
    """The layer dicts of an export: from its `layers` description when it has one, else (an
    export of a fully connected network from before layers were described) from its sizes."""
    if layers_text is not None:
        layers = json.loads(layers_text)
        if not isinstance(layers, list) or not all(isinstance(layer, dict) and "kind" in layer for layer in layers):
            raise CheckError(f"{path}: the layers metadata is not a list of layer descriptions")
        return [dict(layer) for layer in layers]
    if len(activations) != len(sizes) - 1:
        raise CheckError(f"{path}: {len(activations)} activations for sizes {sizes}")
    return [{"kind": "fully-connected", "neurons": n, "activation": a} for n, a in zip(sizes[1:], activations)]


def expected_shapes(path, network):
    """(index, weight shape, bias shape) of every layer with weights, following the shapes
    through the layers (a flat [n] or a [C, H, W] map, channels first as PyTorch holds them)."""
    shape = network.input_shape
    shape = [shape[2], shape[0], shape[1]] if len(shape) == 3 else [shape[0]]
    result = []
    for index, layer in enumerate(network.layers):
        kind = layer["kind"]
        if kind == "fully-connected":
            inputs = int(np.prod(shape))
            result.append((index, (layer["neurons"], inputs), (layer["neurons"],)))
            shape = [layer["neurons"]]
        elif kind == "convolution":
            if len(shape) != 3:
                raise CheckError(f"{path}: layer {index} is a convolution of a flat vector")
            c, h, w = shape
            k = layer["kernel"]
            result.append((index, (layer["maps"], c, k, k), (layer["maps"],)))
            shape = [layer["maps"], h - k + 1, w - k + 1]
        elif kind == "max-pooling":
            if len(shape) != 3:
                raise CheckError(f"{path}: layer {index} pools a flat vector")
            c, h, w = shape
            p = layer["pool"]
            shape = [c, h // p, w // p]
        elif kind != "dropout":
            raise CheckError(f"{path}: layer {index} has the unknown kind {kind!r}")
        if "output" in layer:
            nns_shape = [shape[1], shape[2], shape[0]] if len(shape) == 3 else shape
            if list(layer["output"]) != nns_shape and not (len(shape) == 1 and list(layer["output"]) == [1, 1] + shape):
                raise CheckError(f"{path}: layer {index} says its output is {layer['output']}, its fields give {nns_shape}")
    return result


def load_safetensors(path):
    """The Network of a safetensors file, parsed by hand."""
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
    input_shape = json.loads(metadata.get("input", json.dumps([sizes[0]])))
    network = Network(input_shape, metadata["cost"],
                      described_layers(path, input_shape, metadata.get("layers"), sizes, activations))

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

    weighted = expected_shapes(path, network)
    for index, weight_shape, bias_shape in weighted:
        network.layers[index]["weight"] = tensor(f"layers.{index}.weight", weight_shape)
        network.layers[index]["bias"] = tensor(f"layers.{index}.bias", bias_shape)
    if len(header) != 2 * len(weighted):
        raise CheckError(f"{path}: {len(header)} tensors, expected {2 * len(weighted)}")
    return network


def load_npz(path):
    """The Network of an npz file, via numpy.load."""
    if not zipfile.is_zipfile(path):
        raise CheckError(f"{path}: not a zip file")
    with zipfile.ZipFile(path) as archive:
        bad = archive.testzip()
        if bad is not None:
            raise CheckError(f"{path}: CRC mismatch in {bad}")
    with np.load(path, allow_pickle=False) as archive:
        sizes = [int(s) for s in archive["sizes"]]
        activations = [str(a) for a in archive["activations"]]
        input_shape = [int(s) for s in archive["input"]] if "input" in archive.files else [sizes[0]]
        layers_text = str(archive["layers"]) if "layers" in archive.files else None
        network = Network(input_shape, str(archive["cost"]),
                          described_layers(path, input_shape, layers_text, sizes, activations))
        weighted = expected_shapes(path, network)
        for index, weight_shape, bias_shape in weighted:
            for key, name, shape in (("weight", f"w{index}", weight_shape), ("bias", f"b{index}", bias_shape)):
                if name not in archive.files:
                    raise CheckError(f"{path}: no array {name}")
                array = archive[name]
                if array.dtype != np.float32 or array.shape != tuple(shape):
                    raise CheckError(f"{path}: {name} is {array.dtype} {array.shape}, expected float32 {tuple(shape)}")
                network.layers[index][key] = array
        arrays = [name for name in archive.files if name[0] in "wb" and name[1:].isdigit()]
        if len(arrays) != 2 * len(weighted):
            raise CheckError(f"{path}: {len(arrays)} weight and bias arrays, expected {2 * len(weighted)}")
    return network


def activate(name, z):
    """sigma(z) for one layer's weighted inputs z (samples first; softmax over each flat row)."""
    if name == "sigmoid":
        return (1.0 / (1.0 + np.exp(-z))).astype(np.float32)
    if name == "tanh":
        return np.tanh(z)
    if name == "relu":
        return np.maximum(z, np.float32(0))
    if name == "linear":
        return z
    if name == "softmax":
        if z.ndim != 2:
            raise CheckError("softmax of maps is not supported")
        e = np.exp(z - z.max(axis=1, keepdims=True))
        return (e / e.sum(axis=1, keepdims=True)).astype(np.float32)
    raise CheckError(f"unknown activation {name!r}")


def convolve(a, w, b):
    """nn.Conv2d(C, F, k), stride 1, no padding: a (N, C, H, W), w (F, C, k, k) -> (N, F, H-k+1, W-k+1)."""
    k = w.shape[2]
    windows = np.lib.stride_tricks.sliding_window_view(a, (k, k), axis=(2, 3))   # (N, C, H', W', k, k)
    return (np.einsum("nchwij,fcij->nfhw", windows, w, optimize=True) + b[None, :, None, None]).astype(np.float32)


def max_pool(a, p):
    """nn.MaxPool2d(p): p x p blocks, stride p, rows and columns beyond a whole block left out."""
    n, c, h, w = a.shape
    a = a[:, :, :h // p * p, :w // p * p]
    return a.reshape(n, c, h // p, p, w // p, p).max(axis=(3, 5))


def predict(network, x):
    """argmax of the network's outputs for each row of x (images flattened row-major)."""
    shape = network.input_shape
    a = x.reshape(len(x), shape[0], shape[1], shape[2]).transpose(0, 3, 1, 2) if len(shape) == 3 else x
    for layer in network.layers:
        kind = layer["kind"]
        if kind == "fully-connected":
            a = a.reshape(len(a), -1)   # nn.Flatten(): channels first
            a = activate(layer["activation"], a @ layer["weight"].T + layer["bias"])
        elif kind == "convolution":
            a = activate(layer["activation"], convolve(a, layer["weight"], layer["bias"]))
        elif kind == "max-pooling":
            a = max_pool(a, layer["pool"])
        # dropout: the identity when evaluating (inverted dropout scales while training)
    return np.argmax(a.reshape(len(a), -1), axis=1)


def load_model_json(path):
    """The Network of nns's JSON model file (format 1 or 2) via json + numpy, its parameters
    converted to PyTorch's layout."""
    with open(path) as f:
        model = json.load(f)
    version = model.get("formatVersion")
    if model.get("format") != "nns-model" or version not in (1, 2):
        raise CheckError(f"{path}: not an nns model file of format version 1 or 2")
    if version == 1:
        layers = [{"kind": "fully-connected", "neurons": len(b), "activation": a,
                   "weight": np.array(w, dtype=np.float32), "bias": np.array(b, dtype=np.float32)}
                  for w, b, a in zip(model["weights"], model["biases"], model["activations"])]
        return Network([model["sizes"][0]], model["cost"], layers)
    layers = [dict(layer) for layer in model["layers"]]
    parameters = {entry["layer"]: entry for entry in model["parameters"]}
    shape = list(model["input"])   # nns's order: [n] or [height, width, channels]
    for index, layer in enumerate(layers):
        entry = parameters.get(index + 1)
        if layer["kind"] == "convolution":
            k, c = layer["kernel"], shape[2]
            w = np.array(entry["weights"], dtype=np.float32)            # (F, k*k*C), columns (dy, dx, c)
            layer["weight"] = np.ascontiguousarray(w.reshape(len(w), k, k, c).transpose(0, 3, 1, 2))
            layer["bias"] = np.array(entry["biases"], dtype=np.float32)
        elif layer["kind"] == "fully-connected":
            w = np.array(entry["weights"], dtype=np.float32)            # (n, inputs), inputs in (y, x, c) order
            if len(shape) == 3:
                h, width, c = shape
                w = np.ascontiguousarray(w.reshape(len(w), h, width, c).transpose(0, 3, 1, 2).reshape(len(w), -1))
            layer["weight"] = w
            layer["bias"] = np.array(entry["biases"], dtype=np.float32)
        shape = list(layer["output"])
        if len(shape) == 3 and shape[:2] == [1, 1]:
            shape = [shape[2]]
    return Network(model["input"], model["cost"], layers)


def same_parameters(model, export):
    """A list of differences between two Networks: architecture, and parameters bit for bit."""
    differences = []
    if model.cost != export.cost:
        differences.append(f"cost: {model.cost} vs {export.cost}")
    if model.input_shape != export.input_shape:
        differences.append(f"input: {model.input_shape} vs {export.input_shape}")
    if len(model.layers) != len(export.layers):
        return differences + [f"{len(model.layers)} layers vs {len(export.layers)}"]
    for index, (a, b) in enumerate(zip(model.layers, export.layers)):
        fields = ("kind", "neurons", "maps", "kernel", "pool", "rate", "activation")
        if any(a.get(field) != b.get(field) for field in fields):
            differences.append(f"layer {index}: {a.get('kind')} vs {b.get('kind')}")
        for key in ("weight", "bias"):
            x, y = a.get(key), b.get(key)
            if (x is None) != (y is None) or (x is not None and (
                    x.shape != y.shape or not np.array_equal(x.view(np.uint32), y.view(np.uint32)))):
                differences.append(f"layer {index} {key} differs")
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
            network = loader(path)
            if model is not None:
                differences = same_parameters(model, network)
                if differences:
                    failed = True
                    print(f"{path}: differs from {args.model}: {'; '.join(differences)}")
            if int(np.prod(network.input_shape)) != x.shape[1]:
                raise CheckError(f"{path}: input {network.input_shape} does not fit {x.shape[1]} pixels")
            got = predict(network, x)
            wrong = np.flatnonzero(got != expected)
            if len(wrong):
                failed = True
                shown = ", ".join(f"image {i}: numpy {got[i]} vs nns {expected[i]}" for i in wrong[:10])
                print(f"{path}: {len(wrong)} of {len(x)} predictions differ ({shown})")
            else:
                print(f"{path}: {network.summary()}, {network.cost}: all {len(x)} predictions match nns")
        return 1 if failed else 0
    except (CheckError, OSError, ValueError, KeyError, TypeError) as error:
        print(f"check_export.py: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

import NeuralNet

/// Exports of a network's weights and biases for numpy and PyTorch (see docs/model-format.md),
/// in PyTorch's layouts so that the tensors load straight into its modules:
///
/// - a fully connected layer's w is `[n_out, n_in]`, exactly `torch.nn.Linear(n_in, n_out).weight`;
///   when its input is spatial (H × W × C maps, after a convolution or pooling), its columns are
///   permuted from nns's channels-last (HWC) flattening to PyTorch's channels-first (CHW) one,
///   so that `nn.Flatten()` + `nn.Linear` compute what nns computes:
///   `torch_w[j, c·H·W + y·W + x] = w[j, (y·W + x)·C + c]`;
/// - a convolution's w is `[F, C, k, k]`, `torch.nn.Conv2d(C, F, k).weight`:
///   `torch_w[f, c, dy, dx] = w[f, (dy·k + dx)·C + c]`;
/// - biases are `[n_out]` or `[F]`.
///
/// Arrays are named by the layer's 0-based index i in `network.layers` (nns's layer i + 1), so
/// pooling and dropout layers leave gaps; for a fully connected network this is 0, 1, 2, … as
/// before. Metadata names every layer's kind, kernel, pool, dropout rate and activation (the
/// same descriptions as the `layers` of a model file) so a reader can rebuild the network.
public enum ModelExport {
    /// One array of an export: a layer's weights or biases in PyTorch's layout.
    struct Tensor {
        /// The layer's 0-based index in `network.layers`.
        let layer: Int
        /// True for the weights, false for the biases.
        let isWeight: Bool
        let shape: [Int]
        let values: [Float]

        /// `layers.2.weight`, as a `state_dict` key.
        var safetensorsName: String { "layers.\(layer).\(isWeight ? "weight" : "bias")" }
        /// `w2`, `b2`.
        var npzName: String { "\(isWeight ? "w" : "b")\(layer)" }
    }

    /// The weights and biases of every layer that has them, input side first, weights before
    /// biases, in PyTorch's layouts (see `ModelExport`).
    static func tensors(_ network: Network) -> [Tensor] {
        var tensors: [Tensor] = []
        for (index, layer) in network.layers.enumerated() {
            switch layer {
            case let layer as ConvolutionLayer:
                tensors.append(Tensor(layer: index, isWeight: true, shape: convolutionShape(layer),
                                      values: channelsFirstFilters(layer)))
            case let layer as FullyConnectedLayer:
                tensors.append(Tensor(layer: index, isWeight: true, shape: [layer.outputCount, layer.inputShape.count],
                                      values: channelsFirstColumns(layer.weights, input: layer.inputShape)))
            default:
                continue
            }
            guard let weighted = layer as? any WeightedLayer else { continue }
            tensors.append(Tensor(layer: index, isWeight: false, shape: [weighted.biases.count], values: weighted.biases))
        }
        return tensors
    }

    /// `[F, C, k, k]`.
    static func convolutionShape(_ layer: ConvolutionLayer) -> [Int] {
        [layer.featureMaps, layer.inputShape.channels, layer.kernelSize, layer.kernelSize]
    }

    /// The filters of `layer` reordered from nns's (f, dy, dx, c) to PyTorch's (f, c, dy, dx).
    static func channelsFirstFilters(_ layer: ConvolutionLayer) -> [Float] {
        let (k, channels, field) = (layer.kernelSize, layer.inputShape.channels, layer.fieldSize)
        var values = [Float](repeating: 0, count: layer.weights.elements.count)
        layer.weights.elements.withUnsafeBufferPointer { w in
            values.withUnsafeMutableBufferPointer { out in
                for f in 0..<layer.featureMaps {
                    for c in 0..<channels {
                        for dy in 0..<k {
                            for dx in 0..<k {
                                out[f * field + (c * k + dy) * k + dx] = w[f * field + (dy * k + dx) * channels + c]
                            }
                        }
                    }
                }
            }
        }
        return values
    }

    /// The columns of `weights` (one per input value) reordered from `input`'s HWC flattening to
    /// CHW; unchanged for a flat input or one with a single channel (the two orders agree).
    static func channelsFirstColumns(_ weights: Matrix, input: TensorShape) -> [Float] {
        let (height, width, channels) = (input.height, input.width, input.channels)
        guard !input.isFlat, channels > 1 else { return weights.elements }
        let columns = weights.columns
        var values = [Float](repeating: 0, count: weights.elements.count)
        weights.elements.withUnsafeBufferPointer { w in
            values.withUnsafeMutableBufferPointer { out in
                for row in 0..<weights.rows {
                    let (source, target) = (row * columns, row * columns)
                    for y in 0..<height {
                        for x in 0..<width {
                            for c in 0..<channels {
                                out[target + (c * height + y) * width + x] = w[source + (y * width + x) * channels + c]
                            }
                        }
                    }
                }
            }
        }
        return values
    }

    /// The layer descriptions as one line of JSON, as a model file's `layers` holds them:
    /// `[{"kind": "convolution", "maps": 20, "kernel": 5, "activation": "relu", "output": [24, 24, 20]}, …]`.
    static func layersJSON(_ network: Network) -> String {
        var writer = JSONWriter()
        writer.openArray(multiline: false)
        for layer in network.layers { writer.layerDescription(layer) }
        writer.closeArray()
        return String(decoding: writer.bytes.dropLast(), as: UTF8.self)
    }

    /// The metadata both formats carry, as (name, text) pairs: `producer` ("nns"), `layout`
    /// ("pytorch"), `input` (the input shape, `[28, 28, 1]` as height, width, channels, or `[784]`),
    /// `layers` (`layersJSON`), `sizes` (values per sample at every point, input first),
    /// `activations` (one per layer; "linear" for pooling and dropout) and `cost`.
    static func metadata(_ network: Network) -> [(name: String, text: String)] {
        [("producer", "nns"),
         ("layout", "pytorch"),
         ("input", listText(network.inputShape.jsonDimensions.map(String.init))),
         ("layers", layersJSON(network)),
         ("sizes", listText(network.sizes.map(String.init))),
         ("activations", listText(network.layers.map { "\"\($0.activation.rawValue)\"" })),
         ("cost", network.cost.rawValue)]
    }

    private static func listText(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    /// The network as a safetensors file: an 8-byte little-endian header length, a JSON header
    /// (padded with spaces to a multiple of 8 bytes) naming each tensor's dtype `F32`, shape and
    /// `data_offsets`, then the tensors' little-endian bytes in the order of `tensors`
    /// (`layers.0.weight`, `layers.0.bias`, `layers.2.weight`, …). `__metadata__` holds the
    /// strings of `metadata`.
    public static func safetensors(_ network: Network) -> [UInt8] {
        let tensors = tensors(network)
        var header = JSONWriter()
        header.openObject(multiline: false)
        header.key("__metadata__")
        header.openObject(multiline: false)
        for (name, text) in metadata(network) {
            header.key(name); header.string(text)
        }
        header.closeObject()
        var offset = 0
        for tensor in tensors {
            header.key(tensor.safetensorsName)
            header.openObject(multiline: false)
            header.key("dtype"); header.string("F32")
            header.key("shape"); header.integerArray(tensor.shape)
            header.key("data_offsets"); header.integerArray([offset, offset + 4 * tensor.values.count])
            header.closeObject()
            offset += 4 * tensor.values.count
        }
        header.closeObject()
        var headerBytes = header.bytes
        if headerBytes.last == UInt8(ascii: "\n") { headerBytes.removeLast() }
        headerBytes += repeatElement(UInt8(ascii: " "), count: (8 - headerBytes.count % 8) % 8)

        var bytes: [UInt8] = []
        bytes.reserveCapacity(8 + headerBytes.count + offset)
        bytes.appendLittleEndian(UInt64(headerBytes.count))
        bytes += headerBytes
        for tensor in tensors { bytes.appendLittleEndian(tensor.values) }
        return bytes
    }

    /// The network as an npz archive (a stored zip, as `numpy.savez` writes): `w<i>.npy` and
    /// `b<i>.npy` (Float32, the shapes of `tensors`) for each layer i with weights, then
    /// `sizes.npy` and `input.npy` (int64), `activations.npy` (strings, one per layer),
    /// `cost.npy` and `layers.npy` (0-d strings; `layers` is `layersJSON`).
    public static func npz(_ network: Network) -> [UInt8] {
        var archive = StoredZipArchive()
        for tensor in tensors(network) {
            archive.add("\(tensor.npzName).npy", contents: NumpyArrayFile.float32(tensor.values, shape: tensor.shape))
        }
        archive.add("sizes.npy", contents: NumpyArrayFile.int64(network.sizes))
        archive.add("input.npy", contents: NumpyArrayFile.int64(network.inputShape.jsonDimensions))
        archive.add("activations.npy", contents: NumpyArrayFile.unicode(network.layers.map(\.activation.rawValue),
                                                                        shape: [network.layers.count]))
        archive.add("cost.npy", contents: NumpyArrayFile.unicode([network.cost.rawValue], shape: []))
        archive.add("layers.npy", contents: NumpyArrayFile.unicode([layersJSON(network)], shape: []))
        return archive.finish()
    }

    /// The export of `network` in `format`.
    public static func bytes(_ network: Network, format: ExportFormat) -> [UInt8] {
        switch format {
        case .safetensors: return safetensors(network)
        case .npz: return npz(network)
        }
    }

    /// The names and shapes of the arrays an export of `network` holds, in order:
    /// (`layers.0.weight` or `w0`, `[20, 1, 5, 5]`).
    public static func arrays(_ network: Network, format: ExportFormat) -> [(name: String, shape: [Int])] {
        tensors(network).map { (format == .safetensors ? $0.safetensorsName : $0.npzName, $0.shape) }
    }

    /// Writes `network` to `path` atomically (temporary file, fsync, rename) in `format`, or by
    /// default in the format named by the extension (`.safetensors` or `.npz`).
    /// - Throws: `ModelFileError` — `.unknownExportFormat` for another extension without a
    ///   `format`, `.invalidNetwork` for NaN/∞ parameters, `.isDirectory`, `.cannotWrite`.
    public static func write(_ network: Network, to path: String, format: ExportFormat? = nil) throws(ModelFileError) {
        guard let chosen = format ?? ExportFormat(path: path) else {
            throw ModelFileError(path: path, problem: .unknownExportFormat(extension: ExportFormat.fileExtension(of: path)))
        }
        do {
            try network.validate()
        } catch {
            throw ModelFileError(path: path, problem: .invalidNetwork(error))
        }
        try AtomicFile.write(bytes(network, format: chosen), to: path)
    }
}

import NeuralNet

/// Exports of a network's weights and biases for numpy and PyTorch (see docs/model-format.md).
///
/// Both formats hold, for each weight layer l = 0 … L−1, the matrix w^l as a Float32 array of
/// shape `[sizes[l+1], sizes[l]]` (row j = the weights into neuron j; exactly
/// `torch.nn.Linear(sizes[l], sizes[l+1]).weight`) and b^l of shape `[sizes[l+1]]`. With samples
/// as rows, layer l computes `a = σ_l(x @ w.T + b)`.
public enum ModelExport {
    /// The network as a safetensors file: an 8-byte little-endian header length, a JSON header
    /// (padded with spaces to a multiple of 8 bytes) naming each tensor's dtype `F32`, shape and
    /// `data_offsets`, then the tensors' little-endian bytes in the order `layers.0.weight`,
    /// `layers.0.bias`, `layers.1.weight`, … `__metadata__` holds `sizes` and `activations`
    /// (JSON lists as strings), `cost` and `producer` ("nns").
    public static func safetensors(_ network: Network) -> [UInt8] {
        var tensors: [(name: String, shape: [Int], values: [Float])] = []
        for l in network.weights.indices {
            let w = network.weights[l]
            tensors.append(("layers.\(l).weight", [w.rows, w.columns], w.elements))
            tensors.append(("layers.\(l).bias", [network.biases[l].count], network.biases[l]))
        }
        var header = JSONWriter()
        header.openObject(multiline: false)
        header.key("__metadata__")
        header.openObject(multiline: false)
        header.key("producer"); header.string("nns")
        header.key("sizes"); header.string("[" + network.sizes.map(String.init).joined(separator: ", ") + "]")
        header.key("activations"); header.string("[" + network.activations.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + "]")
        header.key("cost"); header.string(network.cost.rawValue)
        header.closeObject()
        var offset = 0
        for tensor in tensors {
            header.key(tensor.name)
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

    /// The network as an npz archive (a stored zip, as `numpy.savez` writes): `w<l>.npy`
    /// (Float32 `[sizes[l+1], sizes[l]]`) and `b<l>.npy` (Float32 `[sizes[l+1]]`) for each weight
    /// layer, `sizes.npy` (int64), `activations.npy` (strings, one per weight layer) and
    /// `cost.npy` (a 0-d string array).
    public static func npz(_ network: Network) -> [UInt8] {
        var archive = StoredZipArchive()
        for l in network.weights.indices {
            let w = network.weights[l]
            archive.add("w\(l).npy", contents: NumpyArrayFile.float32(w.elements, shape: [w.rows, w.columns]))
            archive.add("b\(l).npy", contents: NumpyArrayFile.float32(network.biases[l], shape: [network.biases[l].count]))
        }
        archive.add("sizes.npy", contents: NumpyArrayFile.int64(network.sizes))
        archive.add("activations.npy", contents: NumpyArrayFile.unicode(network.activations.map(\.rawValue),
                                                                        shape: [network.activations.count]))
        archive.add("cost.npy", contents: NumpyArrayFile.unicode([network.cost.rawValue], shape: []))
        return archive.finish()
    }

    /// The export of `network` in `format`.
    public static func bytes(_ network: Network, format: ExportFormat) -> [UInt8] {
        switch format {
        case .safetensors: return safetensors(network)
        case .npz: return npz(network)
        }
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

/// A file format for a network's weights and biases that numpy and PyTorch read directly.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// safetensors: tensors `layers.l.weight` (`[sizes[l+1], sizes[l]]`, as `torch.nn.Linear`)
    /// and `layers.l.bias` in F32, architecture in `__metadata__`. Read by
    /// `safetensors.torch.load_file` / `safetensors.numpy.load_file`, or by hand with json + numpy.
    case safetensors
    /// npz: a zip of npy files `w0.npy`, `b0.npy`, … plus `sizes.npy`, `activations.npy`,
    /// `cost.npy`. Read by `numpy.load`.
    case npz

    /// The format named by `path`'s extension (`.safetensors` or `.npz`, any case), else nil.
    public init?(path: String) {
        self.init(rawValue: Self.fileExtension(of: path).lowercased())
    }

    /// The text after the last "." of the path's last component ("" when there is none).
    static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last ?? Substring(path)
        guard let dot = name.lastIndex(of: ".") else { return "" }
        return String(name[name.index(after: dot)...])
    }
}

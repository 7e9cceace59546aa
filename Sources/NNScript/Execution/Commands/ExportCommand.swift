import ModelFiles
import NeuralNet

/// `export PATH [format=safetensors|npz]`: writes the current network's weights and biases
/// for numpy and PyTorch (`ModelExport.write`, atomically), in the format named by `format=` or
/// else by the file's extension, and lists what the file holds:
///
///     exported book.npz (npz, 96 KB): 784 → 30 sigmoid → 10 sigmoid · quadratic cost
///     arrays (float32): w0 (30, 784), b0 (30,), w1 (10, 30), b1 (10,); also sizes, activations, cost, input, layers
///
/// Arrays are in PyTorch's layouts and named by the layer's 0-based index (pooling and dropout
/// layers have none): `torch.nn.Linear.weight` (out, in), `torch.nn.Conv2d.weight`
/// (out, in, kh, kw), and a fully connected layer on maps takes its inputs in `nn.Flatten()`'s
/// (C, H, W) order; a network with maps gets a line saying so. The session is not changed.
struct ExportCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let network = try context.requireNetwork()
        let (written, path) = context.filePath("path")
        let chosen = context.arguments.choice("format", as: ExportFormat.self)
        do {
            try ModelExport.write(network, to: path, format: chosen)
        } catch {
            throw context.failure(error, writtenAs: written, at: "path")
        }
        let format = chosen ?? ExportFormat(path: path) ?? .safetensors
        context.say("exported \(written) (\(format.rawValue), \(CommandContext.sizeText(ofFileAt: path))): "
                    + "\(network.shapeDescription) · \(network.cost.rawValue) cost")
        context.say(Self.contents(of: network, in: format))
        if !network.inputShape.isFlat {
            context.say("layout: PyTorch's — convolution weights (out, in, kh, kw); a fully connected layer on maps "
                        + "takes them in nn.Flatten()'s (C, H, W) order")
        }
    }

    /// The names and shapes of the arrays in the export, as numpy and PyTorch will show them.
    static func contents(of network: Network, in format: ExportFormat) -> String {
        let arrays = ModelExport.arrays(network, format: format)
        switch format {
        case .safetensors:
            let tensors = arrays.map { "\($0.name) [\($0.shape.map(String.init).joined(separator: ", "))]" }
            return "tensors (float32): \(tensors.joined(separator: ", ")); metadata: layers, input, sizes, activations, cost"
        case .npz:
            let listed = arrays.map { array in
                "\(array.name) (\(array.shape.map(String.init).joined(separator: ", "))\(array.shape.count == 1 ? "," : ""))"
            }
            return "arrays (float32): \(listed.joined(separator: ", ")); also sizes, activations, cost, input, layers"
        }
    }
}

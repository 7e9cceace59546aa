import ModelFiles
import NeuralNet

/// `export PATH [format=safetensors|npz]`: writes the current network's weights and biases
/// for numpy and PyTorch (`ModelExport.write`, atomically), in the format named by `format=` or
/// else by the file's extension, and lists what the file holds:
///
///     exported book.npz (npz, 96 KB): 784 → 30 sigmoid → 10 sigmoid · quadratic cost
///     arrays (float32): w0 (30, 784), b0 (30,), w1 (10, 30), b1 (10,); also sizes, activations, cost
///
/// w^l is stored `sizes[l+1] × sizes[l]`, row-major (row j = the weights into neuron j, as
/// `torch.nn.Linear.weight`). The session is not changed.
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
    }

    /// The names and shapes of the arrays in the export, as numpy and PyTorch will show them.
    static func contents(of network: Network, in format: ExportFormat) -> String {
        let layers = Array(zip(network.sizes, network.sizes.dropFirst()).enumerated())
        switch format {
        case .safetensors:
            let tensors = layers.map { l, size in
                "layers.\(l).weight [\(size.1), \(size.0)], layers.\(l).bias [\(size.1)]"
            }
            return "tensors (float32): \(tensors.joined(separator: ", ")); metadata: sizes, activations, cost"
        case .npz:
            let arrays = layers.map { l, size in "w\(l) (\(size.1), \(size.0)), b\(l) (\(size.1),)" }
            return "arrays (float32): \(arrays.joined(separator: ", ")); also sizes, activations, cost"
        }
    }
}

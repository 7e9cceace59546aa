import NNSDisplay
import NeuralNet

/// Why an inspection command (`show`, `predict`, `weights`, `activations`, `confusion`,
/// `errors`, `history`, `plot`) cannot draw what was asked: a layer or neuron that does not
/// exist, arguments that contradict each other, no training history, or a picture file that
/// cannot be written. (Missing networks and data, and image indices out of range, are the
/// framework's `CommandError`s.)
///
/// Messages say what is wrong with the values involved and what to type instead; `argument`
/// names the command argument the caret should point at (nil: the command name).
public enum InspectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `layer=` outside `1 ... layerCount`.
    case layerOutOfRange(layer: Int, layerCount: Int)
    /// `layer=` names a pooling or dropout layer; `weighted` are the layers that have weights.
    case layerHasNoWeights(layer: Int, kind: String, weighted: [Int])
    /// `neuron=` outside `0 ..< sizes[layer]`.
    case neuronOutOfRange(neuron: Int, layer: Int, count: Int)
    /// `neuron=` and `grid` given together.
    case neuronAndGrid
    /// No `sgd` run has finished an epoch in this session.
    case noHistory
    /// There are `sgd` runs, but none monitored a data set, so there is nothing to plot.
    case nothingMonitored
    /// No `sgd` run measured the speed of learning.
    case noSpeeds
    /// `to=` names a file whose extension is not one of `allowed` (e.g. ["png"]).
    case unsupportedFileType(path: String, allowed: [String])
    /// Writing the picture to `path` failed; `reason` is the system's explanation.
    case cannotWrite(path: String, reason: String)
    /// A renderer refused its input (should not happen for data nns produced itself).
    case display(DisplayError)
    /// Cancellation was requested (Ctrl-C) while the view fed the set forward.
    case interrupted

    /// The argument whose value is at fault, for the caret; nil points at the command.
    var argument: String? {
        switch self {
        case .noHistory, .nothingMonitored, .noSpeeds, .display, .interrupted: return nil
        case .layerOutOfRange, .layerHasNoWeights: return "layer"
        case .neuronOutOfRange: return "neuron"
        case .neuronAndGrid: return "grid"
        case .unsupportedFileType, .cannotWrite: return "to"
        }
    }

    /// The message for the user.
    public var description: String {
        switch self {
        case .layerOutOfRange(let layer, let last):
            let range = last == 1 ? "only layer 1 (the output layer)" : "layers 1…\(last) (\(last) is the output layer)"
            return "layer \(layer) does not exist: the network has \(range); "
                + "layer 0 is the input, which has no incoming weights"
        case .layerHasNoWeights(let layer, let kind, let weighted):
            let list = weighted.map(String.init).joined(separator: ", ")
            return "layer \(layer) is a \(kind) layer, which has no weights; the layers with weights are \(list)"
        case .neuronOutOfRange(let neuron, let layer, let count):
            return "neuron \(neuron) does not exist: layer \(layer) has \(counted(count, "neuron")), "
                + (count == 1 ? "neuron=0" : "neuron=0…\(count - 1)")
        case .neuronAndGrid:
            return "give either neuron=N (one neuron) or grid (all neurons of the layer), not both"
        case .noHistory:
            return "no training history yet — train first, e.g. 'sgd epochs=5 monitor=test'"
        case .nothingMonitored:
            return "no sgd run of this session monitored a data set, so there are no curves — "
                + "train with e.g. 'sgd epochs=5 monitor=validation,test'"
        case .noSpeeds:
            return "no sgd run of this session measured the speed of learning — train with e.g. "
                + "'sgd epochs=30 eta=0.1 speed'"
        case .unsupportedFileType(let path, let allowed):
            let list = allowed.map { ".\($0)" }.joined(separator: " or ")
            return "cannot write '\(path)': this picture can be written as \(list) — name the file e.g. 'picture.\(allowed.first ?? "png")'"
        case .cannotWrite(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        case .display(let error):
            return error.description
        case .interrupted:
            return "interrupted before the view was drawn"
        }
    }

    /// The result of `body`, a renderer's `DisplayError` turned into `.display`.
    static func rendering<Result>(_ body: () throws(DisplayError) -> Result) throws(InspectionError) -> Result {
        do {
            return try body()
        } catch {
            throw .display(error)
        }
    }

    /// `[784, 30, 10]`.
    static func sizesText(_ sizes: [Int]) -> String {
        "[" + sizes.map(String.init).joined(separator: ", ") + "]"
    }
}

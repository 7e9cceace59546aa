import NNSDisplay
import NeuralNet

/// Why an inspection command (`show`, `predict`, `weights`, `activations`, `confusion`,
/// `errors`, `history`, `plot`) cannot draw what was asked: missing session state, an index or
/// layer out of range, data that does not fit the network, or a file that cannot be written.
///
/// Messages say what is wrong with the values involved and what to type instead; `argument`
/// names the command argument the caret should point at (nil: the command name).
enum InspectionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No network has been built or opened yet.
    case noNetwork
    /// Data set `set` is not loaded.
    case noData(set: String)
    /// `set[index]` with `index` outside `-count ..< count`.
    case indexOutOfRange(set: String, index: Int, count: Int)
    /// `layer=` outside `1 ... sizes.count − 1`.
    case layerOutOfRange(layer: Int, sizes: [Int])
    /// `neuron=` outside `0 ..< sizes[layer]`.
    case neuronOutOfRange(neuron: Int, layer: Int, count: Int)
    /// `neuron=` and `grid` given together.
    case neuronAndGrid
    /// The images of `set` have `pixels` values but the network takes `inputs`.
    case inputSizeMismatch(set: String, pixels: Int, inputs: Int)
    /// The labels of `set` name `classes` classes but the network has `outputs` output neurons.
    case classCountMismatch(set: String, classes: Int, outputs: Int)
    /// `set` holds no images.
    case emptySet(set: String)
    /// No `sgd` run has finished an epoch in this session.
    case noHistory
    /// There are `sgd` runs, but none monitored a data set, so there is nothing to plot.
    case nothingMonitored
    /// `to=` names a file whose extension is not one of `allowed` (e.g. ["png"]).
    case unsupportedFileType(path: String, allowed: [String])
    /// Writing the picture to `path` failed; `reason` is the system's explanation.
    case cannotWrite(path: String, reason: String)
    /// A renderer refused its input (should not happen for data nns produced itself).
    case display(DisplayError)

    /// The argument whose value is at fault, for the caret; nil points at the command.
    /// - Parameter dataArgument: the command's argument naming the data set or image
    ///   (`image` for `show test[7]`, `set` for `confusion test`).
    func argument(dataArgument: String) -> String? {
        switch self {
        case .noNetwork, .noHistory, .nothingMonitored, .display: return nil
        case .noData, .indexOutOfRange, .inputSizeMismatch, .classCountMismatch, .emptySet: return dataArgument
        case .layerOutOfRange: return "layer"
        case .neuronOutOfRange: return "neuron"
        case .neuronAndGrid: return "grid"
        case .unsupportedFileType, .cannotWrite: return "to"
        }
    }

    /// The message for the user.
    var description: String {
        switch self {
        case .noNetwork:
            return "there is no network yet — build one first, e.g. 'net 784 30 10', or open a saved one with 'open PATH'"
        case .noData(let set):
            return "no \(set) data is loaded — load a data set first, e.g. 'load mnist'"
        case .indexOutOfRange(let set, let index, let count):
            if count == 1 { return "\(set)[\(index)] does not exist: \(set) has 1 image, \(set)[0] (or \(set)[-1])" }
            return "\(set)[\(index)] does not exist: \(set) has \(NumberText.thousands(count)) images, "
                + "indices 0…\(count - 1) (or -\(count)…-1 counting from the end)"
        case .layerOutOfRange(let layer, let sizes):
            let last = sizes.count - 1
            let range = last == 1 ? "only layer 1 (the output layer)" : "layers 1…\(last) (\(last) is the output layer)"
            return "layer \(layer) does not exist: the network \(Self.sizesText(sizes)) has \(range); "
                + "layer 0 is the input, which has no incoming weights"
        case .neuronOutOfRange(let neuron, let layer, let count):
            return "neuron \(neuron) does not exist: layer \(layer) has \(count) neuron\(count == 1 ? "" : "s"), "
                + (count == 1 ? "neuron=0" : "neuron=0…\(count - 1)")
        case .neuronAndGrid:
            return "give either neuron=N (one neuron) or grid (all neurons of the layer), not both"
        case .inputSizeMismatch(let set, let pixels, let inputs):
            return "the \(set) images have \(pixels) pixels but the network takes \(inputs) inputs — "
                + "build a network for this data, e.g. 'net \(pixels) 30 10'"
        case .classCountMismatch(let set, let classes, let outputs):
            return "the \(set) data has \(classes) classes but the network has \(outputs) output neurons — "
                + "build a network whose last size is \(classes)"
        case .emptySet(let set):
            return "the \(set) set holds no images — load data with more images"
        case .noHistory:
            return "no training history yet — train first, e.g. 'sgd epochs=5 monitor=test'"
        case .nothingMonitored:
            return "no sgd run of this session monitored a data set, so there are no curves — "
                + "train with e.g. 'sgd epochs=5 monitor=validation,test'"
        case .unsupportedFileType(let path, let allowed):
            let list = allowed.map { ".\($0)" }.joined(separator: " or ")
            return "cannot write '\(path)': this picture can be written as \(list) — name the file e.g. 'picture.\(allowed.first ?? "png")'"
        case .cannotWrite(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        case .display(let error):
            return error.description
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

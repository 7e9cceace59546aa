import ModelFiles
import NeuralData
import NeuralNet

/// Why a well-formed command could not run: state it needs is missing, the data and the network
/// do not fit, a file is bad, or training failed. Reported as a `Diagnostic` at the command (or
/// at the argument concerned); the session is left as it was.
///
/// Messages say what is wrong and what to do first, with numbers where they help.
public enum CommandError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No network yet; `example` is a `net` command fitting the loaded data (`net 784 30 10`).
    case noNetwork(example: String)
    /// A layer-by-layer build is not finished: `shape` is what was built, `reason` what is missing.
    case unfinishedNetwork(shape: String, reason: String)
    /// `layer` with no network to add it to.
    case noNetworkForLayer
    /// `threads` given something other than 1…64 or auto.
    case invalidThreadCount(String)
    /// `net` with neither layer sizes nor `input=`, or with both.
    case netNeedsSizesOrInput(both: Bool)
    /// A layer that does not fit what the layer below gives: `problem` says what does not
    /// fit ("kernel 5×5 does not fit the 2×2 maps"), `below` describes that layer, `advice` the fix.
    case layerDoesNotFit(problem: String, below: String, advice: String)
    /// No training data; training needs `train`.
    case noTrainingData
    /// A data set that is needed (to evaluate, monitor, look at) is not loaded; `advice` says how to get it.
    case dataSetNotLoaded(DataSetName, advice: String)
    /// The network's input layer does not match the images of a set.
    case inputSizeMismatch(networkInputs: Int, set: String, pixels: Int, rows: Int, columns: Int)
    /// The network's output layer does not match the number of classes of a set.
    case outputSizeMismatch(networkOutputs: Int, set: String, classes: Int)
    /// An image index outside the set (after counting negative indices from the end).
    case imageIndexOutOfRange(set: DataSetName, index: Int, count: Int)
    /// An inspection view (`show`, `weights`, `plot`, …) cannot be drawn or written.
    case inspection(InspectionError)
    /// A command of nns that this build does not run yet.
    case notAvailableYet(command: String)
    /// `monitor=none` together with data sets.
    case monitorNoneWithSets
    /// `load idx … split=` for a set other than train.
    case splitNeedsTrainingSet(DataSetName)
    /// `expand=shifts` with `as=` naming a set other than train.
    case expandNeedsTrainingSet(DataSetName)
    /// Reading or finding data failed.
    case data(DataError)
    /// Building the network failed.
    case network(NetworkError)
    /// Training could not start.
    case training(TrainingError)
    /// Training made a parameter NaN or infinite in `epoch` (0-based); the network was restored.
    case diverged(epoch: Int, eta: Float)
    /// A model file could not be saved, opened or exported (`save`, `open`, `export`); the
    /// error names the file as the user wrote it.
    case modelFile(ModelFileError)
    /// `vote` with fewer than two model files.
    case voteNeedsModels(count: Int)
    /// A model given to `vote` (`path` as written) does not fit the data set voted on: `reason`
    /// says how ("it has 100 inputs, the test images have 784 pixels (28×28)").
    case modelDoesNotFit(path: String, set: String, reason: String)
    /// `run` could not read the script.
    case unreadableScript(path: String, reason: String)
    /// `run` of a script that is already running: `chain` is the scripts from the outermost on.
    case recursiveRun(chain: [String])
    /// The command stopped because cancellation was requested (Ctrl-C) before it changed
    /// anything; `command` is its name. Reported as an interruption, not a failure.
    case interrupted(command: String)
    /// `run` with `limit` scripts already running, each run by the one before.
    case runTooDeep(chain: [String], limit: Int)

    /// The message shown after `FILE:LINE:COL: `.
    public var description: String {
        switch self {
        case .noNetwork(let example):
            return "no network yet — create one with '\(example)'"
        case .unfinishedNetwork(let shape, let reason):
            return "the network being built (\(shape)) is not usable yet: \(reason)"
        case .invalidThreadCount(let text):
            return "'\(text)' is not a thread count — give a number from 1 to 64, or auto"
        case .netNeedsSizesOrInput(let both):
            return both ? "give either layer sizes (net 784 30 10) or an input shape (net input=28x28), not both"
                : "give the layer sizes, input first (net 784 30 10), or the input shape of a network to build layer by layer (net input=28x28)"
        case .layerDoesNotFit(let problem, let below, let advice):
            return "\(problem) of \(below) — \(advice)"
        case .noNetworkForLayer:
            return "no network to add a layer to — start one with its input, e.g. 'net 784' or 'net input=28x28', then add layers"
        case .noTrainingData:
            return "no training data yet — load some first with 'load mnist' (or 'load idx images=… labels=…')"
        case .dataSetNotLoaded(let set, let advice):
            return "no \(set) set is loaded — \(advice)"
        case .inputSizeMismatch(let inputs, let set, let pixels, let rows, let columns):
            return "the network has \(inputs) input neurons but the \(set) images have \(pixels) pixels "
                + "(\(rows)×\(columns)) — the first layer size must be \(pixels)"
        case .outputSizeMismatch(let outputs, let set, let classes):
            return "the network has \(outputs) output neurons but the \(set) set has \(classes) classes "
                + "— the last layer size must be \(classes)"
        case .imageIndexOutOfRange(let set, let index, let count):
            guard count > 0 else { return "\(set)[\(index)] does not exist: the \(set) set has no images" }
            if count == 1 { return "\(set)[\(index)] does not exist: \(set) has 1 image, index 0 (or -1 from the end)" }
            return "\(set)[\(index)] does not exist: \(set) has \(count) images, indices 0 to \(count - 1) "
                + "(or -1 to -\(count) from the end)"
        case .inspection(let error):
            return error.description
        case .notAvailableYet(let command):
            return "'\(command)' is not available yet in this build of nns — type 'help' for the commands that are"
        case .monitorNoneWithSets:
            return "monitor=none cannot be combined with data sets — give either none or the sets to monitor"
        case .splitNeedsTrainingSet(let set):
            return "split= divides training images into train and validation; it does not apply to as=\(set) "
                + "— leave it out, or load the training file with as=train"
        case .expandNeedsTrainingSet(let set):
            return "expand= adds shifted copies of training images; it does not apply to as=\(set) "
                + "— leave it out, or load the training file with as=train"
        case .data(let error):
            return error.description
        case .network(let error):
            return error.description
        case .training(let error):
            return error.description
        case .diverged(let epoch, let eta):
            return "training diverged in epoch \(epoch): weights became NaN or infinite; the network is back "
                + "to where it was before this sgd — try a smaller eta (it was \(eta))"
        case .modelFile(let error):
            return error.description
        case .voteNeedsModels(let count):
            return "an ensemble needs at least two models to vote, got \(count) — e.g. 'vote net1.json net2.json net3.json'"
        case .modelDoesNotFit(let path, let set, let reason):
            return "\(path) does not fit the \(set) set: \(reason); every model in a vote must fit the data"
        case .unreadableScript(let path, let reason):
            return "cannot read script '\(path)': \(reason)"
        case .interrupted(let command):
            return "interrupted — \(command) stopped before it finished; nothing was changed"
        case .runTooDeep(let chain, let limit):
            let shown = chain.count > 4 ? chain.prefix(2) + ["…"] + chain.suffix(2) : chain[...]
            return "'\(chain.last ?? "")' would be the \(chain.count)th script running at once "
                + "(\(shown.joined(separator: " → "))) — scripts may run scripts at most \(limit) deep"
        case .recursiveRun(let chain):
            return "'\(chain.last ?? "")' is already running (\(chain.joined(separator: " → "))) — a script cannot run itself"
        }
    }
}

extension CommandError: Hashable {
    /// Hashes the message (the wrapped core errors are only `Equatable`); equal errors have equal messages.
    public func hash(into hasher: inout Hasher) { hasher.combine(description) }
}

import ModelFiles
import NeuralNet

/// Everything an nns session knows: the loaded data sets, the current network (or the one being
/// built layer by layer), the training history, the random generator, the variables and the
/// last error.
///
/// A value type: a command runs on a copy and the interpreter keeps the copy only when the
/// command succeeds, so a failing command leaves the session exactly as it was.
public struct Session: Sendable {
    /// The loaded data sets by name; a set that is not loaded is absent.
    public internal(set) var dataSets: [DataSetName: LoadedDataSet] = [:]
    /// The current, usable network; nil before `net` (or while a layer-by-layer build is unfinished).
    public internal(set) var network: Network?
    /// The network being built with `net 784` + `layer …` while it is not usable yet; nil otherwise.
    /// At most one of `network` and `draft` is non-nil.
    public internal(set) var draft: NetworkDraft?
    /// How new layers are initialised: the `init=` given to the last `net`.
    public internal(set) var initializer: WeightInitializer = .gaussian
    /// The model file the current network was opened from (as written), nil when `net` built it:
    /// then its weights were drawn by `initializer`, else nothing is known of how they started.
    public internal(set) var networkFile: String?
    /// The hyper-parameters of the last `sgd`, for `info` and model files.
    public internal(set) var lastTraining: TrainingConfiguration?
    /// The current network's own history: one record per `sgd` run on it, oldest first — what
    /// `save` writes and `open` restores. A new network (`net`, `open`) starts a new one. These
    /// are the runs of `trainingRuns` listed under `networkNumber`.
    public var history: [TrainingRecord] {
        guard let networkNumber else { return [] }
        return trainingRuns.filter { $0.network == networkNumber }.map(\.record)
    }
    /// Every `sgd` run of the session on every network, oldest first, each tagged with the
    /// network it trained (the runs of an opened file's history included): what `history` and
    /// `plot` show.
    public internal(set) var trainingRuns: [TrainingRun] = []
    /// The number under which the current network's runs are listed in `trainingRuns`; nil
    /// while it has none (the next network number is then given by its first run).
    public internal(set) var networkNumber: Int?
    /// The seed the generator was last set from (`seed N`, `--seed N`, default 0).
    public internal(set) var seed: UInt64
    /// The one source of randomness: initialisation and shuffling draw from it in order.
    public internal(set) var generator: SeededGenerator
    /// Variables defined with `let` and by running `for` loops.
    public internal(set) var variables = Variables()
    /// The most recent failure, as reported.
    public internal(set) var lastError: Diagnostic?
    /// Threads for training and evaluation set with `threads N` or `--threads N`; nil chooses
    /// per network (`ThreadChoice`).
    public internal(set) var threads: Int?

    /// An empty session whose generator starts from `seed`, using `threads` (nil: per network).
    public init(seed: UInt64, threads: Int? = nil) {
        self.seed = seed
        self.generator = SeededGenerator(seed: seed)
        self.threads = threads
    }

    /// The data set called `name`, if loaded.
    public func dataSet(_ name: DataSetName) -> LoadedDataSet? { dataSets[name] }

    /// The loaded ones of `names` (all by default), in the order of `names`.
    func loaded(_ names: [DataSetName] = DataSetName.allCases) -> [(name: DataSetName, set: LoadedDataSet)] {
        names.compactMap { name in dataSets[name].map { (name, $0) } }
    }

    /// Forgets the current network's history and last hyper-parameters, for a network that
    /// replaces it: its runs will be listed under a new number. `trainingRuns` is kept.
    mutating func startNetworkHistory() {
        lastTraining = nil
        networkNumber = nil
    }

    /// Adds `record`, a run that trained `network`, to the session's runs under the current
    /// network's number (or the next one, for its first run), and so to the network's history.
    mutating func appendRun(_ record: TrainingRecord, training network: Network) {
        let number = networkNumber ?? (trainingRuns.last?.network ?? 0) + 1
        networkNumber = number
        trainingRuns.append(TrainingRun(network: number, shape: NetworkShape(network), record: record))
    }

    /// Restarts the generator from `seed`.
    mutating func reseed(_ seed: UInt64) {
        self.seed = seed
        generator = SeededGenerator(seed: seed)
    }
}

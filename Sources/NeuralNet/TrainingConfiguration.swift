/// The hyper-parameters of mini-batch stochastic gradient descent, in the book's notation.
public struct TrainingConfiguration: Sendable, Equatable {
    /// Passes over the training data (≥ 1).
    public var epochs: Int
    /// η, the learning rate (positive, finite); the schedule may lower it during the run.
    public var learningRate: Float
    /// m, samples per mini-batch (≥ 1; the last mini-batch of an epoch may be smaller).
    public var miniBatchSize: Int
    /// λ, the L2 regularisation parameter (≥ 0): each update first decays w by (1 − ηλ/n),
    /// n = number of training samples. Biases are not decayed.
    public var lambda: Float
    /// Stop when the first monitored set's accuracy has not improved on its best for this many
    /// consecutive epochs (network2.py's early stopping); nil trains all `epochs`.
    public var stopAfterEpochsWithoutImprovement: Int?
    /// μ, chapter 3's momentum coefficient in [0, 1): v → μv − η∇C, w → w + v. 0 is plain SGD.
    public var momentum: Float
    /// How η changes during the run; nil keeps it constant.
    public var learningRateSchedule: LearningRateSchedule?
    /// Threads that share each mini-batch (≥ 1); the results are identical for the same count.
    public var threads: Int
    /// When set, the speed of learning ‖∂C/∂b^l‖ of every layer is measured on the first this
    /// many training samples before the first epoch and after every epoch (chapter 5).
    public var learningSpeedSamples: Int?
    /// When true, a run that ends normally (all epochs, early stopping, the schedule) leaves the
    /// network as it was after its epoch with the best accuracy on the first monitored set — the
    /// epoch the book reports (Keras's `restore_best_weights`).
    public var keepsBestEpoch: Bool

    /// A configuration; call `validate()` (training does) to check the values.
    public init(
        epochs: Int, learningRate: Float, miniBatchSize: Int, lambda: Float = 0,
        stopAfterEpochsWithoutImprovement: Int? = nil, momentum: Float = 0,
        learningRateSchedule: LearningRateSchedule? = nil, threads: Int = 1, learningSpeedSamples: Int? = nil,
        keepsBestEpoch: Bool = false
    ) {
        self.epochs = epochs
        self.learningRate = learningRate
        self.miniBatchSize = miniBatchSize
        self.lambda = lambda
        self.stopAfterEpochsWithoutImprovement = stopAfterEpochsWithoutImprovement
        self.momentum = momentum
        self.learningRateSchedule = learningRateSchedule
        self.threads = threads
        self.learningSpeedSamples = learningSpeedSamples
        self.keepsBestEpoch = keepsBestEpoch
    }

    /// The most threads a run may use.
    public static let maximumThreads = 64

    /// Throws the first out-of-range value: epochs ≥ 1, η > 0 finite, m ≥ 1, λ ≥ 0 finite,
    /// patience ≥ 1 when set, 0 ≤ μ < 1, a valid schedule, 1 ≤ threads ≤ 64, speed samples ≥ 1.
    public func validate() throws(TrainingError) {
        guard epochs >= 1 else { throw .invalidEpochs(epochs) }
        guard learningRate > 0, learningRate.isFinite else { throw .invalidLearningRate(learningRate) }
        guard miniBatchSize >= 1 else { throw .invalidMiniBatchSize(miniBatchSize) }
        guard lambda >= 0, lambda.isFinite else { throw .invalidLambda(lambda) }
        if let patience = stopAfterEpochsWithoutImprovement, patience < 1 { throw .invalidPatience(patience) }
        guard momentum >= 0, momentum < 1 else { throw .invalidMomentum(momentum) }
        if let schedule = learningRateSchedule { try schedule.validate() }
        guard threads >= 1, threads <= Self.maximumThreads else { throw .invalidThreadCount(threads) }
        if let samples = learningSpeedSamples, samples < 1 { throw .invalidLearningSpeedSamples(samples) }
    }
}

/// Chapter 3's learning-rate schedule: hold η while the first monitored set's (validation)
/// accuracy improves; each time it has not beaten its best for `patience` epochs, halve η
/// (and count again); stop training once η would fall to η₀/`stopFactor` (128 by default).
public struct LearningRateSchedule: Sendable, Equatable {
    /// Epochs without a better accuracy before η is halved (≥ 1).
    public var patience: Int
    /// Training stops when η reaches η₀ divided by this (≥ 2, a power of two in the book's spirit).
    public var stopFactor: Float

    /// Halve η after `patience` epochs without improvement; stop at η₀/`stopFactor`.
    public init(patience: Int, stopFactor: Float = 128) {
        self.patience = patience
        self.stopFactor = stopFactor
    }

    func validate() throws(TrainingError) {
        guard patience >= 1 else { throw .invalidPatience(patience) }
        guard stopFactor >= 2, stopFactor.isFinite else { throw .invalidScheduleStopFactor(stopFactor) }
    }
}

import NeuralNet

/// One `sgd` run as it is remembered: its hyper-parameters, what it trained on, and every
/// finished epoch's measurements. The session's history is a list of these; model files keep
/// the history of the network they hold.
public struct TrainingRecord: Codable, Sendable, Equatable {
    /// One monitored set's result at the end of an epoch.
    public struct SetResult: Codable, Sendable, Equatable {
        /// The set's name as the user knows it: "train", "validation", "test".
        public var name: String
        /// Correctly classified samples (argmax of the output = label).
        public var correct: Int
        /// Samples evaluated.
        public var total: Int
        /// Total cost over the set (including the L2 term when λ > 0).
        public var cost: Double
        /// correct / total, in [0, 1].
        public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }

        /// A result with the given values.
        public init(name: String, correct: Int, total: Int, cost: Double) {
            self.name = name
            self.correct = correct
            self.total = total
            self.cost = cost
        }
    }

    /// One finished epoch.
    public struct Epoch: Codable, Sendable, Equatable {
        /// 0-based, as the book prints it.
        public var epoch: Int
        /// Wall-clock seconds of the training pass (without evaluation).
        public var seconds: Double
        /// The monitored sets' results, in the order they were monitored.
        public var results: [SetResult]
        /// η during the epoch, when it is known (the schedule may lower it; nil in older files:
        /// the run's `learningRate`).
        public var learningRate: Float?
        /// ‖∂C/∂b^l‖ after the epoch for each of the run's `speedLayers`, when measured.
        public var learningSpeeds: [Double]?

        /// An epoch with the given values.
        public init(epoch: Int, seconds: Double, results: [SetResult], learningRate: Float? = nil,
                    learningSpeeds: [Double]? = nil) {
            self.epoch = epoch
            self.seconds = seconds
            self.results = results
            self.learningRate = learningRate
            self.learningSpeeds = learningSpeeds
        }

        /// The record of a core `EpochReport`.
        public init(_ report: EpochReport) {
            self.init(epoch: report.epoch, seconds: report.seconds, results: report.results.map {
                SetResult(name: $0.name, correct: $0.evaluation.correct, total: $0.evaluation.total,
                          cost: $0.evaluation.cost)
            }, learningRate: report.learningRate, learningSpeeds: report.learningSpeeds?.values)
        }
    }

    /// Epochs asked for.
    public var epochs: Int
    /// η, the learning rate.
    public var learningRate: Float
    /// m, the mini-batch size.
    public var miniBatchSize: Int
    /// λ, the L2 regularisation parameter (0 for none).
    public var lambda: Float
    /// Early-stopping patience in epochs, if any.
    public var stopAfter: Int?
    /// Name of the training set ("train") and how many samples it had.
    public var trainingSet: String
    /// n, the number of training samples.
    public var trainingCount: Int
    /// The finished epochs, in order.
    public var epochRecords: [Epoch]
    /// How the run ended: "completed", "stopped early", "schedule finished", "cancelled" or "diverged".
    public var ending: String
    /// μ, the momentum coefficient (0: plain SGD).
    public var momentum: Float
    /// The learning-rate schedule's patience (η halved after this many epochs without a better
    /// accuracy), nil for a constant η.
    public var schedulePatience: Int?
    /// Threads that shared each mini-batch.
    public var threads: Int
    /// The layers (1-based) whose speed of learning was measured, nil when it was not.
    public var speedLayers: [Int]?
    /// ‖∂C/∂b^l‖ of `speedLayers` before the first epoch, when measured.
    public var initialSpeeds: [Double]?

    /// A record with the given values.
    public init(epochs: Int, learningRate: Float, miniBatchSize: Int, lambda: Float, stopAfter: Int?,
                trainingSet: String, trainingCount: Int, epochRecords: [Epoch], ending: String,
                momentum: Float = 0, schedulePatience: Int? = nil, threads: Int = 1,
                speedLayers: [Int]? = nil, initialSpeeds: [Double]? = nil) {
        self.epochs = epochs
        self.learningRate = learningRate
        self.miniBatchSize = miniBatchSize
        self.lambda = lambda
        self.stopAfter = stopAfter
        self.trainingSet = trainingSet
        self.trainingCount = trainingCount
        self.epochRecords = epochRecords
        self.ending = ending
        self.momentum = momentum
        self.schedulePatience = schedulePatience
        self.threads = threads
        self.speedLayers = speedLayers
        self.initialSpeeds = initialSpeeds
    }

    /// The record of a run with `configuration` on `trainingSet` (n = `trainingCount`) that
    /// ended with `outcome`.
    public init(configuration: TrainingConfiguration, trainingSet: String, trainingCount: Int,
                outcome: TrainingOutcome) {
        let ending = outcome.cancelled ? "cancelled"
            : outcome.diverged ? "diverged" : outcome.stoppedEarly ? "stopped early"
            : outcome.scheduleFinished ? "schedule finished" : "completed"
        let speeds = outcome.initialLearningSpeeds ?? outcome.reports.first?.learningSpeeds
        self.init(epochs: configuration.epochs, learningRate: configuration.learningRate,
                  miniBatchSize: configuration.miniBatchSize, lambda: configuration.lambda,
                  stopAfter: configuration.stopAfterEpochsWithoutImprovement, trainingSet: trainingSet,
                  trainingCount: trainingCount, epochRecords: outcome.reports.map(Epoch.init), ending: ending,
                  momentum: configuration.momentum, schedulePatience: configuration.learningRateSchedule?.patience,
                  threads: configuration.threads, speedLayers: speeds?.layers,
                  initialSpeeds: outcome.initialLearningSpeeds?.values)
    }
}

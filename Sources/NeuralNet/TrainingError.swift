/// Why training cannot start: a bad hyper-parameter, an invalid network, or data that does not
/// fit the network. Messages name the value and the fix; data sets are named as the caller
/// named them (`MonitoredSet.name`, "training" for the training data).
public enum TrainingError: Error, CustomStringConvertible, Equatable {
    /// epochs < 1.
    case invalidEpochs(Int)
    /// η not a positive finite number.
    case invalidLearningRate(Float)
    /// m < 1.
    case invalidMiniBatchSize(Int)
    /// λ negative or not finite.
    case invalidLambda(Float)
    /// Early-stopping patience < 1.
    case invalidPatience(Int)
    /// Early stopping requested with nothing monitored.
    case earlyStoppingWithoutMonitoring
    /// Momentum outside [0, 1).
    case invalidMomentum(Float)
    /// A learning-rate schedule's stop factor below 2 or not finite.
    case invalidScheduleStopFactor(Float)
    /// A learning-rate schedule with nothing monitored to watch.
    case scheduleWithoutMonitoring
    /// Keeping the best epoch with nothing monitored to say which is best.
    case bestEpochWithoutMonitoring
    /// A thread count outside 1 … `TrainingConfiguration.maximumThreads`.
    case invalidThreadCount(Int)
    /// Learning speed measured on fewer than one sample.
    case invalidLearningSpeedSamples(Int)
    /// The network breaks one of its invariants.
    case invalidNetwork(NetworkError)
    /// The training data has no samples.
    case emptyTrainingData
    /// A monitored set has no samples.
    case emptyMonitoredSet(name: String)
    /// Samples of `set` have `inputSize` values but the input layer has `networkInputs` neurons.
    case inputSizeMismatch(set: String, inputSize: Int, networkInputs: Int)
    /// `set` has `classCount` classes but the output layer has `networkOutputs` neurons.
    case classCountMismatch(set: String, classCount: Int, networkOutputs: Int)
    /// Sample `index` of `set` has a label outside `0 ..< classCount`.
    case labelOutOfRange(set: String, index: Int, label: Int, classCount: Int)

    /// A one-sentence explanation naming the bad value and the fix.
    public var description: String {
        switch self {
        case .invalidEpochs(let epochs):
            return "epochs must be at least 1 (got \(epochs))"
        case .invalidLearningRate(let eta):
            return "learning rate η must be a positive finite number (got \(eta))"
        case .invalidMiniBatchSize(let size):
            return "mini-batch size m must be at least 1 (got \(size))"
        case .invalidLambda(let lambda):
            return "L2 regularisation λ must be zero or a positive finite number (got \(lambda))"
        case .invalidPatience(let epochs):
            return "early stopping needs at least 1 epoch without improvement before it stops (got \(epochs))"
        case .earlyStoppingWithoutMonitoring:
            return "early stopping watches the accuracy of the first monitored set, but no set is monitored; "
                + "monitor a validation set or turn early stopping off"
        case .invalidMomentum(let mu):
            return "momentum μ must be at least 0 and below 1 (got \(mu)); 0.9 is a common choice"
        case .invalidScheduleStopFactor(let factor):
            return "the learning-rate schedule must stop at η₀ divided by at least 2 (got \(factor))"
        case .scheduleWithoutMonitoring:
            return "the learning-rate schedule watches the accuracy of the first monitored set, but no set is monitored; "
                + "monitor a validation set or keep η constant"
        case .bestEpochWithoutMonitoring:
            return "keeping the best epoch needs a monitored set to judge by (its first, usually validation); "
                + "monitor one, or keep the last epoch"
        case .invalidThreadCount(let threads):
            return "the thread count must be between 1 and \(TrainingConfiguration.maximumThreads) (got \(threads))"
        case .invalidLearningSpeedSamples(let samples):
            return "the speed of learning is measured on at least 1 training sample (got \(samples))"
        case .invalidNetwork(let error):
            return "the network cannot be trained: \(error)"
        case .emptyTrainingData:
            return "the training data is empty; train on at least one example"
        case .emptyMonitoredSet(let name):
            return "monitored set '\(name)' is empty; monitor a set with at least one example"
        case .inputSizeMismatch(let set, let inputSize, let networkInputs):
            return "'\(set)' has \(inputSize) inputs per example but the network's input layer has \(networkInputs) neurons; "
                + "build a network whose first size is \(inputSize)"
        case .classCountMismatch(let set, let classCount, let networkOutputs):
            return "'\(set)' has \(classCount) classes but the network's output layer has \(networkOutputs) neurons; "
                + "build a network whose last size is \(classCount)"
        case .labelOutOfRange(let set, let index, let label, let classCount):
            return "example \(index) of '\(set)' has label \(label), outside 0...\(classCount - 1); check that the labels match the data"
        }
    }
}

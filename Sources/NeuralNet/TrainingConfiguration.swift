/// The hyper-parameters of mini-batch stochastic gradient descent, in the book's notation.
public struct TrainingConfiguration: Sendable, Equatable {
    /// Passes over the training data (≥ 1).
    public var epochs: Int
    /// η, the learning rate (positive, finite).
    public var learningRate: Float
    /// m, samples per mini-batch (≥ 1; the last mini-batch of an epoch may be smaller).
    public var miniBatchSize: Int
    /// λ, the L2 regularisation parameter (≥ 0): each update first decays w by (1 − ηλ/n),
    /// n = number of training samples. Biases are not decayed.
    public var lambda: Float
    /// Stop when the first monitored set's accuracy has not improved on its best for this many
    /// consecutive epochs (network2.py's early stopping); nil trains all `epochs`.
    public var stopAfterEpochsWithoutImprovement: Int?

    /// A configuration; call `validate()` (training does) to check the values.
    public init(
        epochs: Int, learningRate: Float, miniBatchSize: Int, lambda: Float = 0,
        stopAfterEpochsWithoutImprovement: Int? = nil
    ) {
        self.epochs = epochs
        self.learningRate = learningRate
        self.miniBatchSize = miniBatchSize
        self.lambda = lambda
        self.stopAfterEpochsWithoutImprovement = stopAfterEpochsWithoutImprovement
    }

    /// Throws the first out-of-range value: epochs ≥ 1, η > 0 finite, m ≥ 1, λ ≥ 0 finite,
    /// patience ≥ 1 when set.
    public func validate() throws(TrainingError) {
        guard epochs >= 1 else { throw .invalidEpochs(epochs) }
        guard learningRate > 0, learningRate.isFinite else { throw .invalidLearningRate(learningRate) }
        guard miniBatchSize >= 1 else { throw .invalidMiniBatchSize(miniBatchSize) }
        guard lambda >= 0, lambda.isFinite else { throw .invalidLambda(lambda) }
        if let patience = stopAfterEpochsWithoutImprovement, patience < 1 { throw .invalidPatience(patience) }
    }
}

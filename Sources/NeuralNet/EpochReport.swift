/// What happened in one finished epoch.
public struct EpochReport: Sendable {
    /// 0-based epoch number, as the book prints it ("Epoch 0: …").
    public let epoch: Int
    /// Wall-clock seconds of the epoch's training pass (shuffle + all mini-batches), without evaluation.
    public let seconds: Double
    /// Wall-clock seconds spent evaluating the monitored sets after the pass.
    public let evaluationSeconds: Double
    /// Each monitored set's evaluation (with the training λ in its cost), in the order given.
    public let results: [(name: String, evaluation: Evaluation)]
    /// η during the epoch (the schedule may lower it from epoch to epoch).
    public let learningRate: Float
    /// The speed of learning after the epoch, when the run measures it.
    public let learningSpeeds: LearningSpeeds?

    /// A report with the given values.
    public init(epoch: Int, seconds: Double, evaluationSeconds: Double = 0,
                results: [(name: String, evaluation: Evaluation)], learningRate: Float = 0,
                learningSpeeds: LearningSpeeds? = nil) {
        self.epoch = epoch
        self.seconds = seconds
        self.evaluationSeconds = evaluationSeconds
        self.results = results
        self.learningRate = learningRate
        self.learningSpeeds = learningSpeeds
    }
}

/// Where in training something happened: `miniBatchesCompleted` mini-batches of epoch `epoch`
/// (0-based) had been applied.
public struct TrainingPosition: Sendable, Equatable {
    /// The 0-based epoch in progress.
    public let epoch: Int
    /// Mini-batches of that epoch already applied to the network.
    public let miniBatchesCompleted: Int

    /// A position in training.
    public init(epoch: Int, miniBatchesCompleted: Int) {
        self.epoch = epoch
        self.miniBatchesCompleted = miniBatchesCompleted
    }
}

/// How a training run ended. The network passed to `train` holds the parameters as trained so far.
public struct TrainingOutcome: Sendable {
    /// One report per completed epoch, in order.
    public let reports: [EpochReport]
    /// Epochs fully completed (= `reports.count`).
    public let epochsCompleted: Int
    /// True when early stopping ended the run before `epochs`.
    public let stoppedEarly: Bool
    /// True when `isCancelled` returned true; see `stoppedAt`.
    public let cancelled: Bool
    /// True when an epoch left a weight or bias NaN or infinite (η too large?); training stopped there.
    public let diverged: Bool
    /// For a cancelled run, the epoch and mini-batch where it stopped (nil otherwise).
    public let stoppedAt: TrainingPosition?
    /// True when the learning-rate schedule ended the run (η would have fallen to η₀/stopFactor).
    public let scheduleFinished: Bool
    /// The speed of learning before the first epoch, when the run measures it.
    public let initialLearningSpeeds: LearningSpeeds?
    /// The epoch whose parameters the network was given back (`keepsBestEpoch`), nil otherwise.
    public let keptEpoch: Int?

    /// An outcome with the given values.
    public init(reports: [EpochReport], stoppedEarly: Bool = false, diverged: Bool = false,
                stoppedAt: TrainingPosition? = nil, scheduleFinished: Bool = false,
                initialLearningSpeeds: LearningSpeeds? = nil, keptEpoch: Int? = nil) {
        self.reports = reports
        self.epochsCompleted = reports.count
        self.stoppedEarly = stoppedEarly
        self.cancelled = stoppedAt != nil
        self.diverged = diverged
        self.stoppedAt = stoppedAt
        self.scheduleFinished = scheduleFinished
        self.initialLearningSpeeds = initialLearningSpeeds
        self.keptEpoch = keptEpoch
    }
}

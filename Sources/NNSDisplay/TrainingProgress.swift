/// Where a training run stands, as shown by the live `ProgressBar` during `sgd` on a terminal.
/// Plain values filled in by the caller from the trainer's events.
public struct TrainingProgress: Sendable, Equatable {
    /// The epoch in progress, counted from 1 (the bar shows "epoch 3/30").
    public var epoch: Int
    /// Number of epochs in the run.
    public var epochCount: Int
    /// How much of the current epoch is done, 0…1 (clamped).
    public var fraction: Double
    /// Training speed in images (examples) per second, if measured yet.
    public var imagesPerSecond: Double?
    /// Estimated seconds until the whole run ends, if known.
    public var secondsRemaining: Double?
    /// Accuracy on the monitored set after the last finished epoch, in percent (0…100), if any.
    public var lastAccuracy: Double?

    /// Progress from its parts; see the properties for units.
    public init(
        epoch: Int, epochCount: Int, fraction: Double, imagesPerSecond: Double? = nil,
        secondsRemaining: Double? = nil, lastAccuracy: Double? = nil
    ) {
        self.epoch = epoch
        self.epochCount = epochCount
        self.fraction = fraction
        self.imagesPerSecond = imagesPerSecond
        self.secondsRemaining = secondsRemaining
        self.lastAccuracy = lastAccuracy
    }
}

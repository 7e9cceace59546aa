/// Progress reported by `MiniBatchSGD.train` through its `onEvent` closure (on the training thread).
public enum TrainingEvent: Sendable {
    /// Mini-batch `batch` (0-based) of `batchesPerEpoch` in epoch `epoch` (0-based) has been applied.
    case miniBatchFinished(epoch: Int, batch: Int, batchesPerEpoch: Int)
    /// An epoch finished and its monitored sets were evaluated.
    case epochFinished(EpochReport)
    /// The schedule halved η after epoch `epoch` (0-based): training goes on with `learningRate`.
    case learningRateChanged(epoch: Int, learningRate: Float)
    /// The speed of learning measured before the first epoch.
    case initialLearningSpeeds(LearningSpeeds)
}

/// Progress reported by `MiniBatchSGD.train` through its `onEvent` closure (on the training thread).
public enum TrainingEvent: Sendable {
    /// Mini-batch `batch` (0-based) of `batchesPerEpoch` in epoch `epoch` (0-based) has been applied.
    case miniBatchFinished(epoch: Int, batch: Int, batchesPerEpoch: Int)
    /// An epoch finished and its monitored sets were evaluated.
    case epochFinished(EpochReport)
}

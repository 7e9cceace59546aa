import ModelFiles
import NNSDisplay

/// Short descriptions of a training history (one `TrainingRecord` per `sgd` run, oldest first)
/// for the messages of `save`, `open` and `info`.
extension Array where Element == TrainingRecord {
    /// `1 sgd run (3 epochs)`, `2 sgd runs (5 epochs)`; `no training yet` when empty.
    var runsAndEpochs: String {
        guard !isEmpty else { return "no training yet" }
        return "\(counted(count, "sgd run")) (\(counted(epochCount, "epoch")))"
    }

    /// The number of finished epochs of all runs.
    var epochCount: Int { reduce(0) { $0 + $1.epochRecords.count } }

    /// The first monitored set's result after the last finished epoch of the last run:
    /// `validation 78 / 200 (39.00%)`; nil when nothing was monitored or no epoch finished.
    var lastResult: String? {
        guard let result = last?.epochRecords.last?.results.first else { return nil }
        return "\(result.name) \(result.correct) / \(result.total) (\(NumberText.fixed(result.accuracy * 100, 2))%)"
    }
}

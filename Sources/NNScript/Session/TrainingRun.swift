import ModelFiles

/// One `sgd` run of the session as the `history` and `plot` views see it: its record
/// (hyper-parameters and per-epoch results of the monitored sets) and which network it trained.
///
/// Runs on the same network continue each other (its curves go on where the last run stopped);
/// a new network (`net`, `open`) gets the next number and starts new curves.
public struct TrainingRun: Sendable, Equatable {
    /// Which network of the session was trained: 1 for the first network that was trained (or
    /// opened with a history), 2 for the next, …
    public let network: Int
    /// That network's layers, activations and cost when the run started.
    public let shape: NetworkShape
    /// What the run did and measured.
    public let record: TrainingRecord

    /// A run of network number `network` (≥ 1) of shape `shape`.
    public init(network: Int, shape: NetworkShape, record: TrainingRecord) {
        self.network = network
        self.shape = shape
        self.record = record
    }

    /// The run as the command that would repeat it: "sgd epochs=30 eta=3 m=10 lambda=0".
    var command: String {
        let record = record
        var text = "sgd epochs=\(record.epochs) eta=\(Self.number(record.learningRate)) m=\(record.miniBatchSize)"
        text += " lambda=\(Self.number(record.lambda))"
        if let patience = record.stopAfter { text += " stop-after=\(patience)" }
        return text
    }

    /// Names of the monitored sets in the order first seen in the run's epochs.
    var monitoredSets: [String] {
        var names: [String] = []
        for epoch in record.epochRecords {
            for result in epoch.results where !names.contains(result.name) { names.append(result.name) }
        }
        return names
    }

    /// η, λ as typed: the shortest text that reads back as the same `Float` (3 → "3", 0.1 → "0.1").
    static func number(_ value: Float) -> String {
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}

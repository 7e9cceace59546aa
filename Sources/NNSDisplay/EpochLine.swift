/// The plain per-epoch line printed during training when output is not a terminal, in the
/// style of the book's network.py: `Epoch 0: 9129 / 10000`, plus the epoch's time.
public enum EpochLine {
    /// One monitored set's result after an epoch: `correct` of `total` examples classified
    /// right, and optionally the mean cost C over the set.
    public struct Score: Sendable, Equatable {
        /// Name of the set ("validation", "test", "train").
        public var name: String
        /// Correctly classified examples.
        public var correct: Int
        /// Examples evaluated.
        public var total: Int
        /// Mean cost over the set, if computed.
        public var cost: Double?

        /// A score from its parts.
        public init(name: String, correct: Int, total: Int, cost: Double? = nil) {
            self.name = name
            self.correct = correct
            self.total = total
            self.cost = cost
        }
    }

    /// The line for epoch `epoch` (counted from 0, as the book prints it):
    /// - no scores: "Epoch 0 complete" (the book's text when there is no test data);
    /// - one score: "Epoch 0: 9129 / 10000" — the book's format, without the set's name;
    /// - several: "Epoch 0: validation 9129 / 10000, test 9101 / 10000";
    /// a cost adds ", cost 0.1234" after its score, and `seconds` adds " (2.413 s)", to the millisecond.
    public static func text(epoch: Int, scores: [Score], seconds: Double? = nil) -> String {
        let parts = scores.map { score in
            let name = scores.count > 1 ? "\(score.name) " : ""
            let cost = score.cost.map { ", cost \(NumberText.fixed($0, 4))" } ?? ""
            return "\(name)\(score.correct) / \(score.total)\(cost)"
        }
        let body = parts.isEmpty ? "Epoch \(epoch) complete" : "Epoch \(epoch): " + parts.joined(separator: ", ")
        return body + (seconds.map { " (\(NumberText.fixed($0, 3)) s)" } ?? "")
    }
}

/// How a network does on a data set: argmax accuracy and mean cost.
public struct Evaluation: Sendable, Equatable {
    /// Samples whose largest output (first one on ties) is at the label.
    public let correct: Int
    /// Samples evaluated, n.
    public let total: Int
    /// (1/n) Σ_x C_x + λ/(2n) Σ_w w² (network2.py's `total_cost`); 0 for an empty set.
    public let cost: Double

    /// An evaluation with the given counts and cost.
    public init(correct: Int, total: Int, cost: Double) {
        self.correct = correct
        self.total = total
        self.cost = cost
    }

    /// correct / total in [0, 1] (0 for an empty set).
    public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
}

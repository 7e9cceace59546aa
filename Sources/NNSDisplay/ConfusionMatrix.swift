/// Counts of (true class, predicted class) pairs over a labelled set, with the per-class
/// precision and recall derived from them. Pure bookkeeping: built from counts or from two
/// label lists, it knows nothing of networks.
///
/// `counts[t][p]` is the number of examples of true class t predicted as p: rows are true
/// classes, columns predictions, the diagonal the correct ones.
public struct ConfusionMatrix: Sendable, Equatable {
    /// A class pair with its count: `count` examples of `trueClass` predicted as `predictedClass`.
    public struct Pair: Sendable, Equatable {
        /// Index of the true class.
        public let trueClass: Int
        /// Index of the predicted class.
        public let predictedClass: Int
        /// How many examples were confused this way.
        public let count: Int
    }

    /// The k×k counts, rows = true class, columns = predicted class.
    public let counts: [[Int]]

    /// A matrix from k×k counts (k ≥ 1); throws `.notSquare` or `.negativeCount` otherwise.
    public init(counts: [[Int]]) throws(DisplayError) {
        guard !counts.isEmpty else { throw .empty(what: "the confusion matrix") }
        for (row, entries) in counts.enumerated() {
            guard entries.count == counts.count else {
                throw .notSquare(rows: counts.count, badRow: row, columns: entries.count)
            }
            if let column = entries.firstIndex(where: { $0 < 0 }) {
                throw .negativeCount(row: row, column: column, value: entries[column])
            }
        }
        self.counts = counts
    }

    /// The matrix of `classCount` classes counting each (trueLabels[i], predictions[i]) pair;
    /// throws `.lengthMismatch` when the lists differ in length. Labels outside
    /// 0 ..< classCount are ignored.
    public init(trueLabels: [Int], predictions: [Int], classCount: Int) throws(DisplayError) {
        guard classCount > 0 else { throw .nonPositiveSize(what: "the number of classes", value: classCount) }
        guard trueLabels.count == predictions.count else {
            throw .lengthMismatch(what: "predictions for \(trueLabels.count) labels", expected: trueLabels.count, actual: predictions.count)
        }
        var counts = Array(repeating: Array(repeating: 0, count: classCount), count: classCount)
        for (truth, prediction) in zip(trueLabels, predictions)
        where (0..<classCount).contains(truth) && (0..<classCount).contains(prediction) {
            counts[truth][prediction] += 1
        }
        self.counts = counts
    }

    /// Number of classes k.
    public var classCount: Int { counts.count }
    /// Number of examples counted.
    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }
    /// Number of correctly classified examples (the diagonal).
    public var correct: Int { counts.indices.reduce(0) { $0 + counts[$1][$1] } }
    /// correct / total (NaN for no examples).
    public var accuracy: Double { total == 0 ? .nan : Double(correct) / Double(total) }

    /// Of the examples predicted as class `c`, the fraction that are c (NaN when none were).
    public func precision(_ c: Int) -> Double {
        let predicted = counts.reduce(0) { $0 + $1[c] }
        return predicted == 0 ? .nan : Double(counts[c][c]) / Double(predicted)
    }

    /// Of the examples of class `c`, the fraction predicted as c (NaN when there are none).
    public func recall(_ c: Int) -> Double {
        let actual = counts[c].reduce(0, +)
        return actual == 0 ? .nan : Double(counts[c][c]) / Double(actual)
    }

    /// The off-diagonal pairs with the highest counts, most frequent first (ties by true, then
    /// predicted class), at most `limit`, zero counts left out.
    public func mostConfusedPairs(limit: Int) -> [Pair] {
        let pairs = counts.indices.flatMap { t in
            counts.indices.compactMap { p in t != p && counts[t][p] > 0 ? Pair(trueClass: t, predictedClass: p, count: counts[t][p]) : nil }
        }
        return Array(pairs.sorted {
            ($0.count, -$0.trueClass, -$0.predictedClass) > ($1.count, -$1.trueClass, -$1.predictedClass)
        }.prefix(max(0, limit)))
    }
}

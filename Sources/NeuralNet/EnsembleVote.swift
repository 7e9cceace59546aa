/// Chapter 6's ensemble of networks: every network (a "member") classifies each sample — the
/// argmax of its output a^L — and the class most members predict wins, a plurality vote. When
/// several classes share the most votes, the one among them with the largest sum over the
/// members of their outputs a^L_j wins (and on an exact tie of those sums, the lowest class).
/// The book's five conv nets at 99.6% each vote to 99.67%.
///
/// Members are added one at a time (`add`), so a caller can stop between them and only one
/// network need be in memory at once. Memory: for n samples of K classes, n·K vote counts and
/// output sums, and n predicted classes per member.
public struct EnsembleVote: Sendable {
    /// The samples voted on.
    public let examples: LabeledExamples
    /// Each member's predicted class for every sample, in the order members were added.
    public private(set) var memberPredictions: [[Int]] = []
    /// Votes per sample and class: `votes[sample · classCount + class]`.
    private var votes: [Int32]
    /// Σ over the members of a^L, per sample and class, in Double.
    private var outputSums: [Double]

    /// An empty ensemble for `examples` (its `classCount` classes).
    public init(examples: LabeledExamples) {
        self.examples = examples
        let cells = examples.count * examples.classCount
        votes = [Int32](repeating: 0, count: cells)
        outputSums = [Double](repeating: 0, count: cells)
    }

    /// Adds `network`'s votes: its outputs for every sample (`threads` share the work).
    /// - Precondition: `network` fits `examples` (see `Network.checkCompatibility(with:name:)`):
    ///   `inputCount == examples.inputSize` and `outputCount == examples.classCount`.
    public mutating func add(_ network: Network, threads: Int = 1) {
        precondition(network.outputCount == examples.classCount, "a member must have one output per class")
        let outputs = network.outputs(examples, threads: threads)
        let classes = examples.classCount
        var predictions = [Int](repeating: 0, count: examples.count)
        outputs.elements.withUnsafeBufferPointer { a in
            guard let base = a.baseAddress else { return }
            for sample in 0..<examples.count {
                let row = base + sample * classes
                let predicted = Network.indexOfLargest(row, count: classes)
                predictions[sample] = predicted
                votes[sample * classes + predicted] += 1
                for j in 0..<classes { outputSums[sample * classes + j] += Double(row[j]) }
            }
        }
        memberPredictions.append(predictions)
    }

    /// The members added so far.
    public var memberCount: Int { memberPredictions.count }

    /// Samples each member classifies correctly, in the order members were added.
    public var memberCorrect: [Int] {
        memberPredictions.map { predictions in
            predictions.indices.reduce(0) { $0 + (predictions[$1] == examples.label(at: $1) ? 1 : 0) }
        }
    }

    /// The outcome of the vote over the members added so far.
    public var tally: Tally {
        let classes = examples.classCount
        var result = Tally(predictions: [], correct: 0, total: examples.count, tiesBroken: 0, disagreements: 0,
                           correctOnDisagreements: 0)
        result.predictions.reserveCapacity(examples.count)
        for sample in 0..<examples.count {
            let base = sample * classes
            let most = (0..<classes).reduce(Int32(0)) { max($0, votes[base + $1]) }
            var winner = -1, tied = 0
            for j in 0..<classes where votes[base + j] == most {
                tied += 1
                if winner < 0 || outputSums[base + j] > outputSums[base + winner] { winner = j }
            }
            winner = max(winner, 0)
            if tied > 1, memberCount > 0 { result.tiesBroken += 1 }
            let isCorrect = winner == examples.label(at: sample)
            result.predictions.append(winner)
            if isCorrect { result.correct += 1 }
            if memberPredictions.contains(where: { $0[sample] != memberPredictions[0][sample] }) {
                result.disagreements += 1
                if isCorrect { result.correctOnDisagreements += 1 }
            }
        }
        return result
    }

    /// What the ensemble decided.
    public struct Tally: Sendable, Equatable {
        /// The winning class of every sample.
        public var predictions: [Int]
        /// Samples whose winning class is the label.
        public var correct: Int
        /// Samples voted on.
        public var total: Int
        /// Samples where several classes had the most votes and the summed outputs decided.
        public var tiesBroken: Int
        /// Samples on which the members did not all predict the same class.
        public var disagreements: Int
        /// Of `disagreements`, those the vote got right.
        public var correctOnDisagreements: Int

        /// correct / total, in [0, 1] (0 for no samples).
        public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
    }
}

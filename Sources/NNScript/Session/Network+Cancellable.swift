import NeuralNet

/// Feeding a whole data set forward in pieces, asking between pieces whether to stop, so that
/// `eval`, `confusion` and `errors` on a large set or a large network answer Ctrl-C. The core
/// does the arithmetic; this only cuts the set into `LabeledExamples.subset`s (no copies).
extension Network {
    /// Samples fed forward between two looks at the cancellation flag.
    static let cancellablePieceSize = 2_000

    /// `evaluate(examples, threads:)` (λ = 0), or nil when `isCancelled` said yes between two pieces.
    func evaluate(_ examples: LabeledExamples, threads: Int = 1, unless isCancelled: () -> Bool) -> Evaluation? {
        var correct = 0
        var costSum = 0.0
        guard forEachPiece(of: examples, unless: isCancelled, { piece in
            let result = evaluate(piece, threads: threads)
            correct += result.correct
            costSum += result.cost * Double(result.total)
        }) else { return nil }
        let total = examples.count
        return Evaluation(correct: correct, total: total, cost: total == 0 ? 0 : costSum / Double(total))
    }

    /// `predictions(examples, threads:)`, or nil when cancelled.
    func predictions(_ examples: LabeledExamples, threads: Int = 1, unless isCancelled: () -> Bool) -> [Int]? {
        var result: [Int] = []
        result.reserveCapacity(examples.count)
        guard forEachPiece(of: examples, unless: isCancelled, { result += predictions($0, threads: threads) }) else { return nil }
        return result
    }

    /// `outputs(examples, threads:)`, or nil when cancelled.
    func outputs(_ examples: LabeledExamples, threads: Int = 1, unless isCancelled: () -> Bool) -> Matrix? {
        var elements: [Float] = []
        elements.reserveCapacity(examples.count * outputCount)
        guard forEachPiece(of: examples, unless: isCancelled, { elements += outputs($0, threads: threads).elements }) else { return nil }
        return Matrix(rows: examples.count, columns: outputCount, elements: elements)
    }

    /// Calls `body` with consecutive pieces of `examples`; false when `isCancelled` stopped it.
    private func forEachPiece(of examples: LabeledExamples, unless isCancelled: () -> Bool,
                              _ body: (LabeledExamples) -> Void) -> Bool {
        var first = 0
        while first < examples.count {
            if isCancelled() { return false }
            let end = min(examples.count, first + Self.cancellablePieceSize)
            body(examples.subset(first ..< end))
            first = end
        }
        return true
    }
}

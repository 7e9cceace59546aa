extension Network {
    /// Samples fed forward at a time when evaluating a data set (bounds the memory used).
    static let evaluationChunkSize = 500

    /// Accuracy (argmax of a^L vs the label) and cost over `examples`: (1/n) Σ_x C_x plus, when
    /// `lambda` λ > 0, the L2 term λ/(2n) Σ w² with n = `examples.count` (network2.py's convention).
    /// - Precondition: `examples.inputSize == sizes[0]` (see `checkCompatibility(with:name:)`).
    public func evaluate(_ examples: LabeledExamples, lambda: Float = 0) -> Evaluation {
        var correct = 0
        var costSum: Double = 0
        let outputCount = sizes[sizes.count - 1]
        forEachOutputChunk(of: examples) { first, outputs in
            outputs.elements.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                for row in 0..<outputs.rows {
                    let a = base + row * outputCount
                    let label = examples.label(at: first + row)
                    if Self.indexOfLargest(a, count: outputCount) == label { correct += 1 }
                    costSum += cost.sampleCost(outputs: a, count: outputCount, label: label)
                }
            }
        }
        let n = Double(examples.count)
        guard n > 0 else { return Evaluation(correct: 0, total: 0, cost: 0) }
        var meanCost = costSum / n
        if lambda != 0 { meanCost += Double(lambda) / (2 * n) * sumOfSquaredWeights() }
        return Evaluation(correct: correct, total: examples.count, cost: meanCost)
    }

    /// The predicted class (argmax of a^L, first on ties) of each sample, in sample order.
    /// - Precondition: `examples.inputSize == sizes[0]`.
    public func predictions(_ examples: LabeledExamples) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(examples.count)
        let outputCount = sizes[sizes.count - 1]
        forEachOutputChunk(of: examples) { _, outputs in
            outputs.elements.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                for row in 0..<outputs.rows { result.append(Self.indexOfLargest(base + row * outputCount, count: outputCount)) }
            }
        }
        return result
    }

    /// The outputs a^L for every sample: `examples.count × sizes.last`, one sample per row.
    /// - Precondition: `examples.inputSize == sizes[0]`.
    public func outputs(_ examples: LabeledExamples) -> Matrix {
        var elements: [Float] = []
        elements.reserveCapacity(examples.count * sizes[sizes.count - 1])
        forEachOutputChunk(of: examples) { _, outputs in elements.append(contentsOf: outputs.elements) }
        return Matrix(rows: examples.count, columns: sizes[sizes.count - 1], elements: elements)
    }

    /// Σ over all weights of w² (biases excluded, as in the book's L2 term), in Double.
    func sumOfSquaredWeights() -> Double {
        var sum: Double = 0
        for matrix in weights {
            for w in matrix.elements { sum += Double(w) * Double(w) }
        }
        return sum
    }

    /// Feeds `examples` forward `evaluationChunkSize` samples at a time, calling `body` with the
    /// index of each chunk's first sample and its outputs (`chunk × sizes.last`).
    private func forEachOutputChunk(of examples: LabeledExamples, _ body: (Int, Matrix) -> Void) {
        precondition(examples.inputSize == sizes[0],
                     "data with \(examples.inputSize) inputs for a network with \(sizes[0])")
        var first = 0
        while first < examples.count {
            let rows = min(Self.evaluationChunkSize, examples.count - first)
            var inputs = Matrix(rows: rows, columns: examples.inputSize)
            inputs.elements.withUnsafeMutableBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                examples.copyInputs(first ..< first + rows, into: base)
            }
            body(first, feedforward(inputs))
            first += rows
        }
    }

    /// The index of the largest of `count` values (the first one on ties; NaNs never win).
    static func indexOfLargest(_ values: UnsafePointer<Float>, count: Int) -> Int {
        var best = 0
        for j in 1..<max(count, 1) where values[j] > values[best] { best = j }
        return best
    }
}

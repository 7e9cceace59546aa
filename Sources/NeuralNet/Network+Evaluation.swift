extension Network {
    /// Samples fed forward at a time when evaluating a data set (bounds the memory used).
    static let evaluationChunkSize = 500
    /// The scratch one thread of an evaluation may use, in Floats (32 MB).
    static let evaluationFloats = 8_000_000

    /// Accuracy (argmax of a^L vs the label) and cost over `examples`: (1/n) Σ_x C_x plus, when
    /// `lambda` λ > 0, the L2 term λ/(2n) Σ w² with n = `examples.count` (network2.py's convention).
    /// `threads` share the work; the result does not depend on their number.
    /// - Precondition: `examples.inputSize == inputCount` (see `checkCompatibility(with:name:)`).
    public func evaluate(_ examples: LabeledExamples, lambda: Float = 0, threads: Int = 1) -> Evaluation {
        evaluate(examples, lambda: lambda, team: threads > 1 ? WorkerThreads(count: threads) : nil)
    }

    func evaluate(_ examples: LabeledExamples, lambda: Float, team: WorkerThreads?) -> Evaluation {
        let n = examples.count
        guard n > 0 else { return Evaluation(correct: 0, total: 0, cost: 0) }
        let outputs = outputs(examples, team: team)
        var correct = 0
        var costSum: Double = 0
        let outputCount = outputCount
        outputs.elements.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for row in 0..<n {
                let a = base + row * outputCount
                let label = examples.label(at: row)
                if Self.indexOfLargest(a, count: outputCount) == label { correct += 1 }
                costSum += cost.sampleCost(outputs: a, count: outputCount, label: label)
            }
        }
        var meanCost = costSum / Double(n)
        if lambda != 0 { meanCost += Double(lambda) / (2 * Double(n)) * sumOfSquaredWeights() }
        return Evaluation(correct: correct, total: n, cost: meanCost)
    }

    /// The predicted class (argmax of a^L, first on ties) of each sample, in sample order.
    /// - Precondition: `examples.inputSize == inputCount`.
    public func predictions(_ examples: LabeledExamples, threads: Int = 1) -> [Int] {
        let outputs = outputs(examples, threads: threads)
        let outputCount = outputCount
        return outputs.elements.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return [] }
            return (0..<outputs.rows).map { Self.indexOfLargest(base + $0 * outputCount, count: outputCount) }
        }
    }

    /// The outputs a^L for every sample: `examples.count × outputCount`, one sample per row.
    /// - Precondition: `examples.inputSize == inputCount`.
    public func outputs(_ examples: LabeledExamples, threads: Int = 1) -> Matrix {
        outputs(examples, team: threads > 1 ? WorkerThreads(count: threads) : nil)
    }

    /// Feeds `examples` forward, each thread of `team` a contiguous slice of them, a chunk of
    /// samples at a time (at most `evaluationChunkSize`, fewer for networks whose samples take
    /// much memory).
    func outputs(_ examples: LabeledExamples, team: WorkerThreads?) -> Matrix {
        precondition(examples.inputSize == inputCount,
                     "data with \(examples.inputSize) inputs for a network with \(inputCount)")
        let (n, outputCount) = (examples.count, outputCount)
        var result = Matrix(rows: n, columns: outputCount)
        guard n > 0 else { return result }
        let parts = min(team?.count ?? 1, n)
        let perSample = max(1, BatchPass.inferenceFloatsPerSample(layers))
        let chunk = max(1, min(Self.evaluationChunkSize, Self.evaluationFloats / perSample, (n + parts - 1) / parts))
        let parameters = TrainingParameters(self)
        let passes = (0..<parts).map { _ in BatchPass(parameters, capacity: chunk, forTraining: false) }
        result.elements.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let body = { (part: Int) in
                guard part < parts else { return }
                let (pass, range) = (passes[part], BatchArithmetic.slice(n, part: part, of: parts))
                var first = range.lowerBound
                while first < range.upperBound {
                    let rows = min(chunk, range.upperBound - first)
                    pass.load(examples, indices: first ..< first + rows)
                    pass.forward(training: false)
                    (base + first * outputCount).update(from: pass.output, count: rows * outputCount)
                    first += rows
                }
            }
            if let team, parts > 1 { team.run(body) } else { body(0) }
        }
        return result
    }

    /// Σ over all weights of w² (biases excluded, as in the book's L2 term), in Double.
    func sumOfSquaredWeights() -> Double {
        var sum: Double = 0
        for (_, layer) in weightedLayers {
            for w in layer.weights.elements { sum += Double(w) * Double(w) }
        }
        return sum
    }

    /// The index of the largest of `count` values (the first one on ties; NaNs never win).
    static func indexOfLargest(_ values: UnsafePointer<Float>, count: Int) -> Int {
        var best = 0
        for j in 1..<max(count, 1) where values[j] > values[best] { best = j }
        return best
    }
}

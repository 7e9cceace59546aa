/// ∂C/∂w and ∂C/∂b of one layer, shaped like its `weights` and `biases`.
public struct ParameterGradient: Sendable, Equatable {
    /// ∂C/∂w_jk, one row per neuron or map j.
    public var weights: Matrix
    /// ∂C/∂b_j.
    public var biases: [Float]
}

extension Network {
    /// Samples backpropagated at a time by `gradient` (bounds the memory of convolution patches).
    static let gradientChunkSize = 100

    /// The gradient of C = (1/m) Σ_x C_x + λ/(2n) Σ w² over all m samples of `batch`, computed
    /// by the same backpropagation code training uses: one `ParameterGradient` per layer, nil for
    /// a layer without parameters. `trainingCount` is the n of the L2 term. Dropout layers pass
    /// their values through (see `gradient(on:lambda:trainingCount:dropoutMasksFrom:)`).
    /// - Precondition: the network is valid and `batch` fits it (see `checkCompatibility`).
    public func gradient(on batch: LabeledExamples, lambda: Float = 0, trainingCount: Int? = nil) -> [ParameterGradient?] {
        gradient(on: batch, lambda: lambda, trainingCount: trainingCount, drawMasks: nil)
    }

    /// As `gradient(on:lambda:trainingCount:)` with dropout on as in training: masks drawn from
    /// `generator`, chunk by chunk and layer by layer (as `BatchPass.drawDropoutMasks` does).
    public func gradient(on batch: LabeledExamples, lambda: Float = 0, trainingCount: Int? = nil,
                         dropoutMasksFrom generator: inout SeededGenerator) -> [ParameterGradient?] {
        var masks = generator
        defer { generator = masks }
        return gradient(on: batch, lambda: lambda, trainingCount: trainingCount) { pass in
            pass.drawDropoutMasks(generator: &masks)
        }
    }

    private func gradient(on batch: LabeledExamples, lambda: Float, trainingCount: Int?,
                          drawMasks: ((BatchPass) -> Void)?) -> [ParameterGradient?] {
        precondition(batch.inputSize == inputCount, "gradient: data with \(batch.inputSize) inputs for a network with \(inputCount)")
        let m = batch.count
        let n = trainingCount ?? m
        var sums: [ParameterGradient?] = layers.map { layer in
            (layer as? any WeightedLayer).map {
                ParameterGradient(weights: Matrix(rows: $0.weights.rows, columns: $0.weights.columns),
                                  biases: [Float](repeating: 0, count: $0.biases.count))
            }
        }
        let pass = BatchPass(TrainingParameters(self), capacity: max(1, min(m, Self.gradientChunkSize)), forTraining: true)
        var first = 0
        while first < m {
            let rows = min(pass.capacity, m - first)
            pass.load(batch, indices: first ..< first + rows)
            drawMasks?(pass)
            pass.forward(training: drawMasks != nil)
            pass.accumulateGradients(cost: cost, outputActivation: layers[layers.count - 1].activation)
            for l in sums.indices {
                guard let weights = pass.kernels[l].accumulatedWeightGradient,
                      let biases = pass.kernels[l].accumulatedBiasGradient else { continue }
                for i in weights.indices { sums[l]?.weights.elements[i] += weights[i] }
                for j in biases.indices { sums[l]?.biases[j] += biases[j] }
            }
            first += rows
        }
        // (1/m) Σ ∇C_x, plus (λ/n) w for the weights.
        let (scale, decay) = (1 / Float(max(m, 1)), lambda / Float(n))
        return zip(layers, sums).map { layer, sum in
            guard let layer = layer as? any WeightedLayer, var gradient = sum else { return nil }
            for i in gradient.weights.elements.indices {
                gradient.weights.elements[i] = scale * gradient.weights.elements[i] + decay * layer.weights.elements[i]
            }
            for j in gradient.biases.indices { gradient.biases[j] *= scale }
            return gradient
        }
    }
}

extension Network {
    /// The network's outputs a^L for a batch: `inputs` is `batch × inputCount` (one sample per
    /// row), the result `batch × outputCount`. Dropout layers pass their input through.
    /// - Precondition: `inputs.columns == inputCount` (check data against the network first) and
    ///   the network is valid.
    public func feedforward(_ inputs: Matrix) -> Matrix {
        precondition(inputs.columns == inputCount, "feedforward: \(inputs.columns) inputs for a network with \(inputCount)")
        let examples = LabeledExamples(floats: inputs.elements, labels: [UInt8](repeating: 0, count: inputs.rows),
                                       inputSize: inputCount, classCount: 1)
        return outputs(examples)
    }

    /// What every layer computes for one input x of `inputCount` values: what the
    /// "activations" view shows.
    /// - Precondition: `input.count == inputCount` and the network is valid.
    public func trace(_ input: [Float]) -> [LayerTrace] {
        precondition(input.count == inputCount, "trace: \(input.count) inputs for a network with \(inputCount)")
        let pass = BatchPass(TrainingParameters(self), capacity: 1, forTraining: false)
        pass.load(LabeledExamples(floats: input, labels: [0], inputSize: input.count, classCount: 1), indices: 0..<1)
        pass.forward(training: false)
        var below = input
        return layers.enumerated().map { l, layer in
            let a = Array(UnsafeBufferPointer(start: pass.outputs[l], count: layer.outputShape.count))
            defer { below = a }
            let z = (layer as? FullyConnectedLayer).map { $0.weightedInputs(below) }
            return LayerTrace(shape: layer.outputShape, weightedInputs: z, activations: a)
        }
    }
}

extension FullyConnectedLayer {
    /// z_j = Σ_k w_jk a_k + b_j for one input `a` of `inputShape.count` values (no GEMM: for
    /// inspection, not training).
    func weightedInputs(_ a: [Float]) -> [Float] {
        (0..<outputCount).map { j in
            var z = biases[j]
            for k in 0..<weights.columns { z += weights.elements[j * weights.columns + k] * a[k] }
            return z
        }
    }
}

extension Network {
    /// The network's outputs a^L for a batch: `inputs` is `batch × sizes[0]` (one sample per row),
    /// the result `batch × sizes.last`.
    /// - Precondition: `inputs.columns == sizes[0]` (check data against the network first) and the
    ///   network is valid.
    public func feedforward(_ inputs: Matrix) -> Matrix {
        precondition(inputs.columns == sizes[0], "feedforward: \(inputs.columns) inputs for a network with \(sizes[0])")
        var activations = inputs
        for layer in weights.indices {
            activations = weightedInputs(layer: layer, input: activations)
            apply(layer: layer, to: &activations)
        }
        return activations
    }

    /// z^{l+1} and a^{l+1} for every weight layer l, for one input x of `sizes[0]` values: what an
    /// "activations" view shows.
    /// - Precondition: `input.count == sizes[0]`.
    public func trace(_ input: [Float]) -> [LayerTrace] {
        precondition(input.count == sizes[0], "trace: \(input.count) inputs for a network with \(sizes[0])")
        var activations = Matrix(rows: 1, columns: input.count, elements: input)
        var traces: [LayerTrace] = []
        for layer in weights.indices {
            let z = weightedInputs(layer: layer, input: activations)
            activations = z
            apply(layer: layer, to: &activations)
            traces.append(LayerTrace(weightedInputs: z.elements, activations: activations.elements))
        }
        return traces
    }

    /// z = a·wᵀ + b for weight layer `layer`: `input` is `batch × sizes[layer]`, the result
    /// `batch × sizes[layer+1]`.
    func weightedInputs(layer: Int, input: Matrix) -> Matrix {
        // Guards the raw GEMM against a network whose public parameters were edited inconsistently.
        precondition(weights[layer].elements.count == sizes[layer + 1] * sizes[layer]
                     && biases[layer].count == sizes[layer + 1] && input.elements.count == input.rows * sizes[layer],
                     "network parameters do not match its sizes; call validate() after editing them")
        var output = Matrix(rows: input.rows, columns: sizes[layer + 1])
        input.elements.withUnsafeBufferPointer { a in
            weights[layer].elements.withUnsafeBufferPointer { w in
                biases[layer].withUnsafeBufferPointer { b in
                    output.elements.withUnsafeMutableBufferPointer { z in
                        guard let a = a.baseAddress, let w = w.baseAddress, let b = b.baseAddress,
                              let z = z.baseAddress else { return }
                        LayerKernels.weightedInputs(input: a, rows: input.rows, weights: w, biases: b,
                                                    inputCount: sizes[layer], outputCount: sizes[layer + 1], into: z)
                    }
                }
            }
        }
        return output
    }

    /// Replaces z by σ(z) in place with the activation of weight layer `layer`.
    func apply(layer: Int, to values: inout Matrix) {
        let (rows, columns) = (values.rows, values.columns)
        values.elements.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            activations[layer].apply(to: base, rows: rows, columns: columns)
        }
    }
}

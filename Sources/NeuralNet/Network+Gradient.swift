extension Network {
    /// The gradient of C = (1/m) Σ_x C_x + λ/(2n) Σ w² over all m samples of `batch`, computed by
    /// the same backpropagation code training uses (one matrix pass): ∂C/∂w^l as matrices shaped
    /// like `weights`, ∂C/∂b^l shaped like `biases`. `trainingCount` is the n of the L2 term.
    /// - Precondition: the network is valid and `batch` fits it (see `checkCompatibility`).
    public func gradient(on batch: LabeledExamples, lambda: Float = 0, trainingCount: Int? = nil)
        -> (weights: [Matrix], biases: [[Float]])
    {
        precondition(batch.inputSize == sizes[0], "gradient: data with \(batch.inputSize) inputs for a network with \(sizes[0])")
        let m = batch.count
        guard m > 0 else {
            return (weights.map { Matrix(rows: $0.rows, columns: $0.columns) }, biases.map { [Float](repeating: 0, count: $0.count) })
        }
        let n = trainingCount ?? m
        let workspace = BackpropagationWorkspace(sizes: sizes, capacity: m)
        workspace.load(batch, indices: 0..<m)
        let parameters = ParameterBuffers(copying: self)
        workspace.forward(parameters, activations: activations)
        // Start from w (scaled by λ/n) and b = 0, then add (1/m) Σ ∇C_x.
        let gradient = ParameterBuffers(copying: self)
        gradient.zeroBiases()
        workspace.backward(parameters, activations: activations, cost: cost, into: gradient,
                           alpha: 1 / Float(m), weightDecay: lambda / Float(n))
        var result = self
        gradient.copy(into: &result)
        return (result.weights, result.biases)
    }
}

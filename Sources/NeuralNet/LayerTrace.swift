/// What one layer computed for one input: the weighted inputs z^{l} = w a + b and the
/// activations a^{l} = σ(z^{l}), each with `sizes[l]` entries (l ≥ 1; the input layer has no trace).
public struct LayerTrace: Sendable, Equatable {
    /// z: the weighted inputs of the layer's neurons.
    public let weightedInputs: [Float]
    /// a = σ(z): the layer's outputs.
    public let activations: [Float]

    /// A trace with the given z and a (same count).
    public init(weightedInputs: [Float], activations: [Float]) {
        self.weightedInputs = weightedInputs
        self.activations = activations
    }
}

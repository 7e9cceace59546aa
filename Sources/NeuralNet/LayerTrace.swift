/// What one layer computed for one input: its activations a (its output, `shape.count`
/// values, channels last) and, for a fully connected layer, the weighted inputs z = w a + b
/// with a = σ(z).
public struct LayerTrace: Sendable, Equatable {
    /// The shape of the layer's output.
    public let shape: TensorShape
    /// z of a fully connected layer's neurons; nil for other kinds.
    public let weightedInputs: [Float]?
    /// a: the layer's outputs.
    public let activations: [Float]

    /// A trace with the given values (`activations.count == shape.count`).
    public init(shape: TensorShape, weightedInputs: [Float]?, activations: [Float]) {
        self.shape = shape
        self.weightedInputs = weightedInputs
        self.activations = activations
    }
}

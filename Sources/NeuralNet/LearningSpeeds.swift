/// Chapter 5's speed of learning: for every layer with biases, ‖∂C/∂b^l‖, the length of the
/// gradient of the cost (averaged over some training samples) with respect to the layer's
/// biases. In deep sigmoid networks the early layers learn far more slowly (the vanishing
/// gradient): for [784, 30, 30, 30, 10] the book measures 0.012, 0.060 and 0.283.
public struct LearningSpeeds: Sendable, Equatable {
    /// The 1-based positions of the layers measured (those with biases), bottom first.
    public let layers: [Int]
    /// ‖∂C/∂b^l‖ for each of `layers`.
    public let values: [Double]

    /// Speeds `values` of the layers at `layers` (same count).
    public init(layers: [Int], values: [Double]) {
        precondition(layers.count == values.count, "one speed per layer")
        self.layers = layers
        self.values = values
    }
}

extension Network {
    /// ‖∂C/∂b^l‖ of every layer with biases, C the mean cost over `examples` (dropout off).
    /// - Precondition: the network is valid and `examples` fits it.
    public func learningSpeeds(on examples: LabeledExamples) -> LearningSpeeds {
        let gradients = gradient(on: examples)
        var positions: [Int] = []
        var values: [Double] = []
        for (index, gradient) in gradients.enumerated() {
            guard let gradient else { continue }
            positions.append(index + 1)
            values.append(gradient.biases.reduce(0) { $0 + Double($1) * Double($1) }.squareRoot())
        }
        return LearningSpeeds(layers: positions, values: values)
    }
}

import NeuralNet
import NNSDisplay

extension Network {
    /// `784 → 30 sigmoid → 10 sigmoid`: layer sizes, each non-input layer with its activation.
    public var shapeDescription: String {
        Self.shapeDescription(sizes: sizes, activations: activations)
    }

    /// Number of weights and biases: Σ_l (sizes[l] + 1) · sizes[l+1].
    public var parameterCount: Int { Self.weightAndBiasCount(sizes: sizes) }

    /// Σ_l (sizes[l] + 1) · sizes[l+1] for sizes that are known not to overflow.
    static func weightAndBiasCount(sizes: [Int]) -> Int {
        zip(sizes, sizes.dropFirst()).reduce(0) { $0 + ($1.0 + 1) * $1.1 }
    }

    /// One line for `net`, `layer` and `info`:
    /// `784 → 30 sigmoid → 10 sigmoid · quadratic cost · 23,860 weights and biases`.
    public var summary: String {
        "\(shapeDescription) · \(cost.rawValue) cost · \(NumberText.thousands(parameterCount)) weights and biases"
    }

    /// `sizes[0]`, then each further size with the activation of that layer, separated by `arrow`.
    static func shapeDescription(sizes: [Int], activations: [Activation], arrow: String = "→") -> String {
        var parts = [String(sizes.first ?? 0)]
        for (size, activation) in zip(sizes.dropFirst(), activations) { parts.append("\(size) \(activation.rawValue)") }
        return parts.joined(separator: " \(arrow) ")
    }
}

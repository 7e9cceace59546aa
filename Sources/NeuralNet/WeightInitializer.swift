/// How a new network's weights w^l_jk and biases b^l_j are drawn from the `SeededGenerator`.
///
/// Order of draws (part of the reproducibility contract, as in network.py): first every bias,
/// layer by layer, then every weight, layer by layer, each matrix row-major.
public enum WeightInitializer: String, CaseIterable, Sendable {
    /// Weights and biases N(0, 1) — the book's network.py.
    case gaussian
    /// Weights N(0, 1/n_in) with n_in the number of inputs to the neuron, biases N(0, 1) —
    /// network2.py's default, which keeps z small so sigmoid neurons do not start saturated.
    case scaledGaussian

    /// The standard deviation of a weight into a layer with `inputCount` inputs.
    func weightStandardDeviation(inputCount: Int) -> Float {
        switch self {
        case .gaussian: return 1
        case .scaledGaussian: return 1 / Float(inputCount).squareRoot()
        }
    }
}

/// How a new layer's weights w_jk and biases b_j are drawn from the `SeededGenerator`.
///
/// Order of draws (part of the reproducibility contract): `Network(sizes:…)` draws, as
/// network.py, first every bias, layer by layer, then every weight, layer by layer, each matrix
/// row-major; a layer added on its own draws its biases, then its weights.
public enum WeightInitializer: String, CaseIterable, Sendable {
    /// Weights and biases N(0, 1) — the book's network.py.
    case gaussian
    /// Weights N(0, 1/n_in) with n_in the number of inputs to the neuron, biases N(0, 1) —
    /// network2.py's default, which keeps z small so sigmoid neurons do not start saturated.
    case scaledGaussian
    /// network3.py's: weights N(0, 1/n_out), n_out being the neurons of a fully connected layer
    /// or F·k²/p² for a convolution of F maps of k×k followed by p×p pooling; biases N(0, 1);
    /// a softmax layer starts with all weights and biases 0.
    case fanOutGaussian

    /// The standard deviation of a weight into a layer whose neurons see `inputCount` values and
    /// which has `fanOut` outputs in network3's sense (see `fanOutGaussian`).
    func weightStandardDeviation(inputCount: Int, fanOut: Int) -> Float {
        switch self {
        case .gaussian: return 1
        case .scaledGaussian: return 1 / Float(inputCount).squareRoot()
        case .fanOutGaussian: return 1 / Float(fanOut).squareRoot()
        }
    }

    /// True when a layer with `activation` starts with zero weights and biases (network3.py's softmax layer).
    func startsAtZero(_ activation: Activation) -> Bool {
        self == .fanOutGaussian && activation == .softmax
    }
}

extension SeededGenerator {
    /// `count` values N(0, 1) × `deviation` (one `nextGaussian()` each, in order).
    mutating func gaussians(_ count: Int, deviation: Float = 1) -> [Float] {
        var values = [Float](repeating: 0, count: count)
        for i in 0..<count { values[i] = nextGaussian() * deviation }
        return values
    }
}

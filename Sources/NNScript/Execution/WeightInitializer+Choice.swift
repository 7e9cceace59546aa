import NeuralNet

extension WeightInitializer {
    /// The initialiser named as in `net … init=`: `gaussian`, `scaled` or `network3`.
    init?(choice: String) {
        switch choice {
        case "gaussian": self = .gaussian
        case "scaled": self = .scaledGaussian
        case "network3": self = .fanOutGaussian
        default: return nil
        }
    }

    /// The name used in commands: `gaussian`, `scaled`, `network3`.
    var choice: String {
        switch self {
        case .gaussian: return "gaussian"
        case .scaledGaussian: return "scaled"
        case .fanOutGaussian: return "network3"
        }
    }

    /// The distribution of the weights, in the book's notation: `N(0, 1)`, `N(0, 1/n_in)`, `N(0, 1/n_out)`.
    var distribution: String {
        switch self {
        case .gaussian: return "N(0, 1)"
        case .scaledGaussian: return "N(0, 1/n_in)"
        case .fanOutGaussian: return "N(0, 1/n_out)"
        }
    }
}

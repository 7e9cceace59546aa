import NeuralNet

extension WeightInitializer {
    /// The initialiser named as in `net … init=`: `gaussian` or `scaled`.
    init?(choice: String) {
        switch choice {
        case "gaussian": self = .gaussian
        case "scaled": self = .scaledGaussian
        default: return nil
        }
    }

    /// The name used in commands: `gaussian`, `scaled`.
    var choice: String { self == .gaussian ? "gaussian" : "scaled" }

    /// The distribution of the weights, in the book's notation: `N(0, 1)`, `N(0, 1/n_in)`.
    var distribution: String { self == .gaussian ? "N(0, 1)" : "N(0, 1/n_in)" }

    /// Standard deviation of the weights into a layer fed by `inputs` neurons (biases are N(0, 1)).
    func standardDeviation(inputs: Int) -> Float {
        self == .gaussian ? 1 : 1 / Float(inputs).squareRoot()
    }
}

import NeuralNet
import NNSDisplay

extension Network {
    /// `784 → 30 sigmoid → 10 sigmoid`, or for a convolutional network
    /// `28×28×1 → conv 5×5 24×24×20 relu → pool 2×2 12×12×20 → … → 10 softmax`.
    public var shapeDescription: String {
        Self.shapeDescription(input: inputShape, layers: layers)
    }

    /// One line for `net`, `layer` and `info`:
    /// `784 → 30 sigmoid → 10 sigmoid · quadratic cost · 23,860 weights and biases`.
    public var summary: String {
        "\(shapeDescription) · \(cost.rawValue) cost · \(NumberText.thousands(parameterCount)) weights and biases"
    }

    /// The input, then each layer, separated by `arrow`: a fully connected layer as its size and
    /// activation (`30 sigmoid`), other kinds with their kind, detail and output shape.
    static func shapeDescription(input: TensorShape, layers: [any Layer], arrow: String = "→", times: String = "×") -> String {
        var parts = [input.text(times: times)]
        for layer in layers { parts.append(layer.shortDescription(times: times)) }
        return parts.joined(separator: " \(arrow) ")
    }
}

extension Layer {
    /// `30 sigmoid`, `conv 5×5 24×24×20 relu`, `pool 2×2 12×12×20`, `dropout 0.5`.
    func shortDescription(times: String = "×") -> String {
        let shape = outputShape.text(times: times)
        switch self {
        case let layer as FullyConnectedLayer: return "\(layer.outputCount) \(layer.activation.rawValue)"
        case let layer as ConvolutionLayer:
            return "conv \(layer.kernelSize)\(times)\(layer.kernelSize) \(shape) \(layer.activation.rawValue)"
        case let layer as MaxPoolingLayer: return "pool \(layer.poolSize)\(times)\(layer.poolSize) \(shape)"
        case let layer as DropoutLayer: return "dropout \(TrainingRun.number(layer.rate))"
        default: return "\(kindName) \(shape)"
        }
    }
}

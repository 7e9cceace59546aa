/// A fully connected layer — network.py's every layer, network3.py's `FullyConnectedLayer`, and
/// with a softmax activation its `SoftmaxLayer`. Each of its n_out neurons j sees all n_in values
/// a_k of the layer below:
///
///     z_j = Σ_k w_jk a_k + b_j,    a_j = σ(z_j)
///
/// Shapes: any input shape, read as a flat vector of n_in = `inputShape.count` values (channels
/// last, see `TensorShape`); output a flat vector of n_out values. Parameters: `weights` w,
/// n_out × n_in (row j holds the weights into neuron j); `biases` b, n_out values.
///
/// Training forms z for a whole mini-batch with one GEMM, and when this is the first layer of a
/// network trained on sparse byte images (MNIST) it multiplies only the pixels the mini-batch
/// uses (`SparseInputKernel`).
public struct FullyConnectedLayer: WeightedLayer, Equatable {
    public let inputShape: TensorShape
    /// n_out, the number of neurons.
    public let outputCount: Int
    public var activation: Activation
    /// w: `outputCount × inputShape.count`.
    public var weights: Matrix
    /// b: `outputCount` values.
    public var biases: [Float]

    /// A layer with the given parameters (checked by `validate`, which networks call).
    public init(inputShape: TensorShape, weights: Matrix, biases: [Float], activation: Activation) {
        self.inputShape = inputShape
        self.outputCount = weights.rows
        self.weights = weights
        self.biases = biases
        self.activation = activation
    }

    /// A layer of `outputCount` neurons drawn from `generator`: first its biases b_j ~ N(0, 1),
    /// then its weights (row-major) from `initializer`'s distribution (network3's softmax layer:
    /// all zero, drawing nothing).
    /// - Precondition: `outputCount ≥ 1`.
    public init(inputShape: TensorShape, outputCount: Int, activation: Activation,
                initializer: WeightInitializer, generator: inout SeededGenerator) {
        precondition(outputCount >= 1, "a fully connected layer needs at least one neuron")
        let inputs = inputShape.count
        guard !initializer.startsAtZero(activation) else {
            self.init(inputShape: inputShape, weights: Matrix(rows: outputCount, columns: inputs),
                      biases: [Float](repeating: 0, count: outputCount), activation: activation)
            return
        }
        let biases = generator.gaussians(outputCount)
        let deviation = initializer.weightStandardDeviation(inputCount: inputs, fanOut: outputCount)
        let weights = Matrix(rows: outputCount, columns: inputs,
                             elements: generator.gaussians(outputCount * inputs, deviation: deviation))
        self.init(inputShape: inputShape, weights: weights, biases: biases, activation: activation)
    }

    public var outputShape: TensorShape { .vector(outputCount) }
    public var kindName: String { "fully connected" }
    public var detail: String { "" }

    public func validate(position: Int) throws(NetworkError) {
        guard outputCount >= 1 else { throw .nonPositiveLayerSize(layer: position, size: outputCount) }
        try validateParameters(position: position, rows: outputCount, columns: inputShape.count)
    }
}

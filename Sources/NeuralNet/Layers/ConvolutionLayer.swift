/// A convolutional layer — network3.py's `ConvPoolLayer` without its pooling (a `MaxPoolingLayer`
/// follows it for that). It has F feature maps; map f slides one k×k local receptive field over
/// the input, stride 1, "valid" (no padding), with weights shared by every position:
///
///     z^f_{y,x} = b_f + Σ_c Σ_{dy,dx < k} w^f_{dy,dx,c} · a_{y+dy, x+dx, c},    a^f_{y,x} = σ(z^f_{y,x})
///
/// Shapes: input H × W × C (any number of channels C), output (H−k+1) × (W−k+1) × F.
/// Parameters: `weights`, F × (k·k·C): row f is filter f, its columns in (dy, dx, c) order;
/// `biases`, one b_f per map. PyTorch's `nn.Conv2d` keeps the same numbers as
/// (F, C, k, k): `ModelExport` converts.
///
/// Training runs it as im2col + one GEMM per mini-batch: every k×k×C patch of every sample
/// becomes a row of a matrix P, and Z = P·wᵀ is the whole batch's maps at once.
public struct ConvolutionLayer: WeightedLayer, Equatable {
    public let inputShape: TensorShape
    /// F, the number of feature maps.
    public let featureMaps: Int
    /// k: each receptive field is k × k (× all input channels).
    public let kernelSize: Int
    public var activation: Activation
    /// w: `featureMaps × (kernelSize² · inputShape.channels)`.
    public var weights: Matrix
    /// b: `featureMaps` values.
    public var biases: [Float]

    /// A layer with the given parameters (checked by `validate`, which networks call).
    public init(inputShape: TensorShape, kernelSize: Int, weights: Matrix, biases: [Float], activation: Activation) {
        self.inputShape = inputShape
        self.featureMaps = weights.rows
        self.kernelSize = kernelSize
        self.weights = weights
        self.biases = biases
        self.activation = activation
    }

    /// A layer of `featureMaps` maps with k×k fields drawn from `generator`: first the biases
    /// b_f ~ N(0, 1), then the weights (row-major) from `initializer`'s distribution, with
    /// n_in = k²·C and network3's n_out = F·k²/`poolSize`² (pass the size of the pooling that
    /// will follow, 1 for none).
    /// - Precondition: `kernelFits(…)` and `featureMaps ≥ 1`, `poolSize ≥ 1`.
    public init(inputShape: TensorShape, featureMaps: Int, kernelSize: Int, activation: Activation,
                initializer: WeightInitializer, poolSize: Int = 1, generator: inout SeededGenerator) {
        precondition(featureMaps >= 1 && poolSize >= 1 && Self.kernelFits(kernelSize, inputShape),
                     "convolution layer arguments out of range")
        let columns = kernelSize * kernelSize * inputShape.channels
        let biases = generator.gaussians(featureMaps)
        let fanOut = max(1, featureMaps * kernelSize * kernelSize / (poolSize * poolSize))
        let deviation = initializer.weightStandardDeviation(inputCount: columns, fanOut: fanOut)
        let weights = Matrix(rows: featureMaps, columns: columns,
                             elements: generator.gaussians(featureMaps * columns, deviation: deviation))
        self.init(inputShape: inputShape, kernelSize: kernelSize, weights: weights, biases: biases, activation: activation)
    }

    /// Whether a k×k field fits inside the maps of `input` (k ≥ 1 and k ≤ height, width).
    public static func kernelFits(_ kernelSize: Int, _ input: TensorShape) -> Bool {
        kernelSize >= 1 && kernelSize <= input.height && kernelSize <= input.width
    }

    public var outputShape: TensorShape {
        TensorShape(height: max(1, inputShape.height - kernelSize + 1), width: max(1, inputShape.width - kernelSize + 1),
                    channels: max(1, featureMaps))
    }
    public var kindName: String { "convolution" }
    public var detail: String { "\(kernelSize)×\(kernelSize)" }
    /// Values each map's neuron sees: k·k·C.
    public var fieldSize: Int { kernelSize * kernelSize * inputShape.channels }

    /// Filter f's weights as k·k·C values in (dy, dx, c) order.
    public func filter(_ f: Int) -> ArraySlice<Float> {
        weights.elements[f * fieldSize ..< (f + 1) * fieldSize]
    }

    public func validate(position: Int) throws(NetworkError) {
        guard featureMaps >= 1 else { throw .nonPositiveLayerSize(layer: position, size: featureMaps) }
        guard Self.kernelFits(kernelSize, inputShape) else {
            throw .kernelDoesNotFit(layer: position, kernelSize: kernelSize, input: inputShape)
        }
        try validateParameters(position: position, rows: featureMaps, columns: fieldSize)
    }
}

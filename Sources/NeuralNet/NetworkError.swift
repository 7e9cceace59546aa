/// Why a `Network` cannot be built (or is no longer consistent after its public properties were
/// changed). Messages are written for the user: they name the offending value and what to do.
/// Layers are numbered as users see them: the input is layer 0, the first layer after it layer 1.
public enum NetworkError: Error, CustomStringConvertible, Equatable {
    /// `sizes` has fewer than two entries (an input and an output layer are needed).
    case tooFewLayers(sizes: [Int])
    /// A network with no layer after its input.
    case noLayers
    /// Layer `layer` (0: the input) would have `size` ≤ 0 neurons or maps.
    case nonPositiveLayerSize(layer: Int, size: Int)
    /// The weights and biases would not fit sensibly in memory; `sizes` are the values per
    /// sample after each layer (input first) when known.
    case tooManyParameters(sizes: [Int]?, limit: Int)
    /// One sample would take `count` Floats at layer `layer` (0: the input), over `limit`.
    case tooManyValuesPerSample(layer: Int, count: Int, limit: Int)
    /// `activations.count` differs from `sizes.count − 1`.
    case activationCountMismatch(expected: Int, actual: Int)
    /// Softmax used on hidden layer `layer`.
    case softmaxNotLast(layer: Int)
    /// The cost is undefined for the output activation's range of values.
    case undefinedCost(Cost, outputActivation: Activation)
    /// Layer `layer` takes values of shape `actual`, but the layer below gives `expected`.
    case shapeMismatch(layer: Int, expected: TensorShape, actual: TensorShape)
    /// A fully connected network was given `actual` weight matrices for `expected` layers.
    case weightLayerCountMismatch(expected: Int, actual: Int)
    /// A fully connected network was given `actual` bias vectors for `expected` layers.
    case biasLayerCountMismatch(expected: Int, actual: Int)
    /// The weights of layer `layer` are not `expectedRows × expectedColumns`.
    case weightShapeMismatch(layer: Int, expectedRows: Int, expectedColumns: Int, rows: Int, columns: Int)
    /// The weight matrix of layer `layer` holds `actual` elements instead of rows × columns.
    case weightElementCountMismatch(layer: Int, expected: Int, actual: Int)
    /// Layer `layer` has `actual` biases instead of `expected`.
    case biasCountMismatch(layer: Int, expected: Int, actual: Int)
    /// Weight w_jk of layer `layer` (j = row, k = column) is NaN or infinite.
    case nonFiniteWeight(layer: Int, row: Int, column: Int)
    /// Bias b_j of layer `layer` is NaN or infinite.
    case nonFiniteBias(layer: Int, index: Int)
    /// A k×k convolution that does not fit in the maps it is given.
    case kernelDoesNotFit(layer: Int, kernelSize: Int, input: TensorShape)
    /// A p×p pooling that does not fit in the maps it is given.
    case poolDoesNotFit(layer: Int, poolSize: Int, input: TensorShape)
    /// A dropout probability outside [0, 1).
    case invalidDropoutRate(layer: Int, rate: Float)
    /// A layer type the core cannot train (a conformance to `Layer` from outside NeuralNet).
    case unsupportedLayer(layer: Int, kind: String)

    /// A one-sentence explanation naming the bad value and the fix.
    public var description: String {
        switch self {
        case .tooFewLayers(let sizes):
            return "a network needs at least two layer sizes (input and output), got \(sizes); for example [784, 30, 10]"
        case .noLayers:
            return "a network needs at least one layer after its input; for example sizes [784, 30, 10]"
        case .nonPositiveLayerSize(let layer, let size):
            return layer == 0 ? "the input layer has \(size) values; it needs at least one"
                : "layer \(layer) has \(size) neurons; every layer needs at least one"
        case .tooManyParameters(let sizes, let limit):
            let network = sizes.map { "a network with sizes [" + $0.map(String.init).joined(separator: ", ") + "]" } ?? "the network"
            return "\(network) would have more than \(limit) weights and biases; use smaller layers"
        case .tooManyValuesPerSample(let layer, let count, let limit):
            let place = layer == 0 ? "the input" : "layer \(layer)"
            let amount = count == Int.max ? "more than \(limit)" : "\(count)"
            return "one sample would take \(amount) values at \(place), more than the \(limit) nns allows; use smaller images or layers"
        case .activationCountMismatch(let expected, let actual):
            return "\(expected + 1) layer sizes need \(expected) activation\(expected == 1 ? "" : "s") (one per layer after the input), got \(actual)"
        case .softmaxNotLast(let layer):
            return "softmax is only allowed on the output layer, but layer \(layer) is a hidden layer; use sigmoid, tanh or relu there"
        case .undefinedCost(let cost, let activation):
            return "the \(cost.rawValue) cost is undefined for a \(activation.rawValue) output layer: "
                + "\(cost.requirement), but \(activation.rawValue) \(activation.rangeDescription); "
                + "use a sigmoid or softmax output layer, or the quadratic cost"
        case .shapeMismatch(let layer, let expected, let actual):
            return "layer \(layer) takes \(actual) values per sample, but layer \(layer - 1) gives \(expected)"
        case .weightLayerCountMismatch(let expected, let actual):
            return "expected \(expected) weight matrices (one per layer after the input), got \(actual)"
        case .biasLayerCountMismatch(let expected, let actual):
            return "expected \(expected) bias vectors (one per layer after the input), got \(actual)"
        case .weightShapeMismatch(let layer, let expectedRows, let expectedColumns, let rows, let columns):
            return "the weights of layer \(layer) must be \(expectedRows) × \(expectedColumns), got \(rows) × \(columns)"
        case .weightElementCountMismatch(let layer, let expected, let actual):
            return "the weights of layer \(layer) must hold \(expected) elements (rows × columns), got \(actual)"
        case .biasCountMismatch(let layer, let expected, let actual):
            return "layer \(layer) must have \(expected) biases, got \(actual)"
        case .nonFiniteWeight(let layer, let row, let column):
            return "weight w_\(row),\(column) of layer \(layer) is NaN or infinite; the network cannot be used"
        case .nonFiniteBias(let layer, let index):
            return "bias b_\(index) of layer \(layer) is NaN or infinite; the network cannot be used"
        case .kernelDoesNotFit(let layer, let k, let input):
            return "the \(k)×\(k) kernel of layer \(layer) does not fit its \(input.height)×\(input.width) input maps; "
                + "use a kernel of at most \(min(input.height, input.width))"
        case .poolDoesNotFit(let layer, let p, let input):
            return "the \(p)×\(p) pooling of layer \(layer) does not fit its \(input.height)×\(input.width) input maps; "
                + "pool by at most \(min(input.height, input.width))"
        case .invalidDropoutRate(let layer, let rate):
            return "the dropout probability of layer \(layer) is \(rate); it must be at least 0 and below 1"
        case .unsupportedLayer(let layer, let kind):
            return "layer \(layer) is a \(kind) layer, which nns cannot train"
        }
    }
}

extension Cost {
    /// What the cost needs of the outputs, for error messages.
    fileprivate var requirement: String {
        switch self {
        case .quadratic: return "it accepts any output"
        case .crossEntropy: return "it takes ln a and ln(1 − a), so every output must lie strictly between 0 and 1"
        case .logLikelihood: return "it takes −ln a_y, so outputs must be positive probabilities"
        }
    }
}

extension Activation {
    /// The activation's range of values, for error messages.
    fileprivate var rangeDescription: String {
        switch self {
        case .sigmoid: return "outputs lie in (0, 1)"
        case .tanh: return "outputs can be negative"
        case .relu: return "outputs can be 0 or greater than 1"
        case .softmax: return "outputs lie in (0, 1)"
        case .linear: return "outputs can be any number"
        }
    }
}

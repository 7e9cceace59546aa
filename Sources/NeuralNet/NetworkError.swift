/// Why a `Network` cannot be built (or is no longer consistent after its public properties were
/// changed). Messages are written for the user: they name the offending value and what to do.
public enum NetworkError: Error, CustomStringConvertible, Equatable {
    /// `sizes` has fewer than two entries (an input and an output layer are needed).
    case tooFewLayers(sizes: [Int])
    /// `sizes[layer]` is zero or negative.
    case nonPositiveLayerSize(layer: Int, size: Int)
    /// The weights and biases would not fit sensibly in memory.
    case tooManyParameters(sizes: [Int], limit: Int)
    /// `activations.count` differs from `sizes.count − 1`.
    case activationCountMismatch(expected: Int, actual: Int)
    /// Softmax used on hidden weight layer `layer` (0-based index into `activations`).
    case softmaxNotLast(layer: Int)
    /// The cost is undefined for the output activation's range of values.
    case undefinedCost(Cost, outputActivation: Activation)
    /// `weights.count` differs from `sizes.count − 1`.
    case weightLayerCountMismatch(expected: Int, actual: Int)
    /// `weights[layer]` is not `sizes[layer+1] × sizes[layer]`.
    case weightShapeMismatch(layer: Int, expectedRows: Int, expectedColumns: Int, rows: Int, columns: Int)
    /// `weights[layer].elements.count` is not `rows × columns`.
    case weightElementCountMismatch(layer: Int, expected: Int, actual: Int)
    /// `biases.count` differs from `sizes.count − 1`.
    case biasLayerCountMismatch(expected: Int, actual: Int)
    /// `biases[layer].count` differs from `sizes[layer+1]`.
    case biasCountMismatch(layer: Int, expected: Int, actual: Int)
    /// Weight w_jk of `weights[layer]` (j = row, k = column) is NaN or infinite.
    case nonFiniteWeight(layer: Int, row: Int, column: Int)
    /// Bias b_j of `biases[layer]` (j = index) is NaN or infinite.
    case nonFiniteBias(layer: Int, index: Int)

    /// A one-sentence explanation naming the bad value and the fix.
    public var description: String {
        switch self {
        case .tooFewLayers(let sizes):
            return "a network needs at least two layer sizes (input and output), got \(sizes); for example [784, 30, 10]"
        case .nonPositiveLayerSize(let layer, let size):
            return "layer size sizes[\(layer)] is \(size); every layer needs at least one neuron"
        case .tooManyParameters(let sizes, let limit):
            return "a network with sizes \(sizes) would have more than \(limit) weights and biases; use smaller layers"
        case .activationCountMismatch(let expected, let actual):
            return "\(expected + 1) layer sizes need \(expected) activation\(expected == 1 ? "" : "s") (one per weight layer), got \(actual)"
        case .softmaxNotLast(let layer):
            return "softmax is only allowed on the output layer, but activations[\(layer)] is a hidden layer; use sigmoid, tanh or relu there"
        case .undefinedCost(let cost, let activation):
            return "the \(cost.rawValue) cost is undefined for a \(activation.rawValue) output layer: "
                + "\(cost.requirement), but \(activation.rawValue) \(activation.rangeDescription); "
                + "use a sigmoid or softmax output layer, or the quadratic cost"
        case .weightLayerCountMismatch(let expected, let actual):
            return "expected \(expected) weight matrices (one per pair of adjacent layers), got \(actual)"
        case .weightShapeMismatch(let layer, let expectedRows, let expectedColumns, let rows, let columns):
            return "weights[\(layer)] must be \(expectedRows) × \(expectedColumns) (sizes[\(layer + 1)] × sizes[\(layer)]), got \(rows) × \(columns)"
        case .weightElementCountMismatch(let layer, let expected, let actual):
            return "weights[\(layer)] must hold \(expected) elements (rows × columns), got \(actual)"
        case .biasLayerCountMismatch(let expected, let actual):
            return "expected \(expected) bias vectors (one per non-input layer), got \(actual)"
        case .biasCountMismatch(let layer, let expected, let actual):
            return "biases[\(layer)] must hold \(expected) values (sizes[\(layer + 1)]), got \(actual)"
        case .nonFiniteWeight(let layer, let row, let column):
            return "weight w_\(row),\(column) in weights[\(layer)] is NaN or infinite; the network cannot be used"
        case .nonFiniteBias(let layer, let index):
            return "bias b_\(index) in biases[\(layer)] is NaN or infinite; the network cannot be used"
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
        }
    }
}

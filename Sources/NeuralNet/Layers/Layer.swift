/// One layer of a feed-forward network: it maps each sample's values, of shape `inputShape`, to
/// values of shape `outputShape`. A `Network` is an ordered stack of layers, each taking what the
/// one below gives; a mini-batch flows through them as a matrix with one sample per row.
///
/// The kinds, each in its own file and reading like network3.py's layer classes:
/// `FullyConnectedLayer` (a_j = σ(Σ_k w_jk a_k + b_j), also the softmax output layer),
/// `ConvolutionLayer` (F feature maps of shared k×k weights), `MaxPoolingLayer` (the largest
/// value of each p×p block) and `DropoutLayer` (inverted dropout while training). Layers are
/// values: their parameters are open to inspection and editing (call `Network.validate()`
/// after editing), and training works on buffers copied from them.
public protocol Layer: Sendable {
    /// The shape of one sample's input values.
    var inputShape: TensorShape { get }
    /// The shape of one sample's output values.
    var outputShape: TensorShape { get }
    /// σ applied to the layer's weighted inputs; `.linear` for a layer without weights.
    var activation: Activation { get }
    /// The number of weights and biases (0 for pooling and dropout).
    var parameterCount: Int { get }
    /// The layer's kind as users read it: "fully connected", "convolution", "max-pooling", "dropout".
    var kindName: String { get }
    /// What sets this layer apart within its kind, for summaries: "5×5 kernel", "2×2", "p = 0.5";
    /// empty when nothing does.
    var detail: String { get }

    /// Checks the layer's own invariants (parameter shapes, finite values, sizes that fit its
    /// input); `position` (1-based, the input being layer 0) names it in the error.
    func validate(position: Int) throws(NetworkError)

    /// True when `other` is the same kind of layer with equal shapes and parameters.
    func isEqual(to other: any Layer) -> Bool
}

extension Layer where Self: Equatable {
    public func isEqual(to other: any Layer) -> Bool {
        guard let other = other as? Self else { return false }
        return self == other
    }
}

/// A layer with trainable weights and biases: fully connected and convolution layers.
///
/// `weights` is a matrix with one row per output neuron (or feature map) j and one column per
/// value that neuron sees; `biases` has one entry b_j per row. L2 regularisation decays the
/// weights, not the biases.
public protocol WeightedLayer: Layer {
    /// w: one row per neuron (or map) j.
    var weights: Matrix { get set }
    /// b: one entry per neuron (or map) j.
    var biases: [Float] { get set }
}

extension WeightedLayer {
    public var parameterCount: Int { weights.elements.count + biases.count }

    /// Checks that `weights` is `rows × columns`, `biases` has `rows` entries and every value is finite.
    func validateParameters(position: Int, rows: Int, columns: Int) throws(NetworkError) {
        guard weights.rows == rows, weights.columns == columns else {
            throw .weightShapeMismatch(layer: position, expectedRows: rows, expectedColumns: columns,
                                       rows: weights.rows, columns: weights.columns)
        }
        guard weights.elements.count == rows * columns else {
            throw .weightElementCountMismatch(layer: position, expected: rows * columns, actual: weights.elements.count)
        }
        guard biases.count == rows else {
            throw .biasCountMismatch(layer: position, expected: rows, actual: biases.count)
        }
        if let index = weights.elements.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteWeight(layer: position, row: index / columns, column: index % columns)
        }
        if let index = biases.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteBias(layer: position, index: index)
        }
    }
}

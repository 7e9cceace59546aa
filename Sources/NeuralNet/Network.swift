/// A fully connected feed-forward network in the book's notation.
///
/// Layer 0 is the input; weight layer l (0-based, `0 ..< sizes.count − 1`) maps the activations
/// of layer l to layer l + 1: z^{l+1} = w^l a^l + b^l, a^{l+1} = σ_l(z^{l+1}) with σ_l =
/// `activations[l]`. `weights[l]` is `sizes[l+1] × sizes[l]`, w_jk joining neuron k of layer l
/// to neuron j of layer l + 1; `biases[l]` has `sizes[l+1]` entries b_j.
///
/// Invariants (checked by the initialisers and `validate()`): at least two sizes, all positive;
/// one activation per weight layer, softmax only last; `cost` defined for the output activation;
/// shapes as above; all parameters finite. `weights`, `biases`, `activations` and `cost` are
/// public for inspection and editing: call `validate()` after changing them.
public struct Network: Sendable, Equatable {
    /// Neurons per layer, input first, e.g. [784, 30, 10].
    public private(set) var sizes: [Int]
    /// `weights[l]`: the `sizes[l+1] × sizes[l]` matrix w^l (row j = weights into neuron j).
    public var weights: [Matrix]
    /// `biases[l]`: the `sizes[l+1]` biases b_j of layer l + 1.
    public var biases: [[Float]]
    /// `activations[l]`: σ for layer l + 1; only the last may be `.softmax`.
    public var activations: [Activation]
    /// The cost minimised in training and reported by `evaluate`.
    public var cost: Cost

    /// Networks with more weights and biases than this are refused (they would not fit in memory).
    public static let maximumParameterCount = 100_000_000

    /// A new network with random parameters drawn from `generator` by `initializer`: all biases
    /// first (layer by layer), then all weights (layer by layer, row-major), like network.py.
    /// - Throws: `NetworkError` for bad sizes, a wrong number of activations, softmax before the
    ///   last layer, or a cost undefined for the output activation.
    public init(
        sizes: [Int], activations: [Activation], cost: Cost,
        initializer: WeightInitializer, generator: inout SeededGenerator
    ) throws(NetworkError) {
        try Self.validateArchitecture(sizes: sizes, activations: activations, cost: cost)
        var biases: [[Float]] = []
        for size in sizes.dropFirst() {
            var layer = [Float](repeating: 0, count: size)
            for j in 0..<size { layer[j] = generator.nextGaussian() }
            biases.append(layer)
        }
        var weights: [Matrix] = []
        for l in 0..<sizes.count - 1 {
            let deviation = initializer.weightStandardDeviation(inputCount: sizes[l])
            var matrix = Matrix(rows: sizes[l + 1], columns: sizes[l])
            for i in matrix.elements.indices { matrix.elements[i] = generator.nextGaussian() * deviation }
            weights.append(matrix)
        }
        self.sizes = sizes
        self.weights = weights
        self.biases = biases
        self.activations = activations
        self.cost = cost
    }

    /// A network with the given parameters (e.g. read from a model file), fully validated.
    /// - Throws: `NetworkError` for any broken invariant, including NaN or infinite parameters.
    public init(
        sizes: [Int], weights: [Matrix], biases: [[Float]], activations: [Activation], cost: Cost
    ) throws(NetworkError) {
        self.sizes = sizes
        self.weights = weights
        self.biases = biases
        self.activations = activations
        self.cost = cost
        try validate()
    }

    /// Checks every invariant listed on `Network`, the first problem found being thrown.
    public func validate() throws(NetworkError) {
        try Self.validateArchitecture(sizes: sizes, activations: activations, cost: cost)
        guard weights.count == sizes.count - 1 else {
            throw .weightLayerCountMismatch(expected: sizes.count - 1, actual: weights.count)
        }
        guard biases.count == sizes.count - 1 else {
            throw .biasLayerCountMismatch(expected: sizes.count - 1, actual: biases.count)
        }
        for l in weights.indices {
            let w = weights[l]
            guard w.rows == sizes[l + 1], w.columns == sizes[l] else {
                throw .weightShapeMismatch(layer: l, expectedRows: sizes[l + 1], expectedColumns: sizes[l],
                                           rows: w.rows, columns: w.columns)
            }
            guard w.elements.count == w.rows * w.columns else {
                throw .weightElementCountMismatch(layer: l, expected: w.rows * w.columns, actual: w.elements.count)
            }
            guard biases[l].count == sizes[l + 1] else {
                throw .biasCountMismatch(layer: l, expected: sizes[l + 1], actual: biases[l].count)
            }
            if let index = w.elements.firstIndex(where: { !$0.isFinite }) {
                throw .nonFiniteWeight(layer: l, row: index / w.columns, column: index % w.columns)
            }
            if let index = biases[l].firstIndex(where: { !$0.isFinite }) {
                throw .nonFiniteBias(layer: l, index: index)
            }
        }
    }

    /// Checks sizes, activations and cost without looking at any parameters.
    static func validateArchitecture(sizes: [Int], activations: [Activation], cost: Cost) throws(NetworkError) {
        guard sizes.count >= 2 else { throw .tooFewLayers(sizes: sizes) }
        if let layer = sizes.firstIndex(where: { $0 <= 0 }) {
            throw .nonPositiveLayerSize(layer: layer, size: sizes[layer])
        }
        guard parameterCount(sizes: sizes) != nil else {
            throw .tooManyParameters(sizes: sizes, limit: maximumParameterCount)
        }
        guard activations.count == sizes.count - 1 else {
            throw .activationCountMismatch(expected: sizes.count - 1, actual: activations.count)
        }
        if let layer = activations.dropLast().firstIndex(of: .softmax) {
            throw .softmaxNotLast(layer: layer)
        }
        let output = activations[activations.count - 1]
        guard cost.isDefined(for: output) else { throw .undefinedCost(cost, outputActivation: output) }
    }

    /// The number of weights and biases, or nil above `maximumParameterCount` (overflow-safe).
    static func parameterCount(sizes: [Int]) -> Int? {
        var total = 0
        for l in 0..<sizes.count - 1 {
            let (inputsPlusBias, overflow1) = sizes[l].addingReportingOverflow(1)
            let (layer, overflow2) = inputsPlusBias.multipliedReportingOverflow(by: sizes[l + 1])
            guard !overflow1, !overflow2 else { return nil }
            total += min(layer, maximumParameterCount + 1)
            guard total <= maximumParameterCount else { return nil }
        }
        return total
    }
}

extension Network {
    /// True when no weight or bias is NaN or infinite.
    public var hasFiniteParameters: Bool {
        weights.allSatisfy { $0.elements.allSatisfy(\.isFinite) } && biases.allSatisfy { $0.allSatisfy(\.isFinite) }
    }
}

/// A feed-forward network: an ordered stack of layers, each taking the values the one below
/// gives (`layers[0]` takes the input x), and the cost C it is trained to minimise.
///
/// A mini-batch flows through it as a matrix with one sample per row; the output a^L of the
/// last layer has one value per class. `Network(sizes:…)` builds the book's fully connected
/// networks ([784, 30, 10]); convolution, pooling and dropout layers are stacked with
/// `Network(layers:cost:)`.
///
/// Invariants (checked by the initialisers and `validate()`): at least one layer; each layer's
/// input shape is the output shape of the layer below; each layer's own invariants (parameter
/// shapes, finite values, kernels that fit); softmax only on the last layer; `cost` defined for
/// the last layer's activation; at most `maximumParameterCount` weights and biases. `layers` and
/// `cost` are public for inspection and editing: call `validate()` after changing them.
public struct Network: Sendable {
    /// The layers, input side first.
    public var layers: [any Layer]
    /// The cost minimised in training and reported by `evaluate`.
    public var cost: Cost

    /// Networks with more weights and biases than this are refused (they would not fit in memory).
    public static let maximumParameterCount = 100_000_000
    /// Networks whose samples take more Floats than this at some layer (its outputs, or the
    /// im2col patches of a convolution) are refused: a mini-batch of them would not fit in memory.
    public static let maximumValuesPerSample = 1 << 24

    /// A network of `layers`, fully validated.
    /// - Throws: `NetworkError` for any broken invariant.
    public init(layers: [any Layer], cost: Cost) throws(NetworkError) {
        self.layers = layers
        self.cost = cost
        try validate()
    }

    /// The book's fully connected network with random parameters drawn from `generator` by
    /// `initializer`: all biases first (layer by layer), then all weights (layer by layer,
    /// row-major), like network.py. `sizes` counts neurons per layer, input first ([784, 30, 10]);
    /// `activations[l]` is σ of the layer after `sizes[l]`.
    /// - Throws: `NetworkError` for bad sizes, a wrong number of activations, softmax before the
    ///   last layer, or a cost undefined for the output activation (before drawing anything).
    public init(
        sizes: [Int], activations: [Activation], cost: Cost,
        initializer: WeightInitializer, generator: inout SeededGenerator
    ) throws(NetworkError) {
        try Self.validateArchitecture(sizes: sizes, activations: activations, cost: cost)
        var biases: [[Float]] = []
        for l in 1..<sizes.count {
            let zero = initializer.startsAtZero(activations[l - 1])
            biases.append(zero ? [Float](repeating: 0, count: sizes[l]) : generator.gaussians(sizes[l]))
        }
        var weights: [Matrix] = []
        for l in 1..<sizes.count {
            let count = sizes[l] * sizes[l - 1]
            if initializer.startsAtZero(activations[l - 1]) {
                weights.append(Matrix(rows: sizes[l], columns: sizes[l - 1]))
                continue
            }
            let deviation = initializer.weightStandardDeviation(inputCount: sizes[l - 1], fanOut: sizes[l])
            weights.append(Matrix(rows: sizes[l], columns: sizes[l - 1],
                                  elements: generator.gaussians(count, deviation: deviation)))
        }
        try self.init(sizes: sizes, weights: weights, biases: biases, activations: activations, cost: cost)
    }

    /// A fully connected network with the given parameters (e.g. read from a version 1 model
    /// file): `weights[l]` is `sizes[l+1] × sizes[l]`, `biases[l]` has `sizes[l+1]` entries.
    /// - Throws: `NetworkError` for any broken invariant, including NaN or infinite parameters.
    public init(
        sizes: [Int], weights: [Matrix], biases: [[Float]], activations: [Activation], cost: Cost
    ) throws(NetworkError) {
        try Self.validateArchitecture(sizes: sizes, activations: activations, cost: cost)
        guard weights.count == sizes.count - 1 else {
            throw .weightLayerCountMismatch(expected: sizes.count - 1, actual: weights.count)
        }
        guard biases.count == sizes.count - 1 else {
            throw .biasLayerCountMismatch(expected: sizes.count - 1, actual: biases.count)
        }
        for (l, w) in weights.enumerated() where w.rows != sizes[l + 1] || w.columns != sizes[l] {
            throw .weightShapeMismatch(layer: l + 1, expectedRows: sizes[l + 1], expectedColumns: sizes[l],
                                       rows: w.rows, columns: w.columns)
        }
        let layers = (0..<weights.count).map { l in
            FullyConnectedLayer(inputShape: .vector(sizes[l]), weights: weights[l], biases: biases[l],
                                activation: activations[l]) as any Layer
        }
        try self.init(layers: layers, cost: cost)
    }

    /// Checks every invariant listed on `Network`, the first problem found being thrown.
    public func validate() throws(NetworkError) {
        guard !layers.isEmpty else { throw .noLayers }
        var total = 0
        for (index, layer) in layers.enumerated() {
            let position = index + 1
            guard layer is any TrainableLayer else { throw .unsupportedLayer(layer: position, kind: layer.kindName) }
            if index > 0, layer.inputShape != layers[index - 1].outputShape {
                throw .shapeMismatch(layer: position, expected: layers[index - 1].outputShape, actual: layer.inputShape)
            }
            try layer.validate(position: position)
            let values = Self.valuesPerSample(layer)
            guard values <= Self.maximumValuesPerSample else {
                throw .tooManyValuesPerSample(layer: position, count: values, limit: Self.maximumValuesPerSample)
            }
            if layer.activation == .softmax, index < layers.count - 1 { throw .softmaxNotLast(layer: position) }
            total += layer.parameterCount
            guard total <= Self.maximumParameterCount else {
                throw .tooManyParameters(sizes: nil, limit: Self.maximumParameterCount)
            }
        }
        let output = layers[layers.count - 1].activation
        guard cost.isDefined(for: output) else { throw .undefinedCost(cost, outputActivation: output) }
    }

    /// The Floats one sample takes at `layer`: its input, its output, and a convolution's
    /// patches (saturating at `Int.max`).
    static func valuesPerSample(_ layer: any Layer) -> Int {
        var values = max(layer.inputShape.count, layer.outputShape.count)
        if let conv = layer as? ConvolutionLayer {
            let (patches, overflow) = (conv.outputShape.height * conv.outputShape.width).multipliedReportingOverflow(by: conv.fieldSize)
            values = overflow ? Int.max : max(values, patches)
        }
        return values
    }

    /// Checks sizes, activations and cost of a fully connected network without any parameters.
    static func validateArchitecture(sizes: [Int], activations: [Activation], cost: Cost) throws(NetworkError) {
        guard sizes.count >= 2 else { throw .tooFewLayers(sizes: sizes) }
        if let layer = sizes.firstIndex(where: { $0 <= 0 }) {
            throw .nonPositiveLayerSize(layer: layer, size: sizes[layer])
        }
        if let layer = sizes.firstIndex(where: { $0 > maximumValuesPerSample }) {
            throw .tooManyValuesPerSample(layer: layer, count: sizes[layer], limit: maximumValuesPerSample)
        }
        guard weightAndBiasCount(sizes: sizes) <= maximumParameterCount else {
            throw .tooManyParameters(sizes: sizes, limit: maximumParameterCount)
        }
        guard activations.count == sizes.count - 1 else {
            throw .activationCountMismatch(expected: sizes.count - 1, actual: activations.count)
        }
        if let layer = activations.dropLast().firstIndex(of: .softmax) {
            throw .softmaxNotLast(layer: layer + 1)
        }
        let output = activations[activations.count - 1]
        guard cost.isDefined(for: output) else { throw .undefinedCost(cost, outputActivation: output) }
    }

    /// Σ_l (sizes[l] + 1)·sizes[l+1], the weights and biases of a fully connected network of
    /// `sizes`, saturating at `maximumParameterCount + 1` (never overflows).
    public static func weightAndBiasCount(sizes: [Int]) -> Int {
        var total = 0
        for l in 0..<max(0, sizes.count - 1) {
            let (inputsPlusBias, overflow1) = sizes[l].addingReportingOverflow(1)
            let (layer, overflow2) = inputsPlusBias.multipliedReportingOverflow(by: sizes[l + 1])
            guard !overflow1, !overflow2, layer >= 0 else { return maximumParameterCount + 1 }
            total += min(layer, maximumParameterCount + 1)
            if total > maximumParameterCount { return maximumParameterCount + 1 }
        }
        return total
    }
}

extension Network {
    /// The shape of one input sample (the first layer's input shape).
    public var inputShape: TensorShape { layers[0].inputShape }
    /// Values per input sample x.
    public var inputCount: Int { inputShape.count }
    /// Values per output a^L: the number of classes.
    public var outputCount: Int { layers[layers.count - 1].outputShape.count }
    /// Values per sample at each point of the network: the input, then each layer's output
    /// ([784, 30, 10] for the book's network; [784, 11520, 2880, …, 10] for a convolutional one).
    public var sizes: [Int] { [inputCount] + layers.map(\.outputShape.count) }
    /// All weights and biases.
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }
    /// True when every layer is fully connected (the book's chapter 1–3 networks, model format 1).
    public var isFullyConnected: Bool { fullyConnectedLayers != nil }

    /// The layers of a network made only of fully connected layers, nil for one with other kinds.
    public var fullyConnectedLayers: [FullyConnectedLayer]? {
        let dense = layers.compactMap { $0 as? FullyConnectedLayer }
        return dense.count == layers.count ? dense : nil
    }

    /// True when no weight or bias is NaN or infinite.
    public var hasFiniteParameters: Bool {
        layers.allSatisfy { layer in
            guard let layer = layer as? any WeightedLayer else { return true }
            return layer.weights.elements.allSatisfy(\.isFinite) && layer.biases.allSatisfy(\.isFinite)
        }
    }

    /// The layers with weights, with their 1-based positions.
    public var weightedLayers: [(position: Int, layer: any WeightedLayer)] {
        layers.enumerated().compactMap { index, layer in (layer as? any WeightedLayer).map { (index + 1, $0) } }
    }
}

extension Network: Equatable {
    public static func == (lhs: Network, rhs: Network) -> Bool {
        lhs.cost == rhs.cost && lhs.layers.count == rhs.layers.count
            && zip(lhs.layers, rhs.layers).allSatisfy { $0.isEqual(to: $1) }
    }
}

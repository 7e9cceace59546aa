import NeuralNet

/// A network being built layer by layer (`net 784`, then `layer 30`, `layer 10`) that is not
/// yet usable: only an input layer, or a cost that its current output layer does not allow.
///
/// Layers are kept in the core's notation: `weights[l]` is `sizes[l+1] × sizes[l]`,
/// `biases[l]` has `sizes[l+1]` entries, `activations[l]` is σ of layer l + 1.
public struct NetworkDraft: Sendable, Equatable {
    /// Neurons per layer, input first; at least the input size.
    public var sizes: [Int]
    /// One matrix per layer added so far.
    public var weights: [Matrix]
    /// One bias vector per layer added so far.
    public var biases: [[Float]]
    /// One activation per layer added so far.
    public var activations: [Activation]
    /// The cost the finished network will use.
    public var cost: Cost

    /// A draft of only the input layer.
    public init(inputSize: Int, cost: Cost) {
        self.sizes = [inputSize]
        self.weights = []
        self.biases = []
        self.activations = []
        self.cost = cost
    }

    /// The layers of `network`, to add more on top.
    public init(_ network: Network) {
        self.sizes = network.sizes
        self.weights = network.weights
        self.biases = network.biases
        self.activations = network.activations
        self.cost = network.cost
    }

    /// Adds a layer of `size` neurons with `activation` on top, drawing from `generator` first
    /// its biases b_j ~ N(0, 1), then its weights w_jk (row-major, `size × sizes.last`) from the
    /// distribution of `initializer`. The layers below are not changed.
    public mutating func addLayer(size: Int, activation: Activation, initializer: WeightInitializer,
                                  generator: inout SeededGenerator) {
        let inputs = sizes[sizes.count - 1]
        var layerBiases = [Float](repeating: 0, count: size)
        for j in 0..<size { layerBiases[j] = generator.nextGaussian() }
        var layerWeights = Matrix(rows: size, columns: inputs)
        let deviation = initializer.standardDeviation(inputs: inputs)
        for i in layerWeights.elements.indices { layerWeights.elements[i] = generator.nextGaussian() * deviation }
        sizes.append(size)
        weights.append(layerWeights)
        biases.append(layerBiases)
        activations.append(activation)
    }

    /// `784 → 100 relu → 10 softmax`: the sizes with each layer's activation.
    public var shapeDescription: String {
        Network.shapeDescription(sizes: sizes, activations: activations)
    }

    /// Why the draft is not a usable network yet, and what to add (`classes`: the output size to
    /// suggest); nil when it is usable.
    public func missing(classes: Int) -> String? {
        do {
            _ = try network()
            return nil
        } catch .tooFewLayers {
            return "it has only its input layer — add layers, e.g. 'layer 30' then 'layer \(classes)'"
        } catch .undefinedCost(let cost, let output) {
            return "the \(cost.rawValue) cost needs a sigmoid or softmax output layer, but the last layer is "
                + "\(output.rawValue) — add one, e.g. 'layer \(classes) act=softmax'"
        } catch {
            return error.description
        }
    }

    /// The finished network, or why it cannot be one yet.
    public func network() throws(NetworkError) -> Network {
        try Network(sizes: sizes, weights: weights, biases: biases, activations: activations, cost: cost)
    }
}

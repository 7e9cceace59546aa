import NeuralNet

/// A network being built layer by layer (`net input=28x28`, then `conv`, `pool`, `layer` …)
/// that is not yet usable: only an input, or a cost that its current top layer does not allow
/// (the softmax output is still to come).
///
/// Each layer added takes the output shape of the one below (`outputShape`), so shapes are
/// checked as the network is built.
public struct NetworkDraft: Sendable, Equatable {
    /// The shape of one input sample.
    public let inputShape: TensorShape
    /// The layers added so far, input side first.
    public var layers: [any Layer]
    /// The cost the finished network will use.
    public var cost: Cost

    /// A draft of only the input.
    public init(inputShape: TensorShape, cost: Cost) {
        self.inputShape = inputShape
        self.layers = []
        self.cost = cost
    }

    /// The layers of `network`, to add more on top.
    public init(_ network: Network) {
        inputShape = network.inputShape
        layers = network.layers
        cost = network.cost
    }

    /// The shape the next layer takes: the top layer's output, or the input.
    public var outputShape: TensorShape { layers.last?.outputShape ?? inputShape }

    /// `784 → 100 relu → 10 softmax`: the input and each layer with its activation.
    public var shapeDescription: String {
        Network.shapeDescription(input: inputShape, layers: layers)
    }

    /// Why the draft is not a usable network yet, and what to add (`classes`: the output size to
    /// suggest); nil when it is usable.
    public func missing(classes: Int) -> String? {
        do {
            _ = try network()
            return nil
        } catch .noLayers {
            return "it has only its input — add layers, e.g. 'layer 30' then 'layer \(classes)'"
        } catch .undefinedCost(let cost, let output) {
            return "the \(cost.rawValue) cost needs a sigmoid or softmax output layer, but the last layer is "
                + "\(output.rawValue) — add one, e.g. 'layer \(classes) act=softmax'"
        } catch {
            return error.description
        }
    }

    /// The finished network, or why it cannot be one yet.
    public func network() throws(NetworkError) -> Network {
        try Network(layers: layers, cost: cost)
    }

    public static func == (lhs: NetworkDraft, rhs: NetworkDraft) -> Bool {
        lhs.inputShape == rhs.inputShape && lhs.cost == rhs.cost && lhs.layers.count == rhs.layers.count
            && zip(lhs.layers, rhs.layers).allSatisfy { $0.isEqual(to: $1) }
    }
}

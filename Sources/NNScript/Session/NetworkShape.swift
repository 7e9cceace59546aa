import NeuralNet

/// What a network is without its parameters: its layer sizes, the activation of each layer
/// after the input and its cost. Training runs remember it so that `history` and `plot` can say
/// which network each run trained, also after `net` has replaced that network.
///
/// Invariant (as in `Network`): `activations.count == sizes.count - 1`, `activations[l]` being
/// σ of layer l + 1.
public struct NetworkShape: Sendable, Equatable {
    /// Neurons per layer, input first: `[784, 30, 10]`.
    public let sizes: [Int]
    /// σ of each layer after the input.
    public let activations: [Activation]
    /// The cost C the network was trained with.
    public let cost: Cost

    /// The shape of `network`.
    public init(_ network: Network) {
        self.init(sizes: network.sizes, activations: network.activations, cost: network.cost)
    }

    /// A shape of the given parts (`activations.count == sizes.count - 1`).
    init(sizes: [Int], activations: [Activation], cost: Cost) {
        self.sizes = sizes
        self.activations = activations
        self.cost = cost
    }

    /// `784 → 30 sigmoid → 10 sigmoid, quadratic cost`, with `arrow` between the layers.
    func text(arrow: String) -> String {
        Network.shapeDescription(sizes: sizes, activations: activations, arrow: arrow) + ", \(cost.rawValue) cost"
    }
}

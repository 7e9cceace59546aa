import NeuralNet

/// What a network is without its parameters: its layers as the summary line shows them, the
/// values per sample after each, the activation of each layer and its cost. Training runs
/// remember it so that `history` and `plot` can say which network each run trained, also after
/// `net` has replaced that network.
///
/// Invariant: `activations.count == sizes.count - 1 == layerTexts.count - 1`.
public struct NetworkShape: Sendable, Equatable {
    /// Values per sample, input first: `[784, 30, 10]`.
    public let sizes: [Int]
    /// σ of each layer after the input (`linear` for pooling and dropout).
    public let activations: [Activation]
    /// The cost C the network was trained with.
    public let cost: Cost
    /// The input, then each layer: `784`, `30 sigmoid`, `conv 5×5 24×24×20 relu`, ….
    let layerTexts: [String]

    /// The shape of `network`.
    public init(_ network: Network) {
        sizes = network.sizes
        activations = network.layers.map(\.activation)
        cost = network.cost
        layerTexts = [network.inputShape.description] + network.layers.map { $0.shortDescription() }
    }

    /// The shape of a fully connected network of `sizes` (`activations.count == sizes.count - 1`).
    init(sizes: [Int], activations: [Activation], cost: Cost) {
        self.sizes = sizes
        self.activations = activations
        self.cost = cost
        layerTexts = [String(sizes.first ?? 0)] + zip(sizes.dropFirst(), activations).map { "\($0) \($1.rawValue)" }
    }

    /// `784 → 30 sigmoid → 10 sigmoid, quadratic cost`, with `arrow` between the layers.
    func text(arrow: String) -> String {
        layerTexts.joined(separator: " \(arrow) ") + ", \(cost.rawValue) cost"
    }
}

import NeuralNet

/// Test shorthand for the book's fully connected networks: each layer's w, b and σ.
extension Network {
    var weights: [Matrix] { (fullyConnectedLayers ?? []).map(\.weights) }
    var biases: [[Float]] { (fullyConnectedLayers ?? []).map(\.biases) }
    var activations: [Activation] { layers.map(\.activation) }
}

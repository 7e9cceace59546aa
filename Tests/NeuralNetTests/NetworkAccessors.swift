import NeuralNet

/// Test shorthand for the book's fully connected networks: their layers' weights, biases and
/// activations as arrays, as the tests of chapter 1–3 networks read and edit them.
extension Network {
    var fullyConnected: [FullyConnectedLayer] { fullyConnectedLayers ?? [] }

    /// w^l of every layer l.
    var weights: [Matrix] { fullyConnected.map(\.weights) }
    /// b^l of every layer l.
    var biases: [[Float]] { fullyConnected.map(\.biases) }
    /// σ of every layer; setting it edits the layers (call `validate()` to check).
    var activations: [Activation] {
        get { layers.map(\.activation) }
        set {
            layers = zip(fullyConnected, newValue).map { layer, activation in
                var layer = layer
                layer.activation = activation
                return layer
            }
        }
    }
}

extension Array where Element == ParameterGradient? {
    /// ∂C/∂w of every layer of a fully connected network.
    var weights: [Matrix] { map { $0!.weights } }
    /// ∂C/∂b of every layer of a fully connected network.
    var biases: [[Float]] { map { $0!.biases } }
}

/// A network's parameters as a training run (or an evaluation) keeps them: one
/// `LayerParameters` per weighted layer, read and updated by the run's `BatchPass`.
final class TrainingParameters {
    let layers: [any TrainableLayer]
    /// `parameters[l]`: the buffers of layer l, nil for a layer without parameters.
    let parameters: [LayerParameters?]
    /// The sparse form of the training inputs when the first layer multiplies only the inputs a
    /// mini-batch uses (see `SparseInputKernel`).
    let sparseInputs: SparseInputs?

    /// Buffers copied from `network` (assumed valid); `sparseInputs` only when the first layer
    /// is fully connected.
    init(_ network: Network, sparseInputs: SparseInputs? = nil) {
        layers = network.layers.map { layer in
            guard let layer = layer as? any TrainableLayer else { preconditionFailure("validated networks hold trainable layers") }
            return layer
        }
        let sparse = layers.first is FullyConnectedLayer ? sparseInputs : nil
        self.sparseInputs = sparse
        parameters = layers.enumerated().map { index, layer in layer.makeParameters(sparseInputs: index == 0 ? sparse : nil) }
    }

    /// Allocates the velocities momentum SGD keeps.
    func prepareVelocities() {
        for parameters in parameters { parameters?.prepareVelocities() }
    }

    /// Writes the buffers' values back into `network`'s layers (same architecture).
    func copy(into network: inout Network) {
        for l in layers.indices where parameters[l] != nil {
            network.layers[l] = layers[l].updated(from: parameters[l])
        }
    }
}

import NNSDisplay
import NeuralNet

/// The weights into one layer l of a network (1 = first hidden layer), one picture per neuron:
/// row j of w^l (the `sizes[l−1]` weights w^l_jk from every neuron k of layer l − 1) laid out
/// by a `PictureShape`, so a hidden neuron of an MNIST network is a 28×28 map of what it
/// "looks for" in the image.
struct IncomingWeights: Sendable {
    /// The layer, 1-based as in commands (`weights layer=1`).
    let layer: Int
    /// w^l: `neurons × inputs`, row j = weights into neuron j.
    let weights: Matrix
    /// b^l: one bias per neuron.
    let biases: [Float]
    /// How each neuron's row of weights is drawn.
    let shape: PictureShape

    /// The weights into `layer` of `network`; `image` is the (rows, columns) of the loaded
    /// images, which lays out layer 1's weights like the pixels. Throws `.layerOutOfRange`
    /// unless 1 ≤ layer < `sizes.count`.
    init(_ network: Network, layer: Int, image: (rows: Int, columns: Int)?) throws(InspectionError) {
        guard layer >= 1, layer < network.sizes.count else {
            throw .layerOutOfRange(layer: layer, sizes: network.sizes)
        }
        self.layer = layer
        weights = network.weights[layer - 1]
        biases = network.biases[layer - 1]
        shape = PictureShape(count: weights.columns, image: layer == 1 ? image : nil)
    }

    /// Number of neurons in the layer (rows of w^l).
    var neuronCount: Int { weights.rows }

    /// Number of incoming weights per neuron (columns of w^l).
    var inputCount: Int { weights.columns }

    /// `neuron` checked against the layer's size; throws `.neuronOutOfRange`.
    func checkNeuron(_ neuron: Int) throws(InspectionError) {
        guard neuron >= 0, neuron < neuronCount else {
            throw .neuronOutOfRange(neuron: neuron, layer: layer, count: neuronCount)
        }
    }

    /// The picture of neuron `neuron`'s incoming weights (the neuron must exist).
    func raster(neuron: Int) throws(InspectionError) -> Raster {
        try shape.raster(weights.row(neuron))
    }
}

import NNSDisplay
import NeuralNet

/// The weights into one layer l of a network (1 = the first layer after the input), one picture
/// per neuron or feature map:
/// - a fully connected layer: row j of w^l (the weights w^l_jk from every value k below) laid out
///   by a `PictureShape`, so a hidden neuron of an MNIST network is a 28×28 map of what it
///   "looks for" in the image;
/// - a convolution layer: filter f, k×k — with C > 1 input maps, its C slices of k×k side by
///   side in a grid, one blank row and column between them (the book's figure of 20 learned
///   5×5 filters is `weights layer=1 grid` of its first convolution).
struct IncomingWeights: Sendable {
    /// The layer, 1-based as in commands (`weights layer=1`).
    let layer: Int
    /// w^l: one row per neuron or map j.
    let weights: Matrix
    /// b^l: one bias per neuron or map.
    let biases: [Float]
    /// How each neuron's (or filter's) weights are drawn.
    let shape: PictureShape
    /// k and C for a convolution layer's filters.
    private let filter: (kernel: Int, channels: Int, columns: Int)?

    /// The weights into `layer` of `network`; `image` is the (rows, columns) of the loaded
    /// images, which lays out a fully connected layer 1's weights like the pixels. Throws
    /// `.layerOutOfRange` unless 1 ≤ layer ≤ the number of layers, `.layerHasNoWeights` for
    /// pooling and dropout layers.
    init(_ network: Network, layer: Int, image: (rows: Int, columns: Int)?) throws(InspectionError) {
        guard layer >= 1, layer <= network.layers.count else {
            throw .layerOutOfRange(layer: layer, layerCount: network.layers.count)
        }
        guard let weighted = network.layers[layer - 1] as? any WeightedLayer else {
            throw .layerHasNoWeights(layer: layer, kind: network.layers[layer - 1].kindName,
                                     weighted: network.weightedLayers.map(\.position))
        }
        self.layer = layer
        weights = weighted.weights
        biases = weighted.biases
        if let conv = weighted as? ConvolutionLayer {
            let (k, c) = (conv.kernelSize, conv.inputShape.channels)
            let columns = Int(Double(c).squareRoot().rounded(.up))
            let rows = (c + columns - 1) / columns
            filter = (k, c, columns)
            shape = PictureShape(width: columns * (k + 1) - 1, height: rows * (k + 1) - 1)
        } else {
            filter = nil
            let flatImage = network.layers[layer - 1].inputShape.isFlat ? image : nil
            shape = PictureShape(count: weights.columns, image: layer == 1 ? flatImage : nil)
        }
    }

    /// Number of neurons (or maps) in the layer (rows of w^l).
    var neuronCount: Int { weights.rows }

    /// Number of incoming weights per neuron (columns of w^l).
    var inputCount: Int { weights.columns }

    /// True for a convolution layer's filters.
    var isConvolution: Bool { filter != nil }

    /// "neuron" or "map", for headings.
    var unitName: String { isConvolution ? "map" : "neuron" }

    /// `neuron` checked against the layer's size; throws `.neuronOutOfRange`.
    func checkNeuron(_ neuron: Int) throws(InspectionError) {
        guard neuron >= 0, neuron < neuronCount else {
            throw .neuronOutOfRange(neuron: neuron, layer: layer, count: neuronCount)
        }
    }

    /// The picture of neuron `neuron`'s incoming weights, or of filter `neuron` (it must exist).
    func raster(neuron: Int) throws(InspectionError) -> Raster {
        let row = weights.row(neuron)
        guard let filter else { return try shape.raster(row) }
        // Weights are (dy, dx, c); slice c goes to grid cell (c / columns, c % columns).
        var values = [Float](repeating: 0, count: shape.width * shape.height)
        let k = filter.kernel
        for dy in 0..<k {
            for dx in 0..<k {
                for c in 0..<filter.channels {
                    let (cellRow, cellColumn) = (c / filter.columns, c % filter.columns)
                    let (y, x) = (cellRow * (k + 1) + dy, cellColumn * (k + 1) + dx)
                    values[y * shape.width + x] = row[(dy * k + dx) * filter.channels + c]
                }
            }
        }
        return try InspectionError.rendering { () throws(DisplayError) in
            try Raster(width: shape.width, height: shape.height, values: values)
        }
    }
}

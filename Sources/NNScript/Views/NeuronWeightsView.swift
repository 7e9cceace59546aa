import NNSDisplay
import NeuralNet

/// `weights layer=1 neuron=5`: the incoming weights w^l_jk of one neuron j as a diverging heat
/// map (blue negative, white 0, red positive, scaled to the largest |w|) — for a hidden neuron of
/// an MNIST network, the 28×28 pattern of ink it responds to.
enum NeuronWeightsView {
    /// Each weight of a PNG written by `weights … neuron=N to=` becomes a square this many
    /// pixels wide at most (28×28 weights give a 280×280 picture; larger maps get smaller squares,
    /// down to 1 pixel, so the picture stays about 280 pixels across where it can).
    static let pngScale = 10

    /// A heading line (layer, neuron, shape, bias), the heat map and its legend. A map wider
    /// than the terminal is shrunk (block means) to fit.
    static func render(_ weights: IncomingWeights, neuron: Int, style: RenderStyle) throws(InspectionError) -> String {
        try weights.checkNeuron(neuron)
        let raster = try weights.raster(neuron: neuron)
        let factor = (raster.width + style.width - 1) / style.width
        return heading(weights, neuron: neuron, factor: factor, style: style) + "\n"
            + HeatMap.render(raster.downsampled(by: factor), style: style)
    }

    /// The bytes of an RGB PNG of the heat map, `pngScale` pixels per weight.
    static func png(_ weights: IncomingWeights, neuron: Int) throws(InspectionError) -> [UInt8] {
        try weights.checkNeuron(neuron)
        let raster = try weights.raster(neuron: neuron)
        return try InspectionError.rendering { () throws(DisplayError) in
            try PNGPictures.heatMap(raster, scale: PNGPictures.scale(forSide: max(raster.width, raster.height), target: 280, maximum: pngScale))
        }
    }

    /// The heat map as a displayable: the terminal map, the PNG, and an HTML figure of the PNG
    /// under its heading.
    static func display(_ weights: IncomingWeights, neuron: Int, style: RenderStyle) throws(InspectionError) -> Displayable {
        try weights.checkNeuron(neuron)
        let title = heading(weights, neuron: neuron, factor: 1, style: style)
        return Displayable(subject: "incoming weights of neuron \(neuron) of layer \(weights.layer)") { () throws(InspectionError) in
            try render(weights, neuron: neuron, style: style)
        }
        .adding(.png) { () throws(InspectionError) in try png(weights, neuron: neuron) }
        .addingHTML { png in HTMLText.figure(png: png ?? [], alt: title, heading: [title]) }
    }

    /// "layer 1, neuron 5: 784 weights w^1_5k as 28×28, bias b^1_5 = 0.1234".
    private static func heading(_ weights: IncomingWeights, neuron: Int, factor: Int, style: RenderStyle) -> String {
        let l = weights.layer
        let shrunk = factor > 1 ? " (shown 1:\(factor))" : ""
        return "layer \(l), neuron \(neuron): \(NumberText.thousands(weights.inputCount)) weights w^\(l)_\(neuron)k "
            + "as \(weights.shape.text(count: weights.inputCount, style: style))\(shrunk), "
            + "bias b^\(l)_\(neuron) = \(NumberText.fixed(Double(weights.biases[neuron]), 4))"
    }
}

import NNSDisplay
import NeuralNet

/// `activations test[7]`: the image fed forward, then for every layer l = 1 … L:
/// - a fully connected layer: one line per neuron j with its weighted input
///   z^l_j = Σ_k w^l_jk a^{l−1}_k + b^l_j and a bar for its activation a^l_j = σ(z^l_j) (with the
///   value); the output layer's largest a_j is marked;
/// - a convolution or max-pooling layer: its feature maps as pictures, one per map, on one
///   scale for the whole layer (grey from 0 to the layer's largest a, or blue–white–red when
///   values can be negative);
/// - a dropout layer: a line saying it passes its values through when evaluating.
enum ActivationsView {
    /// A terminal grid of feature maps takes at most about this many lines.
    static let lineBudget = 40
    /// Maps are not shrunk below this many samples on their longer side.
    static let minimumSide = 6

    /// Each pixel of the image in the PNG becomes a square this many pixels wide.
    static let pngScale = 4

    /// The activations as a displayable: the text below; a PNG of the image above one strip per
    /// layer — cells for the neurons of a fully connected layer (each a^l_j, blue < 0 < red, the
    /// output layer's cells labelled with their class and the largest framed), the feature maps
    /// of a convolution or pooling layer as pictures; an HTML figure of that PNG.
    static func display(_ network: Network, _ set: InspectedSet, index: Int, style: RenderStyle) -> Displayable {
        let traces = network.trace(set.examples.input(at: index))
        let caption = ImageView.caption(set, index)
        return Displayable(subject: "activations for \(caption)") { () throws(InspectionError) in
            try render(network, traces, set, index: index, style: style)
        }
        .adding(.png) { () throws(InspectionError) in
            let raster = try set.raster(at: index)
            let strips = try traces.enumerated().map { (position, trace) throws(InspectionError) in
                let l = position + 1
                let isOutput = l == traces.count
                let layer = network.layers[position]
                guard trace.weightedInputs != nil || layer is DropoutLayer || trace.shape.isFlat else {
                    let kind = layer.detail.isEmpty ? layer.kindName : "\(layer.kindName) \(layer.detail(times: "x"))"
                    return PNGPictures.CellStrip(
                        title: "layer \(l), \(kind): \(trace.shape.channels) maps of \(trace.shape.height)x\(trace.shape.width)",
                        maps: try cells(trace), scale: max(1, 48 / max(trace.shape.height, trace.shape.width)))
                }
                return PNGPictures.CellStrip(
                    title: layer is FullyConnectedLayer
                        ? "layer \(l): activations of its \(trace.activations.count) \(layer.activation.rawValue) neurons"
                        : "layer \(l), \(layer.kindName): its \(trace.activations.count) values",
                    values: trace.activations,
                    labels: isOutput ? trace.activations.indices.map(String.init) : nil,
                    highlight: isOutput ? OutputReading.largest(trace.activations) : nil)
            }
            return try InspectionError.rendering { () throws(DisplayError) in
                try PNGPictures.imageAboveStrips(raster, scale: pngScale, strips: strips)
            }
        }
        .addingHTML { png in HTMLText.figure(png: png ?? [], alt: "activations for \(caption)", heading: [caption]) }
    }

    /// The image with its caption, then per layer a heading and its neurons' lines or maps.
    /// - Parameter index: the image, in `0 ..< set.count`.
    static func render(
        _ network: Network, _ set: InspectedSet, index: Int, style: RenderStyle
    ) throws(InspectionError) -> String {
        try render(network, network.trace(set.examples.input(at: index)), set, index: index, style: style)
    }

    private static func render(
        _ network: Network, _ traces: [LayerTrace], _ set: InspectedSet, index: Int, style: RenderStyle
    ) throws(InspectionError) -> String {
        var blocks = [try ImageView.render(set, index: index, style: style)]
        for (position, trace) in traces.enumerated() {
            let l = position + 1
            let layer = network.layers[position]
            if let z = trace.weightedInputs {
                blocks.append(try neuronLines(layer: l, z: z, a: trace.activations, isOutput: l == traces.count,
                                              activation: layer.activation, set: set, style: style))
            } else if layer is DropoutLayer {
                blocks.append("layer \(l), \(layer.kindName) \(layer.detail): passes its "
                              + "\(NumberText.thousands(trace.activations.count)) values through when evaluating")
            } else {
                blocks.append(try featureMaps(layer: l, of: layer, trace: trace, style: style))
            }
        }
        return blocks.joined(separator: "\n\n")
    }

    /// A fully connected layer: "layer 1, hidden layer of 30 sigmoid neurons: …" and its bars.
    private static func neuronLines(
        layer l: Int, z: [Float], a: [Float], isOutput: Bool, activation: Activation, set: InspectedSet, style: RenderStyle
    ) throws(InspectionError) -> String {
        let indexWidth = String(max(0, z.count - 1)).count
        let zTexts = z.map { NumberText.fixed(Double($0), 3) }
        let zWidth = zTexts.map(\.count).max() ?? 0
        let labels = zip(z.indices, zTexts).map { j, text in
            pad(isOutput ? set.labelText(j) : String(j), indexWidth) + "  z " + pad(text, zWidth)
        }
        let bars = try InspectionError.rendering { () throws(DisplayError) in
            try BarChart.render(labels: labels, values: a.map(Double.init),
                                highlight: isOutput ? OutputReading.largest(a) : nil, style: style)
        }
        let role = isOutput ? "output layer" : "hidden layer"
        return "layer \(l), \(role) of \(z.count) \(activation.rawValue) neurons: "
            + "j, z^\(l)_j and a bar for a^\(l)_j\n" + bars
    }

    /// A layer with maps: a heading, then its maps as a grid of pictures captioned with their numbers.
    private static func featureMaps(layer l: Int, of layer: any Layer, trace: LayerTrace,
                                    style: RenderStyle) throws(InspectionError) -> String {
        let shape = trace.shape
        let cells = try cells(trace)
        let factor = GridFit.factor(width: shape.width, height: shape.height, count: shape.channels,
                                    lineBudget: lineBudget, minimumSide: minimumSide, style: style)
        let shrunk = cells.map { GridCell($0.raster.downsampled(by: factor), palette: $0.palette, caption: $0.caption) }
        let grid = try InspectionError.rendering { () throws(DisplayError) in try ImageGrid.render(shrunk, style: style) }
        let largest = trace.activations.reduce(0) { max($0, abs($1)) }
        let kind = layer.detail.isEmpty ? layer.kindName : "\(layer.kindName) \(layer.detail(times: style.times))"
        var heading = "layer \(l), \(kind): \(shape.channels) maps of \(shape.height)\(style.times)\(shape.width), "
            + "a^\(l) from 0 to \(NumberText.fixed(Double(largest), 3))"
        if factor > 1 { heading += ", shown 1:\(factor)" }
        return heading + "\n" + grid
    }

    /// One picture per map of a layer's output (channels last), on the layer's common scale:
    /// greyscale a/max when no value is negative, else diverging ±max.
    static func cells(_ trace: LayerTrace) throws(InspectionError) -> [GridCell] {
        let shape = trace.shape
        let a = trace.activations
        let largest = max(a.reduce(0) { max($0, abs($1)) }, .leastNormalMagnitude)
        let signed = a.contains { $0 < 0 }
        return try (0..<shape.channels).map { (c) throws(InspectionError) in
            var values = [Float](repeating: 0, count: shape.height * shape.width)
            for p in values.indices { values[p] = a[p * shape.channels + c] }
            if !signed { values = values.map { $0 / largest } }
            let raster = try InspectionError.rendering { () throws(DisplayError) in
                try Raster(width: shape.width, height: shape.height, values: values)
            }
            return GridCell(raster, palette: signed ? .diverging(limit: largest) : .greyscale, caption: String(c))
        }
    }

    /// `text` right-aligned in `width` columns.
    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

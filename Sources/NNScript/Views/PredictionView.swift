import NNSDisplay
import NeuralNet

/// `predict test[7]`: the image, the network's output activations a^L as bars with the predicted
/// class (the largest a_j) highlighted, predicted against true label, and the cost C_x of this
/// one input.
enum PredictionView {
    /// Each pixel of the image in the PNG becomes a square this many pixels wide.
    static let pngScale = 8

    /// The network's answer for one image, worked out once for every representation.
    struct Prediction: Sendable {
        /// a^L, one activation per output neuron.
        let output: [Float]
        /// The index of the largest a_j.
        let predicted: Int
        /// The image's label.
        let truth: Int
        /// C_x of this one image.
        let cost: Double
    }

    /// Feeds image `index` of `set` forward.
    static func predict(_ network: Network, _ set: InspectedSet, index: Int) throws(InspectionError) -> Prediction {
        guard let output = network.trace(set.examples.input(at: index)).last?.activations, !output.isEmpty else {
            throw .display(.empty(what: "the output layer"))
        }
        return Prediction(output: output, predicted: OutputReading.largest(output), truth: set.label(at: index),
                          cost: network.evaluate(set.examples.subset(index ..< index + 1)).cost)
    }

    /// The prediction as a displayable: the text below; a PNG of the image beside the bars
    /// of a^L; an HTML figure of that PNG with the caption, verdict and cost lines.
    static func display(_ network: Network, _ set: InspectedSet, index: Int, style: RenderStyle) throws(InspectionError) -> Displayable {
        let prediction = try predict(network, set, index: index)
        let caption = ImageView.caption(set, index)
        let plain = RenderStyle(color: .none, unicode: style.unicode, width: style.width)
        let lines = [caption, verdict(prediction, set, network: network, style: plain), costLine(prediction, network)]
        return Displayable(subject: caption) { () throws(InspectionError) in
            try render(prediction, network, set, index: index, style: style)
        }
        .adding(.png) { () throws(InspectionError) in
            let raster = try set.raster(at: index)
            let values = prediction.output.map(Double.init)
            let top = max(1, values.filter(\.isFinite).max() ?? 1)
            return try InspectionError.rendering { () throws(DisplayError) in
                try PNGPictures.imageBesideBars(
                    raster, scale: pngScale, labels: prediction.output.indices.map(String.init), values: values,
                    highlight: prediction.predicted, range: 0...top)
            }
        }
        .addingHTML { png in HTMLText.figure(png: png ?? [], alt: caption, caption: lines) }
    }

    /// The image with its caption, a line "predicted 7 (a = 0.930), true 7: correct", the bars
    /// of a^L (one per output neuron j, labelled with the class) and the cost line.
    /// - Parameter index: the image, in `0 ..< set.count`.
    static func render(
        _ network: Network, _ set: InspectedSet, index: Int, style: RenderStyle
    ) throws(InspectionError) -> String {
        try render(try predict(network, set, index: index), network, set, index: index, style: style)
    }

    private static func render(
        _ prediction: Prediction, _ network: Network, _ set: InspectedSet, index: Int, style: RenderStyle
    ) throws(InspectionError) -> String {
        let image = try ImageView.render(set, index: index, style: style)
        let output = prediction.output
        let bars = try InspectionError.rendering { () throws(DisplayError) in
            try BarChart.render(
                labels: output.indices.map(set.labelText), values: output.map(Double.init),
                highlight: prediction.predicted, style: style)
        }
        let outputName = network.layers.last.map(\.activation).map { " (\($0.rawValue))" } ?? ""
        return [
            image,
            "",
            verdict(prediction, set, network: network, style: style),
            "output activations a^L\(outputName):",
            bars,
            costLine(prediction, network),
        ].joined(separator: "\n")
    }

    /// "predicted 7 (a = 0.930), true 7: correct".
    private static func verdict(_ prediction: Prediction, _ set: InspectedSet, network: Network, style: RenderStyle) -> String {
        let predicted = prediction.predicted
        let word = predicted == prediction.truth
            ? style.paint("correct", foreground: OutputReading.rightColor, bold: true)
            : style.paint("wrong", foreground: OutputReading.wrongColor, bold: true)
        return "predicted \(set.labelText(predicted)) (a = \(NumberText.fixed(Double(prediction.output[predicted]), 3))), "
            + "true \(set.labelText(prediction.truth)): \(word)"
    }

    /// "cost C_x = 0.0012 (quadratic)".
    private static func costLine(_ prediction: Prediction, _ network: Network) -> String {
        "cost C_x = \(NumberText.fixed(prediction.cost, 4)) (\(network.cost.rawValue))"
    }
}

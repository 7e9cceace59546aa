import NNSDisplay
import NeuralNet

/// `predict test[7]`: the image, the network's output activations a^L as bars with the predicted
/// class (the largest a_j) highlighted, predicted against true label, and the cost C_x of this
/// one input.
enum PredictionView {
    /// The image with its caption, a line "predicted 7 (a = 0.930), true 7: correct", the bars
    /// of a^L (one per output neuron j, labelled with the class) and the cost line.
    /// - Parameter index: the image, in `0 ..< set.count`.
    static func render(
        _ network: Network, _ set: InspectedSet, index: Int, style: RenderStyle
    ) throws(InspectionError) -> String {
        let image = try ImageView.render(set, index: index, style: style)
        guard let output = network.trace(set.examples.input(at: index)).last?.activations, !output.isEmpty else {
            throw .display(.empty(what: "the output layer"))
        }
        let predicted = OutputReading.largest(output)
        let truth = set.label(at: index)
        let cost = network.evaluate(set.examples.subset(index ..< index + 1)).cost
        let bars = try InspectionError.rendering { () throws(DisplayError) in
            try BarChart.render(
                labels: output.indices.map(set.labelText), values: output.map(Double.init),
                highlight: predicted, style: style)
        }
        let verdict = predicted == truth
            ? style.paint("correct", foreground: OutputReading.rightColor, bold: true)
            : style.paint("wrong", foreground: OutputReading.wrongColor, bold: true)
        let outputName = network.activations.last.map { " (\($0.rawValue))" } ?? ""
        return [
            image,
            "",
            "predicted \(set.labelText(predicted)) (a = \(NumberText.fixed(Double(output[predicted]), 3))), "
                + "true \(set.labelText(truth)): \(verdict)",
            "output activations a^L\(outputName):",
            bars,
            "cost C_x = \(NumberText.fixed(cost, 4)) (\(network.cost.rawValue))",
        ].joined(separator: "\n")
    }
}

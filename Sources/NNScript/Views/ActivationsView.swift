import NNSDisplay
import NeuralNet

/// `activations test[7]`: the image fed forward, then for every layer l = 1 … L one line per
/// neuron j with its weighted input z^l_j = Σ_k w^l_jk a^{l−1}_k + b^l_j and a bar for its
/// activation a^l_j = σ(z^l_j) (with the value); the output layer's largest a_j is marked.
enum ActivationsView {
    /// The image with its caption, then per layer a heading and its neurons' lines.
    /// - Parameter index: the image, in `0 ..< set.count`.
    static func render(
        _ network: Network, _ set: InspectedSet, index: Int, style: RenderStyle
    ) throws(InspectionError) -> String {
        var blocks = [try ImageView.render(set, index: index, style: style)]
        let traces = network.trace(set.examples.input(at: index))
        for (position, trace) in traces.enumerated() {
            let l = position + 1
            let isOutput = l == traces.count
            let z = trace.weightedInputs
            let a = trace.activations
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
            blocks.append("layer \(l), \(role) of \(z.count) \(network.activations[position].rawValue) neurons: "
                + "j, z^\(l)_j and a bar for a^\(l)_j\n" + bars)
        }
        return blocks.joined(separator: "\n\n")
    }

    /// `text` right-aligned in `width` columns.
    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

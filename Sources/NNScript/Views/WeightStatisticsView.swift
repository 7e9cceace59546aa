import NNSDisplay
import NeuralNet

/// `weights` without `neuron=`/`grid`: for every layer l (1 = first hidden layer) the shape of
/// w^l and b^l, their mean, standard deviation, minimum and maximum, and a histogram of w^l.
enum WeightStatisticsView {
    /// Bins of each layer's weight histogram.
    static let histogramBins = 12

    /// A line naming the network, a table with rows w^l and b^l per layer (shape, count, mean,
    /// std, min, max with 4 decimals), then per layer a histogram of its weights.
    /// - Parameter layers: the layers to show (1-based, each a layer with weights); nil for all
    ///   the layers with weights.
    static func render(_ network: Network, layers: [Int]? = nil, style: RenderStyle) throws(InspectionError) -> String {
        let shown = (layers ?? network.weightedLayers.map(\.position)).compactMap { l in
            (network.layers[l - 1] as? any WeightedLayer).map { (l, $0) }
        }
        var rows: [[String]] = []
        for (l, layer) in shown {
            let w = layer.weights
            rows.append(row("w^\(l)", shape: "\(w.rows)\(style.times)\(w.columns)", SummaryStatistics(w.elements)))
            rows.append(row("b^\(l)", shape: "\(w.rows)", SummaryStatistics(layer.biases)))
        }
        let table = TextTable(header: ["", "shape", "count", "mean", "std", "min", "max"], rows: rows)
        var blocks = [NetworkDescription.line(network), table.render(style: style)]
        for (l, layer) in shown {
            let weights = layer.weights.elements
            let histogram = try InspectionError.rendering { () throws(DisplayError) in
                try Histogram(values: weights, bins: histogramBins)
            }
            let kind = layer is ConvolutionLayer ? "\(layer.kindName) \(layer.detail(times: style.times)), " : ""
            blocks.append("""
                w^\(l): \(NumberText.thousands(weights.count)) weights into layer \(l) \
                (\(kind)\(layer.inputShape.text(times: style.times)) \(style.arrow) \
                \(layer.outputShape.text(times: style.times)), \(layer.activation.rawValue))
                \(histogram.render(style: style))
                """)
        }
        return blocks.joined(separator: "\n\n")
    }

    /// One table row: name, shape, count and the four statistics.
    private static func row(_ name: String, shape: String, _ statistics: SummaryStatistics) -> [String] {
        let number = { (value: Double) in NumberText.fixed(value, 4) }
        return [name, shape, NumberText.thousands(statistics.count + statistics.nonFiniteCount),
                number(statistics.mean), number(statistics.standardDeviation),
                number(statistics.minimum), number(statistics.maximum)]
    }
}

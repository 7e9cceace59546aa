import NNSDisplay
import NeuralNet

/// The summary of a network in the style of Keras's `model.summary()`: one row per layer with
/// its number, kind, output shape, parameter count and activation, then the totals.
///
/// ```
///  #  layer             output    parameters  activation
///  0  input             28×28×1            0
///  1  convolution 5×5   24×24×20         520  relu
///  2  max-pooling 2×2   12×12×20           0
///  …
/// 85,670 weights and biases · log-likelihood cost
/// ```
enum NetworkSummaryView {
    static let header = ["#", "layer", "output", "parameters", "activation"]

    /// The table for `input` followed by `layers`, and a totals line with `cost`.
    static func render(input: TensorShape, layers: [any Layer], cost: Cost, style: RenderStyle) -> String {
        let table = TextTable(header: header, rows: rows(input: input, layers: layers, times: style.times))
        return table.render(style: style) + "\n" + totals(layers, cost: cost)
    }

    /// The summary as a displayable: the text table, and an HTML table for notebooks.
    static func display(input: TensorShape, layers: [any Layer], cost: Cost, style: RenderStyle) -> Displayable {
        Displayable(subject: "the network's layers") { render(input: input, layers: layers, cost: cost, style: style) }
            .addingHTML { _ in
                HTMLText.table(header: header, rows: rows(input: input, layers: layers, times: "×"))
                    + "<p>" + HTMLText.escape(totals(layers, cost: cost)) + "</p>"
            }
    }

    /// One row per layer, the input first.
    private static func rows(input: TensorShape, layers: [any Layer], times: String) -> [[String]] {
        [["0", "input", input.text(times: times), "0", ""]] + layers.enumerated().map { index, layer in
            let kind = layer.detail.isEmpty ? layer.kindName : "\(layer.kindName) \(layer.detail(times: times))"
            let activation = layer is any WeightedLayer ? layer.activation.rawValue : ""
            return [String(index + 1), kind, layer.outputShape.text(times: times),
                    NumberText.thousands(layer.parameterCount), activation]
        }
    }

    /// "85,670 weights and biases · log-likelihood cost".
    private static func totals(_ layers: [any Layer], cost: Cost) -> String {
        "\(NumberText.thousands(layers.reduce(0) { $0 + $1.parameterCount })) weights and biases · \(cost.rawValue) cost"
    }

    /// The summary of `network`.
    static func display(_ network: Network, style: RenderStyle) -> Displayable {
        display(input: network.inputShape, layers: network.layers, cost: network.cost, style: style)
    }

    /// The summary of an unfinished `draft`.
    static func display(_ draft: NetworkDraft, style: RenderStyle) -> Displayable {
        display(input: draft.inputShape, layers: draft.layers, cost: draft.cost, style: style)
    }
}

extension Layer {
    /// `detail` with `×` replaced by `times` (plain text where Unicode is off).
    func detail(times: String) -> String { detail.replacingOccurrences(of: "×", with: times) }
}

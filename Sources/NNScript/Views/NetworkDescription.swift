import NeuralNet

/// The one-line description of a network that heads the weight views:
/// "network [784, 30, 10]: sigmoid hidden, sigmoid output, quadratic cost".
enum NetworkDescription {
    /// The sizes, the activations (hidden and output; one name when all layers share it) and the cost.
    static func line(_ network: Network) -> String {
        let names = network.activations.map(\.rawValue)
        let hidden = Array(names.dropLast())
        let output = names.last ?? ""
        let activations: String
        if hidden.allSatisfy({ $0 == output }) {
            activations = output
        } else {
            let hiddenText = Set(hidden).count == 1 ? hidden[0] : hidden.joined(separator: "/")
            activations = "\(hiddenText) hidden, \(output) output"
        }
        return "network \(InspectionError.sizesText(network.sizes)): \(activations), \(network.cost.rawValue) cost"
    }
}

import NeuralNet

/// The one-line description of a network that heads the weight views:
/// "network [784, 30, 10]: sigmoid hidden, sigmoid output, quadratic cost", or for networks with
/// other layers than fully connected ones their layers in a row
/// ("network 28×28×1 → conv 5×5 24×24×20 relu → pool 2×2 12×12×20 → 10 softmax, log-likelihood cost").
enum NetworkDescription {
    /// The sizes, the activations (hidden and output; one name when all layers share it) and the cost.
    static func line(_ network: Network) -> String {
        guard network.isFullyConnected else {
            return "network \(network.shapeDescription), \(network.cost.rawValue) cost"
        }
        let names = network.layers.map(\.activation.rawValue)
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

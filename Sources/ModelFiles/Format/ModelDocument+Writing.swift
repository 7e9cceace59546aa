import Foundation
import NeuralNet

extension ModelDocument {
    /// The value of the top-level `"format"` field that marks a JSON file as an nns model.
    static let formatMarker = "nns-model"

    /// The document as the JSON text of docs/model-format.md: small fields first, one per line;
    /// then `history`; then `biases` (one line per layer) and `weights` (one line per row w^l_j·).
    /// - Precondition: the network is valid (`network.validate()` passes), so every parameter
    ///   is finite.
    func jsonBytes() -> [UInt8] {
        let parameterCount = network.weights.reduce(0) { $0 + $1.elements.count } + network.biases.reduce(0) { $0 + $1.count }
        var writer = JSONWriter(capacity: 16 * parameterCount + 4096)
        writer.openObject(multiline: true)
        writer.key("format"); writer.string(Self.formatMarker)
        writer.key("formatVersion"); writer.integer(formatVersion)
        writer.key("nnsVersion"); writer.string(nnsVersion)
        if let created {
            writer.key("created"); writer.string(created.formatted(.iso8601))
        }
        if let seed {
            writer.key("seed"); writer.integer(seed)
        }
        writer.key("sizes"); writer.integerArray(network.sizes)
        writer.key("activations"); writer.stringArray(network.activations.map(\.rawValue))
        writer.key("cost"); writer.string(network.cost.rawValue)
        writer.key("history")
        writer.openArray(multiline: true)
        for record in history { record.write(to: &writer) }
        writer.closeArray()
        writer.key("biases")
        writer.openArray(multiline: true)
        for layer in network.biases { writer.floatArray(layer) }
        writer.closeArray()
        writer.key("weights")
        writer.openArray(multiline: true)
        for matrix in network.weights {
            writer.openArray(multiline: true)
            for row in 0..<matrix.rows {
                writer.floatArray(matrix.elements[row * matrix.columns ..< (row + 1) * matrix.columns])
            }
            writer.closeArray()
        }
        writer.closeArray()
        writer.closeObject()
        return writer.bytes
    }
}

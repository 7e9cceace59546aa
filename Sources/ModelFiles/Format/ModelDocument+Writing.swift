import Foundation
import NeuralNet

extension ModelDocument {
    /// The value of the top-level `"format"` field that marks a JSON file as an nns model.
    static let formatMarker = "nns-model"

    /// The document as the JSON text of docs/model-format.md, always format version 2 (whatever
    /// version it was read from): small fields first, one per line; `layers` one line per layer;
    /// then `history`; then `parameters`, one object per layer with weights, its biases on one
    /// line and its weights one line per row (a neuron's or a feature map's weights).
    /// - Precondition: the network is valid (`network.validate()` passes), so every parameter
    ///   is finite and every layer is of a kind the format knows.
    func jsonBytes() -> [UInt8] {
        var writer = JSONWriter(capacity: 16 * network.parameterCount + 4096)
        writer.openObject(multiline: true)
        writer.key("format"); writer.string(Self.formatMarker)
        writer.key("formatVersion"); writer.integer(Self.currentFormatVersion)
        writer.key("nnsVersion"); writer.string(nnsVersion)
        if let created {
            writer.key("created"); writer.string(created.formatted(.iso8601))
        }
        if let seed {
            writer.key("seed"); writer.integer(seed)
        }
        writer.key("input"); writer.integerArray(network.inputShape.jsonDimensions)
        writer.key("cost"); writer.string(network.cost.rawValue)
        writer.key("layers")
        writer.openArray(multiline: true)
        for layer in network.layers { writer.layerDescription(layer) }
        writer.closeArray()
        writer.key("history")
        writer.openArray(multiline: true)
        for record in history { record.write(to: &writer) }
        writer.closeArray()
        writer.key("parameters")
        writer.openArray(multiline: true)
        for (position, layer) in network.weightedLayers {
            writer.openObject(multiline: true)
            writer.key("layer"); writer.integer(position)
            writer.key("biases"); writer.floatArray(layer.biases)
            writer.key("weights")
            writer.openArray(multiline: true)
            let matrix = layer.weights
            for row in 0..<matrix.rows {
                writer.floatArray(matrix.elements[row * matrix.columns ..< (row + 1) * matrix.columns])
            }
            writer.closeArray()
            writer.closeObject()
        }
        writer.closeArray()
        writer.closeObject()
        return writer.bytes
    }
}

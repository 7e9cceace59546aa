import Foundation
import NeuralNet

extension ModelDocument {
    /// The document in a parsed model file, every field checked: the format marker and version,
    /// required fields present with the right types, and the network of the file's version —
    /// format 2's layers (`layeredNetwork`), or format 1's fully connected network: sizes
    /// positive, one activation per weight
    /// layer, known activation and cost names, `biases[l]` of `sizes[l+1]` values, `weights[l]`
    /// of `sizes[l+1]` rows of `sizes[l]` values, every parameter a finite Float32, and the
    /// whole a valid `Network`; the sizes are checked against `Network.maximumParameterCount`
    /// and against `fileBytes` (the file's length, when known: every parameter takes at least two
    /// bytes of JSON) before anything is computed or allocated from them. The history is checked
    /// too (see `TrainingRecord.init(field:)`), its speed-of-learning layers against the
    /// network's. Unknown extra fields are ignored.
    /// - Throws: the first problem found, naming the field.
    init(json: JSONValue, fileBytes: Int? = nil) throws(ModelFileProblem) {
        let root = ModelField(value: json, path: "")
        try Self.checkFormatMarker(root)
        let version = try root.member("formatVersion").integer()
        guard Self.supportedFormatVersions.contains(version) else {
            throw .unsupportedFormatVersion(version, supported: Self.supportedFormatVersions)
        }
        let nnsVersion = try root.member("nnsVersion").string()
        let created = try root.optionalMember("created").map { (field) throws(ModelFileProblem) in try Self.date(field) }
        let seed = try root.optionalMember("seed")?.unsignedInteger()
        let network = version == 1 ? try Self.network(root, fileBytes: fileBytes)
            : try Self.layeredNetwork(root, fileBytes: fileBytes)
        let history = try root.optionalMember("history")?.elements().map { (field) throws(ModelFileProblem) in
            let record = try TrainingRecord(field: field)
            try record.checkSpeedLayers(in: field, layerCount: network.layers.count)
            return record
        }
        self.init(network: network, history: history ?? [], seed: seed, nnsVersion: nnsVersion, created: created,
                  formatVersion: version)
    }

    private static func checkFormatMarker(_ root: ModelField) throws(ModelFileProblem) {
        guard case .object(let members) = root.value else { throw .notAModel(found: root.value.summary) }
        guard let marker = members["format"] else { throw .notAModel(found: "an object without a \"format\" field") }
        guard case .string(formatMarker) = marker else { throw .notAModel(found: "\"format\" set to \(marker.summary)") }
    }

    private static func date(_ field: ModelField) throws(ModelFileProblem) -> Date {
        let text = try field.string()
        guard let date = try? Date(text, strategy: .iso8601) else {
            throw .invalidValue(field: field.path, problem: "is \"\(text)\", not a UTC date and time like 2025-06-01T12:00:00Z")
        }
        return date
    }

    /// Format 1's network: sizes, activations, cost, biases and weights, checked against each other.
    private static func network(_ root: ModelField, fileBytes: Int?) throws(ModelFileProblem) -> Network {
        let sizes = try layerSizes(root.member("sizes"), fileBytes: fileBytes)
        let layerCount = sizes.count - 1
        let sizesText = "[" + sizes.map(String.init).joined(separator: ", ") + "]"
        let activations = try root.member("activations")
            .elements(count: layerCount, unit: "name", reason: "one activation per weight layer for sizes \(sizesText)")
            .map { (field) throws(ModelFileProblem) in try field.name(of: Activation.self, kind: "an activation") }
        let cost = try root.member("cost").name(of: Cost.self, kind: "a cost")
        let biases = try root.member("biases")
            .elements(count: layerCount, unit: "vector", reason: "one bias vector per layer after the input for sizes \(sizesText)")
            .enumerated().map { (l, field) throws(ModelFileProblem) in
                try field.parameters(count: sizes[l + 1], reason: "layer \(l + 1) has sizes[\(l + 1)] = \(sizes[l + 1]) neurons")
            }
        let weights = try root.member("weights")
            .elements(count: layerCount, unit: "matrix", reason: "one weight matrix per pair of adjacent layers for sizes \(sizesText)")
            .enumerated().map { (l, field) throws(ModelFileProblem) in try weightMatrix(field, rows: sizes[l + 1], columns: sizes[l], layer: l) }
        do {
            return try Network(sizes: sizes, weights: weights, biases: biases, activations: activations, cost: cost)
        } catch {
            throw .invalidNetwork(error)
        }
    }

    private static func layerSizes(_ field: ModelField, fileBytes: Int?) throws(ModelFileProblem) -> [Int] {
        let sizes = try field.elements().map { (size) throws(ModelFileProblem) in
            let value = try size.integer()
            guard value > 0 else {
                throw .invalidValue(field: size.path, problem: "is \(value); every layer needs at least one neuron")
            }
            return value
        }
        guard sizes.count >= 2 else {
            throw .wrongShape(field: field.path, expected: "at least 2 sizes", found: counted(sizes.count, "size"),
                              reason: "a network needs an input and an output layer, e.g. [784, 30, 10]")
        }
        let sizesText = "[" + sizes.map(String.init).joined(separator: ", ") + "]"
        let limit = Network.maximumParameterCount
        guard let parameters = parameterCount(sizes, atMost: limit) else {
            throw .invalidValue(field: field.path, problem: "is \(sizesText): a network of these sizes has more than "
                                + "\(limit.grouped) weights and biases, the most nns handles")
        }
        if let fileBytes, parameters > fileBytes / 2 {
            throw .invalidValue(field: field.path, problem: "is \(sizesText), which needs \(parameters.grouped) weights and "
                                + "biases, but the whole file has only \(counted(fileBytes, "byte")) (each parameter takes "
                                + "at least 2): the sizes do not match the parameters")
        }
        return sizes
    }

    /// The number of weights and biases of a network with `sizes` (Σ (n_l + 1)·n_{l+1}), or nil
    /// when it exceeds `limit`; never overflows, whatever the sizes.
    static func parameterCount(_ sizes: [Int], atMost limit: Int) -> Int? {
        var total = 0
        for (inputs, outputs) in zip(sizes, sizes.dropFirst()) {
            let (withBias, overflowA) = inputs.addingReportingOverflow(1)
            let (layer, overflowB) = withBias.multipliedReportingOverflow(by: outputs)
            guard !overflowA, !overflowB, layer <= limit - total else { return nil }
            total += layer
        }
        return total
    }

    /// `weights[layer]`: `rows` arrays (w_j· for each neuron j of layer `layer` + 1) of `columns` numbers.
    private static func weightMatrix(_ field: ModelField, rows: Int, columns: Int, layer l: Int) throws(ModelFileProblem) -> Matrix {
        let shape = "\(rows) × \(columns)"
        if case .array(let values) = field.value, case .number = values.first {
            throw .wrongType(field: field.path, expected: "\(rows) rows of \(columns) numbers (an array of arrays, row-major)",
                             found: "a flat array of \(counted(values.count, "number"))")
        }
        let rowFields = try field.elements(count: rows, unit: "row", reason: "weights[\(l)] is sizes[\(l + 1)] × sizes[\(l)] = "
                                           + "\(shape), one row per neuron of layer \(l + 1)")
        var elements: [Float] = []
        for row in rowFields {
            elements += try row.parameters(count: columns, reason: "one weight per neuron of layer \(l) (sizes[\(l)] = \(columns))")
        }
        return Matrix(rows: rows, columns: columns, elements: elements)
    }
}

extension Int {
    /// The number with thousands separators: `100,000,000`.
    var grouped: String {
        let digits = String(magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return self < 0 ? "-" + result : result
    }
}

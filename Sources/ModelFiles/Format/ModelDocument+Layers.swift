import NeuralNet

extension ModelDocument {
    /// Format 2's network: `input`, `cost`, `layers` (each planned and checked in turn, its
    /// input the output of the one below) and `parameters` (one entry per layer with weights,
    /// in order). The whole architecture — every size, and the parameter count against
    /// `Network.maximumParameterCount` and against `fileBytes` (each parameter takes at least
    /// two bytes of JSON) — is checked before any parameter is read; then biases and weights
    /// must have exactly the shapes the layers call for, and the layers must form a valid
    /// `Network` (softmax last, a cost defined for the output).
    static func layeredNetwork(_ root: ModelField, fileBytes: Int?) throws(ModelFileProblem) -> Network {
        let input = try root.member("input").shape()
        let cost = try root.member("cost").name(of: Cost.self, kind: "a cost")
        let layersField = try root.member("layers")
        let entries = try layersField.elements()
        guard !entries.isEmpty else {
            throw .wrongShape(field: layersField.path, expected: "at least 1 layer", found: "0 layers",
                              reason: "a network needs at least one layer after its input")
        }
        var plans: [LayerPlan] = []
        var total = 0
        var below = input
        for (index, entry) in entries.enumerated() {
            let plan = try LayerPlan(entry, position: index + 1, input: below,
                                     budget: Network.maximumParameterCount - total)
            total += plan.parameterCount
            plans.append(plan)
            below = plan.output
        }
        if let fileBytes, total > fileBytes / 2 {
            throw .invalidValue(field: layersField.path, problem: "describe a network of \(total.grouped) weights and biases, "
                                + "but the whole file has only \(counted(fileBytes, "byte")) (each parameter takes at least 2): "
                                + "the layers do not match the parameters")
        }

        let weighted = plans.filter { $0.weightShape != nil }
        let positions = weighted.map { String($0.position) }
        let parameterFields = try root.member("parameters").elements(
            count: weighted.count, unit: "object",
            reason: weighted.isEmpty ? "no layer has weights"
                : "one per layer with weights, in order (layer\(weighted.count == 1 ? "" : "s") "
                    + "\(positions.joined(separator: ", ")))")
        var layers: [any Layer] = []
        var nextEntry = 0
        for plan in plans {
            guard case let (rows, columns)? = plan.weightShape else {
                layers.append(plan.layer(weights: nil, biases: []))
                continue
            }
            let entry = parameterFields[nextEntry]
            nextEntry += 1
            let layerField = try entry.member("layer")
            let position = try layerField.integer()
            guard position == plan.position else {
                throw .invalidValue(field: layerField.path, problem: "is \(position), but parameters[\(nextEntry - 1)] "
                                    + "belongs to layer \(plan.position), the \(ordinal(nextEntry)) layer with "
                                    + "weights (parameters lists layers \(positions.joined(separator: ", ")) in order)")
            }
            let biases = try entry.member("biases").parameters(count: rows, reason: plan.rowsReason)
            let weights = try entry.member("weights").matrix(rows: rows, columns: columns, rowsReason: plan.rowsReason,
                                                             rowReason: plan.rowReason)
            layers.append(plan.layer(weights: weights, biases: biases))
        }
        do {
            return try Network(layers: layers, cost: cost)
        } catch {
            throw .invalidNetwork(error)
        }
    }

    /// "first", "second", … "tenth", then "11th", "12th", … (for messages).
    private static func ordinal(_ number: Int) -> String {
        let words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        return (1...words.count).contains(number) ? words[number - 1] : "\(number)th"
    }
}

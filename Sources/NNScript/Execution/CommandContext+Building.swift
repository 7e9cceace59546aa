import NeuralNet

/// What the layer-building commands (`layer`, `conv`, `pool`, `dropout`) share: the network to
/// add to, the checks of what fits on top of it, and how the result is kept and shown.
extension CommandContext {
    /// The network being built: the unfinished draft, or the current network's layers to add
    /// more on top; a diagnostic saying how to start one when there is neither.
    func buildingDraft() throws(Diagnostic) -> NetworkDraft {
        guard let draft = session.draft ?? session.network.map(NetworkDraft.init) else { throw failure(.noNetworkForLayer) }
        return draft
    }

    /// The initialiser of a new layer: its `init=`, else the one given to `net`.
    var layerInitializer: WeightInitializer {
        arguments.string("init").flatMap(WeightInitializer.init(choice:)) ?? session.initializer
    }

    /// Throws (at `argument`) unless `draft` has room for `added` more weights and biases
    /// (nil: a count that overflowed) under `Network.maximumParameterCount`, in a layer giving
    /// `outputs` values per sample.
    func checkParameterRoom(_ draft: NetworkDraft, adding added: Int?, outputs: Int, at argument: String) throws(Diagnostic) {
        let existing = draft.layers.reduce(0) { $0 + $1.parameterCount }
        guard let added, added <= Network.maximumParameterCount - existing else {
            let sizes = [draft.inputShape.count] + draft.layers.map(\.outputShape.count) + [outputs]
            throw failure(.network(.tooManyParameters(sizes: sizes, limit: Network.maximumParameterCount)), at: argument)
        }
    }

    /// The top of `draft` as messages name it: `layer 4 (max-pooling 2×2 → 2×2×40)`, or
    /// `the input (28×28×1)`.
    func describeTop(of draft: NetworkDraft) -> String {
        let times = options.renderStyle.times
        guard let top = draft.layers.last else { return "the input (\(draft.inputShape.text(times: times)))" }
        let kind = top.detail.isEmpty ? top.kindName : "\(top.kindName) \(top.detail(times: times))"
        return "layer \(draft.layers.count) (\(kind) \(options.renderStyle.arrow) \(top.outputShape.text(times: times)))"
    }

    /// Throws unless the top of `draft` gives maps a `size`×`size` window (a kernel or a pooling
    /// block, named by `what`) fits in; the diagnostic is at `argument`.
    func checkWindowFits(_ size: Int, what: String, in draft: NetworkDraft, at argument: String) throws(Diagnostic) {
        let shape = draft.outputShape
        let times = options.renderStyle.times
        if shape.isFlat, shape.count > 1 {
            let image = session.exampleSet.map { "\($0.images.rows)x\($0.images.columns)" } ?? "28x28"
            throw failure(.layerDoesNotFit(
                problem: "\(what) needs maps, not the flat vector of \(shape.count) values",
                below: describeTop(of: draft),
                advice: draft.layers.isEmpty ? "start the network with its image shape, 'net input=\(image)'"
                    : "put convolution and pooling layers before the fully connected ones"), at: argument)
        }
        guard size <= shape.height, size <= shape.width else {
            throw failure(.layerDoesNotFit(
                problem: "\(what) \(size)\(times)\(size) does not fit the \(shape.height)\(times)\(shape.width) maps",
                below: describeTop(of: draft),
                advice: "use at most \(min(shape.height, shape.width)), or shrink the maps less before it"), at: argument)
        }
    }

    /// How `info` says an opened network has grown since (`opened from a.json, with layers added`).
    static let layersAdded = ", with layers added"

    /// Keeps `draft` in `session`: as the network when it is usable, else as the unfinished
    /// draft; then prints its summary table (and what is still missing). Other problems of the
    /// draft are thrown, and the session is left as it was.
    func keep(_ draft: NetworkDraft, in session: inout Session) throws(Diagnostic) {
        var usable = true
        do {
            session.network = try draft.network()
            session.draft = nil
        } catch .undefinedCost, .noLayers {
            // The cost needs an output layer that is still to come: keep building.
            session.network = nil
            session.draft = draft
            usable = false
        } catch {
            throw failure(.network(error))
        }
        if let file = session.networkFile, !file.hasSuffix(Self.layersAdded) { session.networkFile = file + Self.layersAdded }
        try show(NetworkSummaryView.display(draft, style: options.renderStyle))
        if !usable { say("not usable yet: " + (draft.missing(classes: session.exampleClassCount) ?? "")) }
    }
}

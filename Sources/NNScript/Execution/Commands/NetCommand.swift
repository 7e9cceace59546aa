import NeuralNet

/// `net 784 30 10 [act=] [out=] [cost=] [init=]`: a new network with random parameters drawn
/// from the session's generator (replacing the current one and starting its own history; the
/// session's earlier runs stay in `history` and `plot`), or with a single
/// size an empty network that `layer` builds up. Defaults are the book's chapter 1: sigmoid
/// everywhere, quadratic cost, N(0, 1) weights and biases.
///
/// When data is loaded, the first size must be its pixels per image and the last its number of
/// classes; a mismatch is reported under that size.
struct NetCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let arguments = context.arguments
        let sizes = arguments.integers("sizes") ?? []
        let hidden = arguments.choice("act", as: Activation.self) ?? .sigmoid
        let output = arguments.choice("out", as: Activation.self) ?? hidden
        let cost = arguments.choice("cost", as: Cost.self) ?? .quadratic
        let initializer = arguments.string("init").flatMap(WeightInitializer.init(choice:)) ?? .gaussian
        try checkAgainstData(sizes, in: context)

        var session = context.session
        if sizes.count == 1 {
            session.network = nil
            session.draft = NetworkDraft(inputSize: sizes[0], cost: cost)
            context.say("started a network with \(sizes[0]) inputs — add layers with 'layer N act=…'")
        } else {
            let activations = Array(repeating: hidden, count: sizes.count - 2) + [output]
            do {
                session.network = try Network(sizes: sizes, activations: activations, cost: cost,
                                              initializer: initializer, generator: &session.generator)
            } catch {
                throw context.failure(.network(error), at: Self.argument(blamedFor: error, in: arguments))
            }
            session.draft = nil
            if let network = session.network { context.say("net: \(network.summary), \(initializer.distribution) weights") }
        }
        session.initializer = initializer
        session.startNetworkHistory()
        context.session = session
    }

    /// The first size must match the loaded images' pixels, the last (if any) their classes.
    private func checkAgainstData(_ sizes: [Int], in context: CommandContext) throws(Diagnostic) {
        guard let (name, set) = context.session.loaded().first, let first = sizes.first else { return }
        let images = set.images
        if first != images.pixelsPerImage {
            throw context.failure(.inputSizeMismatch(networkInputs: first, set: name.rawValue, pixels: images.pixelsPerImage,
                                                     rows: images.rows, columns: images.columns),
                                  atSpan: context.arguments.span(ofEntry: 0, in: "sizes"))
        }
        if sizes.count > 1, let last = sizes.last, last != images.classCount {
            throw context.failure(.outputSizeMismatch(networkOutputs: last, set: name.rawValue, classes: images.classCount),
                                  atSpan: context.arguments.span(ofEntry: sizes.count - 1, in: "sizes"))
        }
    }

    /// The argument a network error is about: the cost for a cost the output layer does not
    /// allow (the default quadratic cost allows every output), the sizes otherwise.
    static func argument(blamedFor error: NetworkError, in arguments: BoundArguments) -> String {
        guard case .undefinedCost = error else { return "sizes" }
        return "cost"
    }
}

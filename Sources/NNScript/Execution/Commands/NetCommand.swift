import NeuralNet

/// `net 784 30 10 [act=] [out=] [cost=] [init=]`: a new fully connected network with random
/// parameters drawn from the session's generator (replacing the current one and starting its
/// own history; the session's earlier runs stay in `history` and `plot`). With a single size,
/// or with `input=28x28` (an image shape), an empty network that `layer`, `conv`, `pool` and
/// `dropout` build up. Defaults are the book's chapter 1: sigmoid everywhere, quadratic cost,
/// N(0, 1) weights and biases.
///
/// When data is loaded, the input must have its pixels per image and the last size its number
/// of classes; a mismatch is reported under that size.
struct NetCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let arguments = context.arguments
        let sizes = arguments.integers("sizes") ?? []
        let input = arguments.integers("input")
        guard sizes.isEmpty != (input == nil) else {
            throw context.failure(.netNeedsSizesOrInput(both: input != nil), at: input != nil ? "input" : nil)
        }
        let hidden = arguments.choice("act", as: Activation.self) ?? .sigmoid
        let output = arguments.choice("out", as: Activation.self) ?? hidden
        let cost = arguments.choice("cost", as: Cost.self) ?? .quadratic
        let initializer = arguments.string("init").flatMap(WeightInitializer.init(choice:)) ?? .gaussian
        try checkAgainstData(sizes: sizes, input: input, in: context)

        var session = context.session
        if input != nil || sizes.count == 1 {
            guard let inputShape = input.map(Self.shape) ?? Self.shape([sizes[0]]) else {
                let count = (input ?? sizes).reduce(1) { $0.multipliedReportingOverflow(by: $1).overflow ? Int.max : $0 * $1 }
                throw context.failure(.network(.tooManyValuesPerSample(layer: 0, count: count, limit: Network.maximumValuesPerSample)),
                                      at: input != nil ? "input" : "sizes")
            }
            session.network = nil
            session.draft = NetworkDraft(inputShape: inputShape, cost: cost)
            let times = context.options.renderStyle.times
            let kind = inputShape.isFlat ? "\(inputShape.count) inputs" : "\(inputShape.text(times: times)) inputs"
            context.say("started a network with \(kind) — add layers with 'layer N act=…'"
                        + (inputShape.isFlat ? "" : ", 'conv F kernel=k', 'pool P'"))
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
        session.networkFile = nil
        session.startNetworkHistory()
        context.session = session
    }

    /// [h, w, c] or [n] as written for `input=` (the binder checked each is positive); nil when
    /// one sample would take more than `Network.maximumValuesPerSample` values.
    private static func shape(_ dimensions: [Int]) -> TensorShape? {
        let limit = Network.maximumValuesPerSample
        if dimensions.count == 3 {
            return TensorShape.checked(height: dimensions[0], width: dimensions[1], channels: dimensions[2], limit: limit)
        }
        return dimensions.first.flatMap { TensorShape.checked(height: 1, width: 1, channels: $0, limit: limit) }
    }

    /// The input must match the loaded images' pixels, the last size (if any) the most classes
    /// a loaded set has (naming that set when the network has fewer outputs).
    private func checkAgainstData(sizes: [Int], input: [Int]?, in context: CommandContext) throws(Diagnostic) {
        guard let (name, set) = context.session.loaded().first else { return }
        let images = set.images
        if let input {
            let count = input.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
            let matches = input.count == 1 ? count == images.pixelsPerImage
                : input[0] == images.rows && input[1] == images.columns && input[2] == 1
            guard matches else {
                throw context.failure(.inputSizeMismatch(networkInputs: count, set: name.rawValue, pixels: images.pixelsPerImage,
                                                         rows: images.rows, columns: images.columns), at: "input")
            }
            return
        }
        guard let first = sizes.first else { return }
        if first != images.pixelsPerImage {
            throw context.failure(.inputSizeMismatch(networkInputs: first, set: name.rawValue, pixels: images.pixelsPerImage,
                                                     rows: images.rows, columns: images.columns),
                                  atSpan: context.arguments.span(ofEntry: 0, in: "sizes"))
        }
        guard sizes.count > 1, let last = sizes.last, let most = context.session.mostClasses else { return }
        let classes = most.set.images.classCount
        if last != classes {
            let blamed = last < classes ? most.name : name
            throw context.failure(.outputSizeMismatch(networkOutputs: last, set: blamed.rawValue,
                                                      classes: context.session.dataSet(blamed)?.images.classCount ?? classes),
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

import NeuralNet

/// `layer N [act=] [init=]`: adds a fully connected layer of N neurons on top of the current
/// network (or of the one started with `net 784`), drawing its biases and then its weights
/// (row-major) from the session's generator. Until the layers form a usable network (e.g. the
/// cost needs a softmax output that is still to come) the network is kept as a draft.
struct LayerCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let arguments = context.arguments
        var session = context.session
        guard var draft = session.draft ?? session.network.map(NetworkDraft.init) else {
            throw context.failure(.noNetworkForLayer)
        }
        let size = arguments.int("size") ?? 1
        let activation = arguments.choice("act", as: Activation.self) ?? .sigmoid
        let initializer = arguments.string("init").flatMap(WeightInitializer.init(choice:)) ?? session.initializer
        let inputs = draft.sizes[draft.sizes.count - 1]
        let existing = Network.weightAndBiasCount(sizes: draft.sizes)
        let (added, overflow) = (inputs + 1).multipliedReportingOverflow(by: size)
        guard !overflow, added <= Network.maximumParameterCount - existing else {
            throw context.failure(.network(.tooManyParameters(sizes: draft.sizes + [size], limit: Network.maximumParameterCount)),
                                  at: "size")
        }
        draft.addLayer(size: size, activation: activation, initializer: initializer, generator: &session.generator)

        do {
            let network = try draft.network()
            session.network = network
            session.draft = nil
            context.say("layer \(network.sizes.count - 1): \(network.summary)")
        } catch .undefinedCost {
            // The cost needs an output layer that is still to come: keep building.
            session.network = nil
            session.draft = draft
            context.say("layer \(draft.sizes.count - 1): \(draft.shapeDescription) — not usable yet: "
                        + (draft.missing(classes: session.exampleClassCount) ?? ""))
        } catch {
            throw context.failure(.network(error))
        }
        context.session = session
    }
}

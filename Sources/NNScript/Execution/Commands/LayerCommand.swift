import NeuralNet

/// `layer N [act=] [init=] [dropout=p]`: adds a fully connected layer of N neurons on top of the
/// current network (or of the one started with `net 784` / `net input=28x28`), drawing its
/// biases and then its weights (row-major) from the session's generator, and with `dropout=` a
/// dropout layer after it. Until the layers form a usable network (e.g. the cost needs a
/// softmax output that is still to come) the network is kept as a draft.
struct LayerCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let arguments = context.arguments
        var session = context.session
        var draft = try context.buildingDraft()
        let size = arguments.int("size") ?? 1
        let activation = arguments.choice("act", as: Activation.self) ?? .sigmoid
        let input = draft.outputShape
        let (added, overflow) = (input.count + 1).multipliedReportingOverflow(by: size)
        try context.checkParameterRoom(draft, adding: overflow ? nil : added, outputs: size, at: "size")
        let layer = FullyConnectedLayer(inputShape: input, outputCount: size, activation: activation,
                                        initializer: context.layerInitializer, generator: &session.generator)
        draft.layers.append(layer)
        if let rate = arguments.float("dropout") {
            draft.layers.append(DropoutLayer(inputShape: layer.outputShape, rate: rate))
        }
        try context.keep(draft, in: &session)
        context.session = session
    }
}

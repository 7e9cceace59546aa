import NeuralNet

/// `dropout P`: adds a dropout layer on top of the network being built, which while training
/// drops each value with probability P (and scales the rest by 1/(1 − P)).
struct DropoutCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        var session = context.session
        var draft = try context.buildingDraft()
        draft.layers.append(DropoutLayer(inputShape: draft.outputShape, rate: context.arguments.float("p") ?? 0))
        try context.keep(draft, in: &session)
        context.session = session
    }
}

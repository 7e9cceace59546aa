import NeuralNet

/// `pool [P]`: adds a max-pooling layer of P×P blocks (default 2) on top of the network being
/// built; the layer below must give maps the blocks fit in.
struct PoolCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        var session = context.session
        var draft = try context.buildingDraft()
        let size = context.arguments.int("size") ?? 2
        try context.checkWindowFits(size, what: "pooling", in: draft, at: "size")
        draft.layers.append(MaxPoolingLayer(inputShape: draft.outputShape, poolSize: size))
        try context.keep(draft, in: &session)
        context.session = session
    }
}

import NeuralNet

/// `conv F [kernel=5] [act=] [pool=p] [init=]`: adds a convolution layer of F feature maps with
/// k×k receptive fields on top of the network being built, and with `pool=` a max-pooling layer
/// after it (network3.py's `ConvPoolLayer`). The layer below must give maps the kernel fits in.
struct ConvCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let arguments = context.arguments
        var session = context.session
        var draft = try context.buildingDraft()
        let maps = arguments.int("maps") ?? 1
        let kernel = arguments.int("kernel") ?? 5
        let activation = arguments.choice("act", as: Activation.self) ?? .sigmoid
        let pool = arguments.int("pool")
        try context.checkWindowFits(kernel, what: "kernel", in: draft, at: "kernel")
        let input = draft.outputShape
        let (field, o1) = (kernel * kernel).multipliedReportingOverflow(by: input.channels)
        let (added, o2) = (field + 1).multipliedReportingOverflow(by: maps)
        let (outputs, o3) = ((input.height - kernel + 1) * (input.width - kernel + 1)).multipliedReportingOverflow(by: maps)
        try context.checkParameterRoom(draft, adding: o1 || o2 || o3 ? nil : added, outputs: outputs, at: "maps")
        let layer = ConvolutionLayer(inputShape: input, featureMaps: maps, kernelSize: kernel, activation: activation,
                                     initializer: context.layerInitializer, poolSize: pool ?? 1,
                                     generator: &session.generator)
        draft.layers.append(layer)
        if let pool {
            try context.checkWindowFits(pool, what: "pooling", in: draft, at: "pool")
            draft.layers.append(MaxPoolingLayer(inputShape: layer.outputShape, poolSize: pool))
        }
        try context.keep(draft, in: &session)
        context.session = session
    }
}

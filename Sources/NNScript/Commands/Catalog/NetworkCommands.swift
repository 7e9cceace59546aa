extension CommandTable {
    /// Hidden-layer activations offered by `net` and `layer`.
    static let hiddenActivations = ["sigmoid", "tanh", "relu"]
    /// Weight initialisers: N(0, 1) as network.py, N(0, 1/n_in) as network2.py.
    static let initialisers = ["gaussian", "scaled"]

    /// `net` and `layer`: building networks.
    static let networkCommands: [CommandSpec] = [
        CommandSpec(
            "net", category: .network,
            summary: "build a new fully connected network from layer sizes (replaces the current one)",
            arguments: [
                .positional("sizes", .integerList, required: true, variadic: true, range: .atLeast(1), metavar: "SIZE",
                            help: "neurons per layer, input layer first: 784 30 10 or [784, 30, 10]"),
                .keyword("act", .choice(hiddenActivations), default: .text("sigmoid"),
                         help: "activation σ of the hidden layers"),
                .keyword("out", .choice(hiddenActivations + ["softmax"]), defaultDescription: "same as act",
                         help: "activation of the output layer"),
                .keyword("cost", .choice(["quadratic", "cross-entropy", "log-likelihood"]), default: .text("quadratic"),
                         help: "cost C: quadratic ½‖y − a‖², cross-entropy, or log-likelihood (needs out=softmax)"),
                .keyword("init", .choice(initialisers), default: .text("gaussian"),
                         help: "initial weights: gaussian N(0, 1) as network.py, scaled N(0, 1/n_in) as network2.py"),
            ],
            details: """
                Biases start N(0, 1) either way. Giving only the input size (net 784) starts an
                empty network to which 'layer' adds layers one by one.
                """,
            examples: [
                "net 784 30 10",
                "net 784 100 10 cost=cross-entropy init=scaled",
                "net [784, 100, 10] act=relu out=softmax cost=log-likelihood",
            ]),
        CommandSpec(
            "layer", category: .network,
            summary: "add a fully connected layer on top of the current network",
            arguments: [
                .positional("size", .integer, required: true, range: .atLeast(1), help: "number of neurons in the new layer"),
                .keyword("act", .choice(hiddenActivations + ["softmax"]), default: .text("sigmoid"),
                         help: "activation of the new layer; softmax only for the last one"),
                .keyword("init", .choice(initialisers), defaultDescription: "the init= given to net",
                         help: "initial weights of the new layer"),
            ],
            examples: ["net 784 cost=log-likelihood; layer 100 act=relu; layer 10 act=softmax"]),
    ]
}

extension CommandTable {
    /// Activations offered for hidden layers by `net`, `layer` and `conv`.
    static let hiddenActivations = ["sigmoid", "tanh", "relu", "linear"]
    /// Weight initialisers: N(0, 1) as network.py, N(0, 1/n_in) as network2.py, N(0, 1/n_out)
    /// as network3.py (with a zero softmax layer).
    static let initialisers = ["gaussian", "scaled", "network3"]

    /// The `init=` argument of `net`, `layer` and `conv`.
    private static func initArgument(default value: BoundValue?, defaultDescription: String? = nil, help: String) -> ArgumentSpec {
        .keyword("init", .choice(initialisers), default: value, defaultDescription: defaultDescription, help: help)
    }

    /// `net`, `layer`, `conv`, `pool`, `dropout`: building networks.
    static let networkCommands: [CommandSpec] = [
        CommandSpec(
            "net", category: .network,
            summary: "build a new network from layer sizes, or start one from its input shape (replaces the current one)",
            arguments: [
                .positional("sizes", .integerList, variadic: true, range: .atLeast(1), metavar: "SIZE",
                            help: "neurons per layer, input layer first: 784 30 10 or [784, 30, 10]"),
                .keyword("input", .shape,
                         help: "start an empty network taking images HxW (or HxWxC, or a flat N) to add layers to"),
                .keyword("act", .choice(hiddenActivations), default: .text("sigmoid"),
                         help: "activation σ of the hidden layers"),
                .keyword("out", .choice(hiddenActivations + ["softmax"]), defaultDescription: "same as act",
                         help: "activation of the output layer"),
                .keyword("cost", .choice(["quadratic", "cross-entropy", "log-likelihood"]), default: .text("quadratic"),
                         help: "cost C: quadratic ½‖y − a‖², cross-entropy, or log-likelihood (needs out=softmax)"),
                initArgument(default: .text("gaussian"),
                             help: "initial weights: gaussian N(0, 1) as network.py, scaled N(0, 1/n_in) as network2.py, "
                                + "network3 N(0, 1/n_out) with a zero softmax layer as network3.py"),
            ],
            details: """
                Biases start N(0, 1) in every case but network3's softmax layer. Giving only an
                input — net 784, or net input=28x28 for images — starts an empty network to which
                'layer', 'conv', 'pool' and 'dropout' add layers one by one; each prints the
                network's summary, one row per layer.
                """,
            examples: [
                "net 784 30 10",
                "net 784 100 10 cost=cross-entropy init=scaled",
                "net [784, 100, 10] act=relu out=softmax cost=log-likelihood",
                "net input=28x28 cost=log-likelihood init=network3",
            ]),
        CommandSpec(
            "layer", category: .network,
            summary: "add a fully connected layer on top of the current network",
            arguments: [
                .positional("size", .integer, required: true, range: .atLeast(1), help: "number of neurons in the new layer"),
                .keyword("act", .choice(hiddenActivations + ["softmax"]), default: .text("sigmoid"),
                         help: "activation of the new layer; softmax only for the last one"),
                initArgument(default: nil, defaultDescription: "the init= given to net", help: "initial weights of the new layer"),
                .keyword("dropout", .number, range: .fromBelow(0, 1),
                         help: "add a dropout layer after it that drops each output with this probability while training"),
            ],
            details: """
                Its neurons see every value of the layer below (maps are read as one vector,
                as network3.py does).
                """,
            examples: ["net 784 cost=log-likelihood; layer 100 act=relu; layer 10 act=softmax",
                       "layer 1000 act=relu dropout=0.5"]),
        CommandSpec(
            "conv", category: .network,
            summary: "add a convolution layer: F feature maps of k×k local receptive fields, stride 1",
            arguments: [
                .positional("maps", .integer, required: true, range: .between(1, 4096), metavar: "F",
                            help: "number of feature maps F"),
                .keyword("kernel", .integer, default: .integer(5), range: .between(1, 4096),
                         help: "k: each map's neurons see a k×k field of every map below (no padding)"),
                .keyword("act", .choice(hiddenActivations), default: .text("sigmoid"), help: "activation of the maps"),
                .keyword("pool", .integer, range: .between(1, 4096),
                         help: "add a p×p max-pooling layer after it (network3.py's ConvPoolLayer)"),
                initArgument(default: nil, defaultDescription: "the init= given to net", help: "initial weights of the new layer"),
            ],
            details: """
                Shared weights: map f uses one filter of k×k×C weights and one bias at every
                position, so an H×W×C input gives (H−k+1)×(W−k+1)×F. With init=network3 the
                weights are N(0, 1/n_out), n_out = F·k²/p² for the pooling p that follows.
                """,
            examples: ["net input=28x28 cost=log-likelihood; conv 20 kernel=5 act=relu; pool 2",
                       "conv 40 kernel=5 act=relu pool=2"]),
        CommandSpec(
            "pool", category: .network,
            summary: "add a max-pooling layer: the largest value of each p×p block of every map",
            arguments: [
                .positional("size", .integer, default: .integer(2), range: .between(1, 4096), metavar: "P",
                            help: "p: blocks of p×p (rows and columns beyond whole blocks are left out)"),
            ],
            examples: ["pool 2"]),
        CommandSpec(
            "dropout", category: .network,
            summary: "add a dropout layer: while training each value is dropped with probability p",
            arguments: [
                .positional("p", .number, required: true, range: .fromBelow(0, 1), metavar: "P",
                            help: "the probability p of dropping each value (kept values are scaled by 1/(1 − p))"),
            ],
            details: "Evaluation, predictions and views use every value unscaled (inverted dropout).",
            examples: ["dropout 0.5"]),
    ]
}

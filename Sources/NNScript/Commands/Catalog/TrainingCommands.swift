extension CommandTable {
    /// `sgd`, `eval`, `seed`: training and evaluation.
    static let trainingCommands: [CommandSpec] = [
        CommandSpec(
            "sgd", category: .training,
            summary: "train the network with mini-batch stochastic gradient descent",
            arguments: [
                .keyword("epochs", .integer, default: .integer(30), range: .atLeast(1),
                         help: "passes over the training data"),
                .keyword("eta", .number, default: .number(3.0), range: .positive, help: "learning rate η"),
                .keyword("m", .integer, default: .integer(10), range: .atLeast(1), help: "mini-batch size"),
                .keyword("lambda", .number, default: .number(0), range: .atLeast(0),
                         help: "L2 regularisation λ: weights decay by (1 − ηλ/n) each step"),
                .keyword("monitor", .choiceList(DataSetName.names + ["none"]),
                         defaultDescription: "validation when loaded, else test",
                         help: "data sets whose accuracy and cost are reported after every epoch"),
                .keyword("stop-after", .integer, range: .atLeast(1),
                         help: "stop early after N epochs without a better accuracy on the first monitored set"),
            ],
            details: """
                Each epoch shuffles the training data, splits it into mini-batches of m and applies
                w → w − (η/m) Σ ∇C_x to each. After each epoch it prints the monitored sets' results
                as the book does ('Epoch 0: 9129 / 10000'); on a terminal a progress bar shows the
                epoch, speed and ETA. Ctrl-C stops after the current mini-batch and keeps the
                network as trained so far; every run is added to the history.
                """,
            examples: [
                "sgd epochs=30 eta=3.0 m=10",
                "sgd epochs=30 eta=0.5 m=10 lambda=5.0 monitor=validation,test",
                "sgd epochs=60 eta=0.1 stop-after=10",
            ]),
        CommandSpec(
            "eval", category: .training,
            summary: "accuracy and cost of the network on a data set",
            arguments: [.positional("set", .dataSet, default: .text("test"), help: "the data set to evaluate")],
            details: "Prints e.g. 'test: 9512 / 10000 (95.12%), cost 0.0412': correct / n and the mean cost C over the set.",
            examples: ["eval", "eval validation"]),
        CommandSpec(
            "seed", category: .training,
            summary: "set the random seed for initialisation and shuffling (without N: show it)",
            arguments: [.positional("n", .integer, range: .atLeast(0), metavar: "N",
                                    help: "the seed; the same seed and script give identical numbers")],
            examples: ["seed 42"]),
    ]
}

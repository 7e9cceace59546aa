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
                .keyword("momentum", .number, default: .number(0), range: .fromBelow(0, 1),
                         help: "μ of momentum-based gradient descent: v → μv − η∇C, w → w + v (0: plain SGD)"),
                .keyword("eta-schedule", .choice(["constant", "halve"]), default: .text("constant"),
                         help: "halve: halve η each time the first monitored set's accuracy has not improved for "
                            + "'patience' epochs, and stop once η would reach η/128"),
                .keyword("patience", .integer, default: .integer(10), range: .atLeast(1),
                         condition: ArgumentCondition(when: "eta-schedule", is: "halve", written: "eta-schedule=halve"),
                         help: "epochs without a better accuracy before η is halved"),
                .keyword("threads", .integer, defaultDescription: "the session's (see 'threads')", range: .between(1, 64),
                         help: "threads that share each mini-batch; the same count gives the same numbers"),
                .flag("keep-best", help: "end with the network of the epoch with the best accuracy on the first monitored set"),
                .flag("speed", help: "measure the speed of learning ‖∂C/∂b^l‖ of every layer before and after each epoch"),
                .keyword("speed-samples", .integer, default: .integer(1000), range: .atLeast(1),
                         condition: ArgumentCondition(when: "speed", is: "on", written: "speed"),
                         help: "training images the speed of learning is averaged over"),
            ],
            details: """
                Each epoch shuffles the training data, splits it into mini-batches of m and applies
                w → w − (η/m) Σ ∇C_x to each. After each epoch it prints the monitored sets' results
                as the book does ('Epoch 0: 9129 / 10000'); on a terminal a progress bar shows the
                epoch, speed and ETA. With two monitored sets it ends with the book's figure: the
                epoch of the best accuracy on the first (validation) and the others' results then.
                Ctrl-C stops after the current mini-batch and keeps the network as trained so far;
                every run is added to the history. With 'speed' each epoch also prints chapter 5's
                speed of learning of every layer, which 'plot speed' draws.
                """,
            examples: [
                "sgd epochs=30 eta=3.0 m=10",
                "sgd epochs=30 eta=0.5 m=10 lambda=5.0 monitor=validation,test",
                "sgd epochs=60 eta=0.1 stop-after=10",
                "sgd epochs=60 eta=0.03 lambda=1 eta-schedule=halve patience=10 monitor=validation,test",
                "sgd epochs=30 eta=0.1 speed",
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
            arguments: [.positional("n", .unsignedInteger, metavar: "N",
                                    help: "the seed; the same seed and script give identical numbers")],
            examples: ["seed 42"]),
        CommandSpec(
            "threads", category: .training,
            summary: "set how many threads train and evaluate (without N: show the setting)",
            arguments: [.positional("n", .text, metavar: "N|auto",
                                    help: "a count from 1 to 64, or auto: one for small networks, every core for large ones")],
            details: """
                The same seed, script and thread count give identical numbers; another count gives
                the same training up to rounding.
                """,
            examples: ["threads 2", "threads auto"]),
    ]
}

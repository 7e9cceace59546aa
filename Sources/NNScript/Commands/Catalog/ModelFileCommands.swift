extension CommandTable {
    /// `save`, `open`, `export`, `vote`: model files.
    static let modelFileCommands: [CommandSpec] = [
        CommandSpec(
            "save", category: .files,
            summary: "save the network, its hyper-parameters and history as an nns JSON model file",
            arguments: [.positional("path", .path, required: true, help: "the file to write, replaced atomically")],
            details: """
                Writes the layers (kinds, shapes, activations), cost, weights and biases, every sgd
                run's hyper-parameters and per-epoch results, the seed and the nns version as JSON
                (format version 2, docs/model-format.md).
                The file is written under a temporary name and then renamed, so a failed save never
                leaves a half-written model. A relative path starts in the current directory.
                """,
            examples: ["save models/book.json"]),
        CommandSpec(
            "open", category: .files,
            summary: "open an nns JSON model file (the current network is kept if the file is bad)",
            arguments: [.positional("path", .path, required: true, help: "the file to read")],
            details: """
                The file's network and training history replace the current ones (its runs join the
                session's, shown by history and plot as a new network); the loaded data and the seed
                stay. Files of format version 2 and 1 open. It says whether the network fits the
                loaded data. A missing, truncated or corrupt file, or one whose shapes do not match
                its layers, is an error that names the problem and changes nothing.
                """,
            examples: ["open models/book.json"]),
        CommandSpec(
            "export", category: .files,
            summary: "write weights and biases for numpy or PyTorch (safetensors or npz)",
            arguments: [
                .positional("path", .path, required: true, help: "the file to write"),
                .keyword("format", .choice(["safetensors", "npz"]), defaultDescription: "from the file's extension",
                         help: "the file format"),
            ],
            details: """
                Weights and biases are stored as float32 in PyTorch's layouts: a fully connected
                layer's as torch.nn.Linear.weight (out, in), a convolution's as
                torch.nn.Conv2d.weight (out, in, kh, kw), and a fully connected layer on maps takes
                them in nn.Flatten()'s (C, H, W) order. safetensors names the tensors
                layers.I.weight and layers.I.bias, npz the arrays wI and bI, I being the layer's
                0-based index; the metadata describes every layer. nns does not open exports: keep
                a model file with save for that.
                """,
            examples: ["export book.safetensors", "export book.npz", "export weights.bin format=npz"]),
        CommandSpec(
            "vote", category: .files,
            summary: "let saved models vote on a data set: the ensemble's accuracy next to each model's",
            arguments: [
                .positional("models", .path, required: true, variadic: true, metavar: "PATH",
                            help: "two or more model files written by save"),
                .keyword("set", .dataSet, default: .text("test"), help: "the data set the models vote on"),
            ],
            details: """
                Each model classifies every image of the set and the class most models predict wins;
                a tie is broken by the largest sum of the tied classes' outputs over the models. It
                prints each model's accuracy, the ensemble's, and how often the models disagreed.
                Every file is opened and checked as open does and must fit the set; the session's
                network is not changed.
                """,
            examples: ["vote net1.json net2.json net3.json", "vote models/a.json models/b.json set=validation"]),
    ]
}

extension CommandTable {
    /// `save`, `open`, `export`: model files.
    static let modelFileCommands: [CommandSpec] = [
        CommandSpec(
            "save", category: .files,
            summary: "save the network, its hyper-parameters and history as an nns JSON model file",
            arguments: [.positional("path", .path, required: true, help: "the file to write, replaced atomically")],
            details: """
                Writes the sizes, activations, cost, weights and biases, every sgd run's hyper-parameters
                and per-epoch results, the seed and the nns version as JSON (docs/model-format.md).
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
                session's, shown by history and plot as a new network); the loaded data and the seed stay. It says whether the network fits the loaded data. A missing,
                truncated or corrupt file, or one whose shapes do not match its sizes, is an error
                that names the problem and changes nothing.
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
                Each weight matrix w^l is stored as float32, sizes[l+1] × sizes[l], row-major, as
                torch.nn.Linear.weight: safetensors names the tensors layers.0.weight,
                layers.0.bias, …, npz the arrays w0, b0, w1, … (numpy.load). nns does not open
                exports: keep a model file with save for that.
                """,
            examples: ["export book.safetensors", "export book.npz", "export weights.bin format=npz"]),
    ]
}

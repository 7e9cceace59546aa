extension CommandTable {
    /// `save`, `open`, `export`: model files.
    static let modelFileCommands: [CommandSpec] = [
        CommandSpec(
            "save", category: .files,
            summary: "save the network, its hyper-parameters and history as an nns JSON model file",
            arguments: [.positional("path", .path, required: true, help: "the file to write, replaced atomically")],
            examples: ["save models/book.json"]),
        CommandSpec(
            "open", category: .files,
            summary: "open an nns JSON model file (the current network is kept if the file is bad)",
            arguments: [.positional("path", .path, required: true, help: "the file to read")],
            examples: ["open models/book.json"]),
        CommandSpec(
            "export", category: .files,
            summary: "write weights and biases for numpy or PyTorch (safetensors or npz)",
            arguments: [
                .positional("path", .path, required: true, help: "the file to write"),
                .keyword("format", .choice(["safetensors", "npz"]), defaultDescription: "from the file's extension",
                         help: "the file format"),
            ],
            examples: ["export book.safetensors", "export book.npz"]),
    ]
}

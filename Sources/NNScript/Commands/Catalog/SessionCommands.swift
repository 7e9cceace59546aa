extension CommandTable {
    /// `info`, `vars`, `echo`, `run`, `help`, `quit`: session housekeeping.
    static let sessionCommands: [CommandSpec] = [
        CommandSpec(
            "info", category: .session,
            summary: "what is loaded, the network, the last hyper-parameters and the training history",
            examples: ["info"]),
        CommandSpec(
            "vars", category: .session,
            summary: "list the variables defined with let and for",
            examples: ["vars"]),
        CommandSpec(
            "echo", category: .session,
            summary: "print its arguments, with $variables replaced by their values",
            arguments: [.positional("text", .text, variadic: true, metavar: "VALUE", help: "what to print")],
            examples: ["echo \"eta =\" $eta"]),
        CommandSpec(
            "run", category: .session,
            summary: "run an .nns script here, as if its commands were typed",
            arguments: [.positional("path", .path, required: true, help: "the script; a relative path starts at the directory of the script that runs it")],
            examples: ["run examples/chapter1.nns"]),
        CommandSpec(
            "help", category: .session,
            summary: "list the commands, or explain one",
            arguments: [.positional("command", .commandName, help: "the command to explain")],
            examples: ["help", "help sgd"]),
        CommandSpec(
            "quit", aliases: ["exit"], category: .session,
            summary: "leave nns (Ctrl-D does the same)",
            examples: ["quit"]),
    ]
}

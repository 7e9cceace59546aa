extension CommandTable {
    /// `let`, `for`, `time`: handled by the parser, listed here for `help` and completion.
    static let languageCommands: [CommandSpec] = [
        CommandSpec(
            "let", category: .language,
            summary: "define a variable, used later as $NAME",
            details: "The value may be a number, a string, a word, a list or an image such as test[7].",
            examples: ["let eta = 0.5", "let sizes = [784, 100, 10]; net $sizes"],
            syntax: "let NAME = VALUE"),
        CommandSpec(
            "for", category: .language,
            summary: "run commands once for each value of a list",
            details: """
                The block may span lines and contain further loops. The variable belongs to the
                loop: afterwards it has its earlier value again (or is undefined).
                """,
            examples: ["for eta in [0.25, 1.0, 3.0] { net 784 30 10; sgd epochs=5 eta=$eta m=10 }"],
            syntax: "for NAME in [VALUE, …] { COMMANDS }"),
        CommandSpec(
            "time", category: .language,
            summary: "run a command and report how long it took (like IPython's %time)",
            arguments: [.positional("command", .command, required: true, help: "the command to time")],
            examples: ["time sgd epochs=1", "time eval test"],
            syntax: "time COMMAND"),
    ]
}

/// A command line nns cannot act on (exit status 2), with a message that says what to change.
enum CommandLineError: Error, CustomStringConvertible, Equatable {
    /// The script named on the command line could not be read; `reason` is the system's
    /// explanation ("No such file or directory").
    case unreadableScript(path: String, reason: String)
    /// The script is not UTF-8 text.
    case scriptNotText(path: String)
    /// Both `-c COMMANDS` and a script file were given.
    case commandsAndScript(path: String)
    /// `nns run` without the script to run.
    case runWithoutScript
    /// More words than `[run] FILE.nns` after the options.
    case unexpectedArguments([String])

    var description: String {
        switch self {
        case .unreadableScript(let path, let reason):
            "cannot read script '\(path)': \(reason)"
        case .scriptNotText(let path):
            "cannot read script '\(path)': it is not UTF-8 text — is it an .nns script?"
        case .commandsAndScript(let path):
            "give either -c COMMANDS or a script, not both (got -c and '\(path)')"
        case .runWithoutScript:
            "'nns run' needs a script to run, e.g. nns run examples/chapter1.nns"
        case .unexpectedArguments(let words):
            "unexpected argument\(words.count == 1 ? "" : "s") "
                + words.map { "'\($0)'" }.joined(separator: " ")
                + " — nns runs one script: nns [run] FILE.nns"
        }
    }
}

/// A command line nns cannot act on (exit status 2), with a message that says what to change.
enum CommandLineError: Error, CustomStringConvertible, Equatable {
    /// The script named on the command line could not be read; `reason` is the system's
    /// explanation ("No such file or directory").
    case unreadableScript(path: String, reason: String)
    /// Both `-c COMMANDS` and a script file were given.
    case commandsAndScript(path: String)
    /// `nns run` without the script to run.
    case runWithoutScript
    /// More words than `[run] FILE.nns` after the options.
    case unexpectedArguments([String])
    /// The `.ipynb` file is not a notebook nns can read; the message says why.
    case notANotebook(String)
    /// `nns kernel` without `-f CONNECTION_FILE`.
    case kernelWithoutConnectionFile
    /// `nns convert` between two files of the same kind or of unknown kinds.
    case unconvertible(from: String, to: String)

    var description: String {
        switch self {
        case .unreadableScript(let path, let reason):
            "cannot read script '\(path)': \(reason)"
        case .commandsAndScript(let path):
            "give either -c COMMANDS or a script, not both (got -c and '\(path)')"
        case .runWithoutScript:
            "'nns run' needs a script to run, e.g. nns run examples/chapter1.nns"
        case .unexpectedArguments(let words):
            "unexpected argument\(words.count == 1 ? "" : "s") "
                + words.map { "'\($0)'" }.joined(separator: " ")
                + " — nns runs one script: nns [run] FILE.nns"
        case .notANotebook(let message):
            message
        case .kernelWithoutConnectionFile:
            "'nns kernel' needs the connection file Jupyter wrote: nns kernel -f FILE — Jupyter starts it so "
                + "once 'nns kernel install' has run"
        case .unconvertible(let from, let to):
            "cannot convert '\(from)' to '\(to)': give a script and a notebook, e.g. nns convert tour.nns tour.ipynb "
                + "or nns convert tour.ipynb tour.nns"
        }
    }
}

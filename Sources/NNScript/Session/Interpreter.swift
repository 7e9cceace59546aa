/// Runs nns source — a prompt entry or a whole script — against one session's state.
///
/// One interpreter lives as long as a REPL session or a script run. A failed command writes its
/// diagnostic to the output sink and leaves the session's state (data, network, history) as it
/// was: an error never loses work.
public final class Interpreter {
    /// The options the session was started with.
    public let options: SessionOptions
    /// Where all output goes.
    public let output: OutputSink
    /// Polled between mini-batches while training; the CLI sets it to read its Ctrl-C flag.
    public var isCancellationRequested: @Sendable () -> Bool = { false }
    /// Variables defined with `let` (and loop variables while their loop runs).
    public private(set) var variables = Variables()
    private let commands = CommandTable.standard

    /// A new session with `options`, writing to `output`.
    public init(options: SessionOptions, output: OutputSink) {
        self.options = options
        self.output = output
    }

    /// Parses and runs `source`; `file` names it in diagnostics (`FILE:LINE:COL`), nil at the
    /// prompt (`LINE:COL`). Stops at the first failing command unless `options.keepGoing`.
    public func run(source: String, file: String?) -> RunOutcome {
        do {
            let script = try Script(parsing: source, file: file)
            for statement in script.statements {
                if case .command(let call) = statement {
                    let arguments = try commands.bind(call, variables: variables, source: script.source)
                    if arguments.command == "quit" { return .quit }
                }
            }
            return .success
        } catch {
            output.writeError(error.description + "\n")
            return .failure
        }
    }

    /// False while `source` needs more lines (an open `{`, `[` or string, a trailing `\`): the
    /// REPL then shows its continuation prompt.
    public func isComplete(_ source: String) -> Bool {
        NNScript.isComplete(source)
    }

    /// Completion candidates for `line` with the cursor at UTF-8 byte offset `cursor`.
    public func completions(line: String, cursor: Int) -> Completion {
        Completer(table: commands, variables: variables.names).complete(line: line, cursor: cursor)
    }
}

/// Runs nns source — a prompt entry or a whole script — against one session's state.
///
/// One interpreter lives as long as a REPL session or a script run. A failed command writes its
/// diagnostic to the output sink and leaves the session's state (data, network, history) as it
/// was: an error never loses work. Statements run in order; a script stops at its first failure
/// unless `options.keepGoing`. Not thread-safe: call it from one thread (only
/// `isCancellationRequested` is read while a command runs).
public final class Interpreter {
    /// The options the session was started with.
    public let options: SessionOptions
    /// Where all output goes.
    public let output: OutputSink
    /// Polled between mini-batches while training and between statements; the CLI sets it to read
    /// its Ctrl-C flag, and must clear that flag before each `run` (a flag still set from an
    /// earlier Ctrl-C would stop the next training at once).
    public var isCancellationRequested: @Sendable () -> Bool = { false }
    /// The session's state: data, network, history, generator, variables.
    public internal(set) var session: Session
    /// Variables defined with `let` (and loop variables while their loop runs).
    public var variables: Variables { session.variables }
    /// How many commands have failed in this session (the CLI's exit status after `quit` in a
    /// `--keep-going` script that had failures).
    public internal(set) var failedCommandCount = 0
    /// True when the last `run` stopped because cancellation was requested (Ctrl-C); its outcome
    /// is then `.success`, the work done so far being kept.
    public internal(set) var lastRunWasInterrupted = false

    let commands = CommandTable.standard
    let executors = ExecutorRegistry.standard
    /// The scripts being run, outermost first: as named in messages, and as absolute paths for the
    /// recursion guard.
    var includeStack: [(display: String, path: String)] = []
    /// Statements started in the current `run` (cancellation is checked between statements).
    var statementsStarted = 0
    /// Text the next echoed statement is prefixed with (`time `).
    var pendingEchoPrefix = ""

    /// A new session with `options`, writing to `output`; the generator starts from
    /// `options.seed` (0 if nil).
    public init(options: SessionOptions, output: OutputSink) {
        self.options = options
        self.output = output
        self.session = Session(seed: options.seed ?? 0)
    }

    /// Parses and runs `source`; `file` names it in diagnostics (`FILE:LINE:COL`), nil at the
    /// prompt (`LINE:COL`), and is where `run` starts relative paths. Stops at the first failing
    /// command unless `options.keepGoing`; a syntax error runs nothing.
    /// - Returns: `.quit` after `quit`, `.failure` if any command failed, else `.success` (also
    ///   when interrupted: see `lastRunWasInterrupted`).
    public func run(source: String, file: String?) -> RunOutcome {
        lastRunWasInterrupted = false
        statementsStarted = 0
        pendingEchoPrefix = ""
        let script: Script
        do {
            script = try Script(parsing: source, file: file)
        } catch {
            report(error)
            return .failure
        }
        let outermost = includeStack.count
        if let file { includeStack.append((file, options.paths.canonical(file))) }
        defer { includeStack.removeSubrange(outermost...) }
        switch runStatements(script.statements, in: script.source) {
        case .completed: return .success
        case .failed: return .failure
        case .quit: return .quit
        case .interrupted:
            lastRunWasInterrupted = true
            return .success
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

    /// Writes `diagnostic` as an error, remembers it as the session's last error, and counts it.
    @discardableResult
    func report(_ diagnostic: Diagnostic) -> CommandOutcome {
        session.lastError = diagnostic
        failedCommandCount += 1
        output.writeError(diagnostic.description + "\n")
        return .failed
    }
}

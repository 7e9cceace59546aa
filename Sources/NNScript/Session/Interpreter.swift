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
    /// Polled between mini-batches while training, while long commands read or evaluate, and
    /// (with `interruptionScope` `.entry`) between statements; the CLI sets it to read its
    /// Ctrl-C flag, and must clear that flag before each `run` (a flag still set from an earlier
    /// Ctrl-C would stop the next training at once).
    public var isCancellationRequested: @Sendable () -> Bool = { false }
    /// What an interruption ends: the whole entry (the REPL), or only the command that was
    /// running, the script going on with the next statement (scripts, standard input, `-c`).
    public var interruptionScope: InterruptionScope = .entry
    /// With `interruptionScope` `.command`: called after every command, so that the front end
    /// forgets an interruption that command has answered (or that came while it could not stop).
    public var acknowledgeInterruption: @Sendable () -> Void = {}
    /// Polled between statements whatever the scope: true once the whole run must end at the
    /// next safe point (the CLI: SIGTERM, SIGHUP). Commands see it through `isCancellationRequested`.
    public var isTerminationRequested: @Sendable () -> Bool = { false }
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
    /// Loops, `time`s and `run`s being run now, across scripts (see `maximumNesting`).
    var nesting = 0
    /// The stack of the thread running the outermost `run(source:file:)`.
    var stack = StackSpace()
    /// How deep loops, `time` and `run` may nest while running, all scripts counted together: the
    /// parser bounds one script's nesting, this bounds scripts that run scripts, so that the
    /// interpreter's recursion always fits the stack.
    public static let maximumNesting = 200
    /// How many scripts may be running at once, each run by the one before (`run` inside `run`).
    public static let maximumRunDepth = 64
    /// Text the next echoed statement is prefixed with (`time `).
    var pendingEchoPrefix = ""

    /// A new session with `options`, writing to `output`; the generator starts from
    /// `options.seed` (0 if nil).
    public init(options: SessionOptions, output: OutputSink) {
        self.options = options
        self.output = output
        self.session = Session(seed: options.seed ?? 0, threads: options.threads)
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
        if nesting == 0 { stack = StackSpace() }
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

    /// Whether `source` is complete, still open (more lines needed) or cannot parse.
    public func completeness(_ source: String) -> SourceCompleteness {
        NNScript.completeness(of: source)
    }

    /// The `help` text of the command under `cursor` (a UTF-8 byte offset into `code`): the
    /// word at the cursor when it names a command (`help sgd`, a verb), else the verb of the
    /// statement the cursor is in; nil when there is none (a comment, a blank line, an unknown word).
    public func help(at cursor: Int, in code: String) -> String? {
        commands.help(at: cursor, in: code)
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
        output.report(diagnostic)
        return .failed
    }
}

/// What an interruption (Ctrl-C) stops.
public enum InterruptionScope: Sendable, Equatable {
    /// The rest of the entry or script: the REPL's prompt comes back.
    case entry
    /// Only the running command (training stops after its mini-batch and keeps the network;
    /// other long commands change nothing); the statements after it still run.
    case command
}

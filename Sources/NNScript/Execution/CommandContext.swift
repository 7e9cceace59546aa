/// What a `CommandExecutor` is handed: a copy of the session to read and change, the command's
/// checked arguments, where to write, and the session's options.
struct CommandContext {
    /// The session as it was before the command; kept (with the executor's changes) only if the
    /// executor returns normally.
    var session: Session
    /// The arguments, checked and converted, with defaults filled in.
    let arguments: BoundArguments
    /// The options the session was started with (terminal? colour? width? data directory?).
    let options: SessionOptions
    /// Where to write results (`write`) and warnings (`writeError`).
    let output: OutputSink
    /// The command table (for `help`).
    let commands: CommandTable
    /// True once the user asked to stop (Ctrl-C); long commands poll it.
    let isCancellationRequested: @Sendable () -> Bool
    /// Set by the executor to `.quit` or `.interrupted`; `.completed` otherwise.
    var outcome: CommandOutcome = .completed

    /// Writes `line` followed by a new line.
    func say(_ line: String) { output.write(line + "\n") }

    /// A diagnostic for `problem` pointing at argument `argument` (its written value), or at the
    /// command's verb when `argument` is nil or was not written.
    func failure(_ problem: CommandError, at argument: String? = nil) -> Diagnostic {
        Diagnostic(.command(problem), at: argument.map(arguments.span(of:)) ?? arguments.verb.span)
    }

    /// The diagnostic a command throws when it stops because cancellation was requested,
    /// having changed nothing (the interpreter reports it as an interruption, not a failure).
    var interruption: Diagnostic {
        failure(.interrupted(command: arguments.command))
    }

    /// A diagnostic for `problem` pointing at `span`.
    func failure(_ problem: CommandError, atSpan span: SourceSpan) -> Diagnostic {
        Diagnostic(.command(problem), at: span)
    }
}

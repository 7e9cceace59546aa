/// How running a piece of source ended; the CLI maps it to an exit status.
public enum RunOutcome: Sendable, Equatable {
    /// Every command succeeded (exit status 0).
    case success
    /// A command failed; its diagnostic has been written (exit status 1).
    case failure
    /// `quit` was run: the session should end (exit status 0, or 1 if an earlier command failed).
    case quit
}

import NNScript

/// The process's exit status: 0 success, 1 a command failed, 2 bad usage.
enum ExitStatus: Int32, Sendable {
    /// Every command succeeded (or the REPL was left normally).
    case success = 0
    /// A command failed; its diagnostic is on standard error.
    case commandFailed = 1
    /// The command line was wrong: an unknown flag, a missing or unreadable script.
    case badUsage = 2

    /// The status of a script run that ended with `outcome` after `failedCommands` failures
    /// (a `--keep-going` script that ends with `quit` after a failure still exits with 1).
    init(_ outcome: RunOutcome, failedCommands: Int) {
        switch outcome {
        case .success, .quit: self = failedCommands > 0 ? .commandFailed : .success
        case .failure: self = .commandFailed
        }
    }
}

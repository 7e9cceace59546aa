/// How a command (or statement) ended, as seen by the statement runner.
enum CommandOutcome: Sendable, Equatable {
    /// It did its work; carry on with the next statement.
    case completed
    /// It failed and its diagnostic has been written; stop unless keep-going.
    case failed
    /// `quit`: stop everything and end the session.
    case quit
    /// Cancellation was requested (Ctrl-C): it stopped part-way but kept what it did; stop the
    /// rest of this entry or script and return to the prompt.
    case interrupted
}

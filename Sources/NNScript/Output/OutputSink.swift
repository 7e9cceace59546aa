/// Where the interpreter writes: the CLI's sink sends `write` to standard output and
/// `writeError` to standard error; tests capture both; the Jupyter kernel turns them into
/// `stream` messages. A front end that shows pictures too conforms to `DisplaySink`.
///
/// Texts are written as given (the caller supplies new lines), in the order produced.
public protocol OutputSink: AnyObject {
    /// Writes normal output (results, tables, pictures, progress).
    func write(_ text: String)
    /// Writes an error or warning.
    func writeError(_ text: String)
    /// Reports a failed statement's diagnostic. A text front end writes it as an error (the
    /// default: `description` and a new line to `writeError`); the kernel sends it once, as the
    /// cell's error.
    func report(_ diagnostic: Diagnostic)
    /// Reports that the user's interruption (Ctrl-C, the notebook's stop button) stopped the
    /// work part-way: `message` says where ("interrupted in epoch 3 after 1,200 of 5,000
    /// mini-batches; the network keeps what it learned"). Default: the message and a new line
    /// to `writeError`.
    func reportInterruption(_ message: String)
}

extension OutputSink {
    public func report(_ diagnostic: Diagnostic) {
        writeError(diagnostic.description + "\n")
    }

    public func reportInterruption(_ message: String) {
        writeError(message + "\n")
    }
}

/// Where the interpreter writes: the CLI's sink sends `write` to standard output and
/// `writeError` to standard error; tests capture both.
///
/// Texts are written as given (the caller supplies new lines), in the order produced.
public protocol OutputSink: AnyObject {
    /// Writes normal output (results, tables, pictures, progress).
    func write(_ text: String)
    /// Writes an error or warning (rendered diagnostics).
    func writeError(_ text: String)
}

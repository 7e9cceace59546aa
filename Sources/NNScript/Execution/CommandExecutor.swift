/// The behaviour of one command: what happens when `sgd`, `eval`, … runs.
///
/// An executor reads the session and its checked arguments from the context, writes its
/// output through `context.output`, and changes `context.session`. The interpreter runs it on a
/// copy of the session and keeps the copy only when `execute` returns normally, so a thrown
/// diagnostic leaves the session as it was. To add a command: give it a spec in
/// `Commands/Catalog`, write a type conforming to this protocol in `Execution/Commands/`, and
/// add one line to `ExecutorRegistry.standard`.
protocol CommandExecutor: Sendable {
    /// Runs the command. Throws a diagnostic (make one with `context.failure(_:at:)`) when it
    /// cannot; sets `context.outcome` to `.quit` or `.interrupted` when the run should stop.
    func execute(_ context: inout CommandContext) throws(Diagnostic)
}

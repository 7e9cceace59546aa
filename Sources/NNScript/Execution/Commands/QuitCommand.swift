/// `quit` (or `exit`): ends the session after this statement; nothing after it runs.
struct QuitCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        context.outcome = .quit
    }
}

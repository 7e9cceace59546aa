/// `seed N` restarts the session's random generator from N, so what follows (initialisation,
/// shuffling) is reproducible; `seed` alone shows the current seed.
struct SeedCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        guard let seed = context.arguments.unsigned("n") else {
            context.say("seed \(context.session.seed)")
            return
        }
        context.session.reseed(seed)
    }
}

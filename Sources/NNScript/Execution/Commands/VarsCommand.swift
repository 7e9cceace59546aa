/// `vars`: every variable with its value as nns source (`eta = 0.5`), sorted by name.
struct VarsCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let variables = context.session.variables
        guard !variables.names.isEmpty else {
            context.say("no variables — define one with 'let eta = 0.5'")
            return
        }
        for name in variables.names {
            if let value = variables[name] { context.say("\(name) = \(value)") }
        }
    }
}

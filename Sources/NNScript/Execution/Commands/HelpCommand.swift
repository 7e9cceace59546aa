/// `help` lists the commands by category; `help COMMAND` explains one (usage, arguments with
/// defaults and ranges, details, examples). Both texts come from the command table.
struct HelpCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        if let name = context.arguments.string("command"), let spec = context.commands.spec(named: name) {
            context.say(context.commands.help(for: spec))
        } else {
            context.say(context.commands.helpOverview())
        }
    }
}

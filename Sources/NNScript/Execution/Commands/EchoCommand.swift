/// `echo VALUE…`: its values separated by spaces (strings without their quotes), then a new line.
struct EchoCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        context.say((context.arguments.strings("text") ?? []).joined(separator: " "))
    }
}

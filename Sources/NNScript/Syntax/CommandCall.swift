/// A command as written: a verb and its arguments in source order
/// (`sgd epochs=30 eta=3.0 m=10`, `net 784 30 10`, `weights layer=1 grid`).
public struct CommandCall: Sendable, Hashable {
    /// The command name (an alias such as `exit` is kept as written).
    public var verb: Name
    /// Positional and `key=value` arguments, in the order written.
    public var arguments: [CallArgument]

    /// Creates a call.
    public init(verb: Name, arguments: [CallArgument]) {
        self.verb = verb
        self.arguments = arguments
    }

    /// From the verb to the end of the last argument.
    public var span: SourceSpan { arguments.last.map { verb.span.through($0.span) } ?? verb.span }
}

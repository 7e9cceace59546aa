/// Everything nns knows about one command: its name, what it does, its arguments and an
/// example. The one source for argument checking, `help` and completion.
public struct CommandSpec: Sendable, Hashable {
    /// The command's name (`sgd`).
    public var name: String
    /// Other names accepted for it (`exit` for `quit`).
    public var aliases: [String]
    /// The `help` group it is listed under.
    public var category: CommandCategory
    /// One line: what it does.
    public var summary: String
    /// Its arguments: positional ones in order, then keyword ones and flags.
    public var arguments: [ArgumentSpec]
    /// Further explanation printed by `help <command>` (may be several lines), or nil.
    public var details: String?
    /// Example uses, each a line of nns.
    public var examples: [String]
    /// The usage line when it is not derived from the arguments (language constructs).
    public var syntax: String?

    /// Creates a spec.
    public init(_ name: String, aliases: [String] = [], category: CommandCategory, summary: String,
                arguments: [ArgumentSpec] = [], details: String? = nil, examples: [String], syntax: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.category = category
        self.summary = summary
        self.arguments = arguments
        self.details = details
        self.examples = examples
        self.syntax = syntax
    }

    /// Positional arguments in order.
    public var positionals: [ArgumentSpec] { arguments.filter(\.isPositional) }

    /// Flags (`grid`).
    public var flags: [ArgumentSpec] { arguments.filter { $0.type == .flag } }

    /// The argument called `name`, if any.
    public func argument(named name: String) -> ArgumentSpec? {
        arguments.first { $0.name == name }
    }

    /// The usage line: `sgd [epochs=N] [eta=X] …`, `save PATH`,
    /// `net SIZE… [act=sigmoid|tanh|relu] …`.
    public var usage: String {
        if let syntax { return syntax }
        return ([name] + arguments.map(\.usage)).joined(separator: " ")
    }

    /// The usage line for error messages: keyword choices shortened to `…`
    /// (`net SIZE… [act=…] [out=…] [cost=…] [init=…]`), positional ones kept.
    public var shortUsage: String {
        if let syntax { return syntax }
        return ([name] + arguments.map(\.shortUsage)).joined(separator: " ")
    }
}

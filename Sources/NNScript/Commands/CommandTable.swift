/// The commands nns understands, looked up by name or alias; binds calls to their specs.
public struct CommandTable: Sendable {
    /// All commands, in the order `help` lists them within each category.
    public let commands: [CommandSpec]
    private let byName: [String: Int]

    /// A table of `commands`; names and aliases must be unique (a later duplicate is ignored).
    public init(_ commands: [CommandSpec]) {
        self.commands = commands
        var byName: [String: Int] = [:]
        for (index, spec) in commands.enumerated() {
            for name in [spec.name] + spec.aliases where byName[name] == nil { byName[name] = index }
        }
        self.byName = byName
    }

    /// Every command of issues 3 and 4 plus the language constructs, as `help` shows them.
    public static let standard: CommandTable = {
        let groups: [[CommandSpec]] = [
            dataCommands, networkCommands, trainingCommands, inspectionCommands, modelFileCommands,
            sessionCommands, languageCommands,
        ]
        return CommandTable(groups.flatMap { $0 })
    }()

    /// The command called `name` (or with that alias), if any.
    public func spec(named name: String) -> CommandSpec? {
        byName[name].map { commands[$0] }
    }

    /// All names and aliases, sorted.
    public var names: [String] { byName.keys.sorted() }

    /// The command called `name`, or an "unknown command" diagnostic at `span` suggesting the
    /// closest name.
    public func spec(named name: String, at span: SourceSpan) throws(Diagnostic) -> CommandSpec {
        guard let spec = spec(named: name) else {
            let candidates = commands.flatMap { [$0.name] + $0.aliases }
            throw Diagnostic(.unknownCommand(name, suggestion: closestMatch(to: name, in: candidates)), at: span)
        }
        return spec
    }

    /// Checks `call` against its command's spec and converts its arguments, substituting
    /// `variables`; the first problem is thrown as a diagnostic with its line from `source`.
    public func bind(_ call: CommandCall, variables: Variables, source: SourceText) throws(Diagnostic) -> BoundArguments {
        do {
            return try bind(call, variables: variables)
        } catch {
            throw error.attachingSource(source)
        }
    }

    /// As `bind(_:variables:source:)`, without attaching the source line.
    public func bind(_ call: CommandCall, variables: Variables) throws(Diagnostic) -> BoundArguments {
        let spec = try spec(named: call.verb.text, at: call.verb.span)
        var binder = ArgumentBinder(spec: spec, verb: call.verb, variables: variables, commands: self)
        return try binder.bind(call.arguments)
    }
}

/// Matches a call's written arguments to a command's `ArgumentSpec`s: keywords by name,
/// flags by their bare word, the rest by position (a variadic positional takes all remaining
/// values); then checks conditions and required arguments and fills in defaults.
struct ArgumentBinder {
    let spec: CommandSpec
    let verb: Name
    let variables: Variables
    let commands: CommandTable
    private var values: [String: BoundValue] = [:]
    private var spans: [String: SourceSpan] = [:]
    private var entrySpans: [String: [SourceSpan]] = [:]

    init(spec: CommandSpec, verb: Name, variables: Variables, commands: CommandTable) {
        self.spec = spec
        self.verb = verb
        self.variables = variables
        self.commands = commands
    }

    /// Binds `arguments` (in source order).
    mutating func bind(_ arguments: [CallArgument]) throws(Diagnostic) -> BoundArguments {
        var positionals = spec.positionals[...]
        // The open variadic positional and the values gathered for it so far (appended in
        // place: binding stays linear in the number of values).
        var variadic: ArgumentSpec?
        var variadicParts: [EvaluatedArgument] = []
        for argument in arguments {
            let evaluated = try EvaluatedArgument(argument.value, in: variables)
            if let key = argument.key {
                try bindKeyword(key, evaluated)
                continue
            }
            if case .word(let word) = evaluated.value, let flag = spec.flags.first(where: { $0.name == word }) {
                try store(.flag(true), for: flag, at: argument.span)
                continue
            }
            if variadic != nil {
                variadicParts.append(evaluated)
                continue
            }
            while let next = positionals.first, spans[next.name] != nil { positionals.removeFirst() }
            guard let slot = positionals.popFirst() else {
                throw Diagnostic(.unexpectedArgument(evaluated.value.description, command: spec.name,
                                                     advice: advice(for: evaluated.value)), at: argument.span)
            }
            if slot.isVariadic {
                variadic = slot
                variadicParts = [evaluated]
            } else {
                try store(try convert(evaluated, for: slot), for: slot, at: evaluated)
            }
        }
        if let slot = variadic, !variadicParts.isEmpty {
            try storeVariadic(slot, variadicParts)
        }
        try checkConditionsAndRequirements()
        for argument in spec.arguments where values[argument.name] == nil {
            values[argument.name] = argument.defaultValue
        }
        return BoundArguments(command: spec.name, verb: verb, values: values, spans: spans, entrySpans: entrySpans)
    }

    private mutating func bindKeyword(_ key: Name, _ evaluated: EvaluatedArgument) throws(Diagnostic) {
        guard let argument = spec.argument(named: key.text) else {
            let suggestion = closestMatch(to: key.text, in: spec.arguments.map(\.name))
            throw Diagnostic(.unknownArgument(key.text, command: spec.name, suggestion: suggestion), at: key.span)
        }
        guard spans[argument.name] == nil else {
            throw Diagnostic(.duplicateArgument(argument.name, command: spec.name), at: key.span)
        }
        if argument.isVariadic {
            try storeVariadic(argument, [evaluated])
        } else {
            try store(try convert(evaluated, for: argument), for: argument, at: evaluated)
        }
    }

    /// A variadic argument: list types check all values gathered into one list (`net 784 30 10`);
    /// other types convert each value and bind the list of results (`echo a $b`); paths take the
    /// entries of a list as paths of their own (`vote $models`, `vote ["a.json", "b.json"]`).
    /// `parts` is not empty.
    private mutating func storeVariadic(_ slot: ArgumentSpec, _ parts: [EvaluatedArgument]) throws(Diagnostic) {
        let gathered = EvaluatedArgument(gathering: parts)
        switch slot.type {
        case .integerList, .choiceList:
            try store(try convert(gathered, for: slot), for: slot, at: gathered)
        default:
            var items: [BoundValue] = []
            items.reserveCapacity(parts.count)
            for part in parts {
                if slot.type == .path, case .list(let entries) = part.value {
                    for (index, entry) in entries.enumerated() {
                        items.append(try convert(EvaluatedArgument(entry, at: part.elementSpan(index)), for: slot))
                    }
                } else {
                    items.append(try convert(part, for: slot))
                }
            }
            try store(.list(items), for: slot, at: gathered)
        }
    }

    private func convert(_ evaluated: EvaluatedArgument, for argument: ArgumentSpec) throws(Diagnostic) -> BoundValue {
        try argument.convert(evaluated, variables: variables, commands: commands)
    }

    /// Binds `value` to `argument`, written at `span` (with its list entries at `entries`).
    private mutating func store(_ value: BoundValue, for argument: ArgumentSpec, at span: SourceSpan,
                                entries: [SourceSpan] = []) throws(Diagnostic) {
        guard spans[argument.name] == nil else {
            throw Diagnostic(.duplicateArgument(argument.name, command: spec.name), at: span)
        }
        values[argument.name] = value
        spans[argument.name] = span
        if !entries.isEmpty { entrySpans[argument.name] = entries }
    }

    /// Binds `value` to `argument`, written as `written`.
    private mutating func store(_ value: BoundValue, for argument: ArgumentSpec, at written: EvaluatedArgument) throws(Diagnostic) {
        try store(value, for: argument, at: written.span, entries: written.elementSpans)
    }

    /// What to say about a positional value the command has no room for: `epochs=N` when the
    /// value looks like one of the command's argument names, a flag's name when it looks like
    /// a flag, else the usage line.
    private func advice(for value: Value) -> String {
        guard case .word(let word) = value else { return "usage: \(spec.shortUsage)" }
        let keywords = spec.arguments.filter { !$0.isPositional }.map(\.name)
        guard let name = spec.argument(named: word)?.name ?? closestMatch(to: word, in: keywords),
              let argument = spec.argument(named: name) else {
            return "usage: \(spec.shortUsage)"
        }
        if argument.type == .flag { return "did you mean '\(name)'?" }
        return "write it as \(name)=\(argument.metavar)"
    }

    private func checkConditionsAndRequirements() throws(Diagnostic) {
        for argument in spec.arguments {
            if let condition = argument.condition {
                let holds = values[condition.argument]?.description == condition.value
                if !holds, let span = spans[argument.name] {
                    throw Diagnostic(.notApplicable(argument: argument.name, context: "\(spec.name) \(condition.written)"), at: span)
                }
                if holds, condition.isRequiredThen, values[argument.name] == nil {
                    throw Diagnostic(.missingArgument(argument.name, command: "\(spec.name) \(condition.value)",
                                                      usage: conditionalUsage(condition)), at: verb.span)
                }
            }
            if argument.isRequired, values[argument.name] == nil {
                throw Diagnostic(.missingArgument(argument.name, command: spec.name, usage: spec.shortUsage), at: verb.span)
            }
        }
    }

    /// The usage of the command once `condition` holds: `load idx images=PATH labels=PATH …`.
    private func conditionalUsage(_ condition: ArgumentCondition) -> String {
        let parts = spec.arguments.compactMap { argument -> String? in
            if argument.name == condition.argument { return condition.value }
            if let other = argument.condition, other.argument == condition.argument, other.value == condition.value,
               other.isRequiredThen {
                return "\(argument.name)=\(argument.metavar)"
            }
            return argument.shortUsage
        }
        return ([spec.name] + parts).joined(separator: " ")
    }
}

/// The text of `help` and `help <command>`, generated from the command table.
extension CommandTable {
    /// Width at which help text is wrapped.
    static let helpWidth = 80

    /// `help`: every command with its one-line summary, grouped by category.
    public func helpOverview() -> String {
        let nameWidth = (commands.map(\.name.count).max() ?? 0) + 2
        var lines = ["Commands (type 'help COMMAND' for its arguments and an example):"]
        for category in CommandCategory.allCases {
            let members = commands.filter { $0.category == category }
            guard !members.isEmpty else { continue }
            lines += ["", category.title]
            for spec in members {
                lines.append(wrap(spec.summary, prefix: "  " + spec.name.padding(toLength: nameWidth),
                                  hangingIndent: 2 + nameWidth))
            }
        }
        lines += ["", wrap("""
            Commands are separated by new lines or ';'; '#' starts a comment; a '\\' at the end of a \
            line continues the command on the next. Values: numbers (30, 0.5, 1e-3), "quoted strings", \
            words, lists [784, 30, 10], images test[7], variables $name; a value alone ($eta) shows it.
            """, hangingIndent: 0)]
        return lines.joined(separator: "\n")
    }

    /// `help <command>`: summary, usage, each argument with its type, default and range,
    /// details and examples.
    public func help(for spec: CommandSpec) -> String {
        var lines = ["\(spec.name) — \(spec.summary)"]
        if !spec.aliases.isEmpty { lines.append("(also: \(spec.aliases.joined(separator: ", ")))") }
        lines += ["", wrap(spec.usage, prefix: "usage: ", hangingIndent: 7)]
        if !spec.arguments.isEmpty {
            let labels = spec.arguments.map(\.helpLabel)
            let labelWidth = (labels.map(\.count).max() ?? 0) + 2
            lines += ["", "arguments:"]
            for (argument, label) in zip(spec.arguments, labels) {
                lines.append(wrap(argument.helpDescription, prefix: "  " + label.padding(toLength: labelWidth),
                                  hangingIndent: 2 + labelWidth))
            }
        }
        if let details = spec.details {
            lines += ["", wrap(details.split(separator: "\n").joined(separator: " "), hangingIndent: 0)]
        }
        if !spec.examples.isEmpty {
            lines += ["", spec.examples.count == 1 ? "example:" : "examples:"]
            lines += spec.examples.map { "  \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    /// `prefix` followed by `text` broken at spaces into lines of at most `helpWidth`
    /// characters (a longer word stays whole), continuation lines indented by `hangingIndent`
    /// spaces. The prefix (an indented, padded label) is kept exactly.
    func wrap(_ text: String, prefix: String = "", hangingIndent: Int) -> String {
        var lines: [String] = []
        var line = prefix
        var lineHasWords = false
        for word in text.split(separator: " ") {
            if lineHasWords, line.count + 1 + word.count > CommandTable.helpWidth {
                lines.append(line)
                line = String(repeating: " ", count: hangingIndent)
                lineHasWords = false
            }
            line += (lineHasWords ? " " : "") + word
            lineHasWords = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}

extension ArgumentSpec {
    /// The argument's label in `help <command>`: `PATH`, `SIZE…`, `SET`, `eta=X`, `act=…`, `grid`.
    var helpLabel: String {
        let placeholder = metavar.contains("|") ? (isPositional ? name.uppercased() : "…") : metavar
        if type == .flag { return name }
        if isPositional { return isVariadic ? "\(placeholder)…" : placeholder }
        return "\(name)=\(placeholder)"
    }

    /// The help line, followed by the facts in parentheses: choices, default, range, whether
    /// it is required.
    var helpDescription: String {
        var facts: [String] = []
        switch type {
        case .choice(let choices): facts.append("one of: \(choices.joined(separator: ", "))")
        case .choiceList(let choices): facts.append("any of: \(choices.joined(separator: ", "))")
        case .dataSet: facts.append("one of: \(DataSetName.names.joined(separator: ", "))")
        default: break
        }
        if let defaultDescription {
            facts.append("default: \(defaultDescription)")
        } else if let defaultValue, type != .flag {
            facts.append("default \(defaultValue)")
        }
        if let range { facts.append(isVariadic || type == .integerList ? "each \(range.summary)" : range.summary) }
        if isRequired { facts.append("required") }
        if let condition {
            facts.append("only with \(condition.written)\(condition.isRequiredThen ? ", required there" : "")")
        }
        return facts.isEmpty ? help : "\(help) (\(facts.joined(separator: "; ")))"
    }
}

extension String {
    /// The string padded with spaces to `length` characters (unchanged if already longer).
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}

extension CommandTable {
    /// The help of the command under `cursor` (a UTF-8 byte offset into `code`); see
    /// `Interpreter.help(at:in:)`.
    func help(at cursor: Int, in code: String) -> String? {
        let bytes = Array(code.utf8)
        var end = max(0, min(cursor, bytes.count))
        let wordEnds: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D, 0x3B, 0x7B, 0x7D, 0x3D]  // space tab \n \r ; { } =
        while end < bytes.count, !wordEnds.contains(bytes[end]) { end += 1 }
        let scan = StatementWords(String(decoding: bytes[..<end], as: UTF8.self))
        guard !scan.inComment else { return nil }
        var words = scan.words.map(\.text).filter { !$0.isEmpty }
        if let last = words.last, let spec = spec(named: last), words.count == 1 || words.first == "help" || words.first == "time" {
            return help(for: spec)
        }
        while words.count > 1, words[0] == "time" { words.removeFirst() }
        guard let verb = words.first, let spec = spec(named: verb) else { return nil }
        return help(for: spec)
    }
}

/// S-expression renderings of the syntax tree, for tests and debugging:
/// `sgd epochs=30 monitor=validation,test` dumps as
/// `(command sgd (epochs= 30) (monitor= (list validation test)))`.
extension Expression: CustomDebugStringConvertible {
    /// The expression as an S-expression: `30`, `"a b"`, `relu`, `$eta`, `(list 1 2)`,
    /// `(index test 7)`.
    public var debugDescription: String {
        switch kind {
        case .number(let number): return number.text
        case .string(let text): return "\"\(SyntaxTreeDump.escaped(text))\""
        case .word(let text): return text
        case .variable(let name): return "$\(name)"
        case .list(let items): return "(list\(items.map { " \($0.debugDescription)" }.joined()))"
        case .indexed(let set, let index): return "(index \(set.text) \(index.debugDescription))"
        }
    }
}

extension Statement: CustomDebugStringConvertible {
    /// The statement as an S-expression: `(command net 784 30 10)`, `(let eta 0.5)`,
    /// `(for eta (list 1 2) (command …))`, `(time (command …))`, `(value $eta)`.
    public var debugDescription: String {
        switch self {
        case .command(let call):
            let arguments = call.arguments.map { argument in
                argument.key.map { "(\($0.text)= \(argument.value.debugDescription))" } ?? argument.value.debugDescription
            }
            return "(command \(([call.verb.text] + arguments).joined(separator: " ")))"
        case .assignment(let name, let value, _):
            return "(let \(name.text) \(value.debugDescription))"
        case .loop(let variable, let sequence, let body, _, _):
            return "(for \(variable.text) \(sequence.debugDescription)\(body.map { " \($0.debugDescription)" }.joined()))"
        case .timed(let inner, _):
            return "(time \(inner.debugDescription))"
        case .value(let value):
            return "(value \(value.debugDescription))"
        }
    }
}

/// Helpers for the dumps.
enum SyntaxTreeDump {
    /// `text` with `\`, `"`, new lines and tabs escaped as in nns source.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result
    }
}

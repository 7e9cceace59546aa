/// A value after variables have been substituted: what a `let` stores and what a command's
/// arguments are checked against.
public indirect enum Value: Sendable, Hashable, CustomStringConvertible {
    /// A number, with its spelling kept for messages.
    case number(NumberLiteral)
    /// A quoted string.
    case string(String)
    /// A bare word (`relu`, `test`, `models/net.json`).
    case word(String)
    /// A list (`[784, 30, 10]`, `validation,test`).
    case list([Value])
    /// An item of a data set: `test[7]` (`set` as written; it is checked when bound).
    case indexed(set: String, index: Int)

    /// The value written back as nns source: `30`, `"a b"`, `relu`, `[784, 30, 10]`, `test[7]`.
    public var description: String {
        switch self {
        case .number(let number): return number.text
        case .string(let text): return "\"\(SyntaxTreeDump.escaped(text))\""
        case .word(let text): return text
        case .list(let items): return "[\(items.map(\.description).joined(separator: ", "))]"
        case .indexed(let set, let index): return "\(set)[\(index)]"
        }
    }

    /// The value as plain text for printing (`echo`): strings without quotes, the rest as
    /// `description`.
    public var displayText: String {
        if case .string(let text) = self { return text }
        return description
    }

    /// The value as quoted in error messages: `'ten'`, `'[1, 2]'`, or a string in its own quotes.
    var quotedForMessage: String {
        if case .string = self { return description }
        return "'\(description)'"
    }
}

/// The kinds of token in nns source.
public enum TokenKind: Sendable, Hashable, CustomStringConvertible {
    /// A bare word: a command, argument name, choice or unquoted path (`sgd`, `cross-entropy`,
    /// `models/net.json`).
    case word(String)
    /// A number literal (`30`, `-1`, `0.5`, `1e-3`).
    case number(NumberLiteral)
    /// A quoted string with escapes resolved.
    case string(String)
    /// `$name`: a use of a variable (the name without `$`).
    case variable(String)
    /// `[`
    case leftBracket
    /// `]`
    case rightBracket
    /// `{`
    case leftBrace
    /// `}`
    case rightBrace
    /// `,`
    case comma
    /// `=`
    case equals
    /// `;`
    case semicolon
    /// The end of a line (a line continued with `\` produces none).
    case newline
    /// The end of the input (always the last token).
    case end

    /// How the token is named in messages: `'sgd'`, `'['`, `a new line`, `end of input`.
    public var description: String {
        switch self {
        case .word(let text): return "'\(text)'"
        case .number(let number): return "'\(number.text)'"
        case .string(let text): return "\"\(text)\""
        case .variable(let name): return "'$\(name)'"
        case .leftBracket: return "'['"
        case .rightBracket: return "']'"
        case .leftBrace: return "'{'"
        case .rightBrace: return "'}'"
        case .comma: return "','"
        case .equals: return "'='"
        case .semicolon: return "';'"
        case .newline: return "a new line"
        case .end: return "end of input"
        }
    }
}

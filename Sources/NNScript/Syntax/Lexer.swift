/// Splits nns source into tokens.
///
/// Words may contain `-` (`stop-after`, `cross-entropy`) and path characters (`net-1.json`);
/// numbers may be negative and have a fraction and exponent (`-1`, `0.5`, `1e-3`); strings are
/// quoted with `"` or `'`, may span lines and understand `\\ \" \' \n \t`; `$name` is a variable;
/// `#` starts a comment to the end of the line; a `\` at the end of a line joins it with the
/// next (no `newline` token). Errors are thrown as `Diagnostic`s with the offending line.
public struct Lexer: Sendable {
    /// The source being read.
    public let source: SourceText
    private let scalars: [Unicode.Scalar]
    private var position = 0
    /// True once the lexer has met a `\` continuation that the input ends after: more input
    /// is needed to finish the command.
    public private(set) var endsWithContinuation = false

    /// A lexer positioned at the start of `source`.
    public init(_ source: SourceText) {
        self.source = source
        self.scalars = source.scalars
    }

    /// All tokens of `source`, ending with one `.end` token.
    public static func tokenize(_ source: SourceText) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(source)
        return try lexer.tokenizeAll()
    }

    /// The remaining tokens, ending with one `.end` token.
    public mutating func tokenizeAll() throws(Diagnostic) -> [Token] {
        var tokens: [Token] = []
        while true {
            let token = try next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    /// The next token (`.end` at, and forever after, the end of the input).
    public mutating func next() throws(Diagnostic) -> Token {
        try skipSpaceCommentsAndContinuations()
        guard let scalar = peek() else { return token(.end, from: position) }
        let start = position
        switch scalar {
        case "\n": position += 1; return token(.newline, from: start)
        case "[": position += 1; return token(.leftBracket, from: start)
        case "]": position += 1; return token(.rightBracket, from: start)
        case "{": position += 1; return token(.leftBrace, from: start)
        case "}": position += 1; return token(.rightBrace, from: start)
        case ",": position += 1; return token(.comma, from: start)
        case "=": position += 1; return token(.equals, from: start)
        case ";": position += 1; return token(.semicolon, from: start)
        case "\"", "'": return try string()
        case "$": return try variable()
        default:
            if startsNumber() { return try number() }
            if scalar.isNameStart || scalar.isPathStart { return word() }
            throw failure(.strayCharacter(Character(scalar)), from: start, length: 1)
        }
    }

    // MARK: Pieces

    private mutating func skipSpaceCommentsAndContinuations() throws(Diagnostic) {
        while let scalar = peek() {
            if scalar.isInlineSpace {
                position += 1
            } else if scalar == "#" {
                while let next = peek(), next != "\n" { position += 1 }
            } else if scalar == "\\" {
                let backslash = position
                position += 1
                while let next = peek(), next.isInlineSpace { position += 1 }
                guard let next = peek() else { endsWithContinuation = true; return }
                guard next == "\n" else { throw failure(.misplacedLineContinuation, from: backslash, length: 1) }
                position += 1
            } else {
                return
            }
        }
    }

    private mutating func string() throws(Diagnostic) -> Token {
        let start = position
        let quote = scalars[position]
        position += 1
        var text = String.UnicodeScalarView()
        while let scalar = peek() {
            position += 1
            if scalar == quote { return token(.string(String(text)), from: start) }
            guard scalar == "\\" else { text.append(scalar); continue }
            guard let escaped = peek() else { break }
            position += 1
            switch escaped {
            case "\\", "\"", "'": text.append(escaped)
            case "n": text.append("\n")
            case "t": text.append("\t")
            case "\n": continue  // a continued line inside a string
            default: throw failure(.unknownEscape(Character(escaped)), from: position - 2, length: 2)
            }
        }
        throw failure(.unterminatedString(quote: Character(quote)), from: start, length: restOfLine(from: start),
                      needsMoreInput: true)
    }

    private mutating func variable() throws(Diagnostic) -> Token {
        let start = position
        position += 1
        guard let first = peek(), first.isNameStart else { throw failure(.missingVariableName, from: start, length: 1) }
        while let next = peek(), next.isNameContinuation { position += 1 }
        return token(.variable(text(from: start + 1)), from: start)
    }

    private func startsNumber() -> Bool {
        guard let scalar = peek() else { return false }
        if scalar.isASCIIDigit { return true }
        guard scalar == "-" || scalar == "." else { return false }
        guard let second = peek(1) else { return false }
        if second.isASCIIDigit { return true }
        return scalar == "-" && second == "." && peek(2)?.isASCIIDigit == true
    }

    private mutating func number() throws(Diagnostic) -> Token {
        let start = position
        position += 1
        while let next = peek(), next.isWordContinuation { position += 1 }
        let literal = text(from: start)
        guard let number = NumberLiteral(literal) else {
            // `28x28` and `28x28x3` are shapes, read as words (`ArgumentType.shape` parses them).
            if ShapeText.isShape(literal) { return token(.word(literal), from: start) }
            let problem: NNScriptError = NumberLiteral.isTooLarge(literal) ? .numberTooLarge(literal) : .badNumber(literal)
            throw failure(problem, from: start, length: position - start)
        }
        return token(.number(number), from: start)
    }

    private mutating func word() -> Token {
        let start = position
        position += 1
        while let next = peek(), next.isWordContinuation { position += 1 }
        return token(.word(text(from: start)), from: start)
    }

    // MARK: Helpers

    private func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        position + ahead < scalars.count ? scalars[position + ahead] : nil
    }

    private func text(from start: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<position])
        return String(view)
    }

    private func restOfLine(from start: Int) -> Int {
        var end = start
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        return end - start
    }

    private func token(_ kind: TokenKind, from start: Int) -> Token {
        Token(kind, at: source.span(at: start, length: position - start))
    }

    private func failure(_ problem: NNScriptError, from start: Int, length: Int, needsMoreInput: Bool = false) -> Diagnostic {
        var diagnostic = source.diagnostic(problem, at: source.span(at: start, length: length))
        diagnostic.needsMoreInput = needsMoreInput
        return diagnostic
    }
}

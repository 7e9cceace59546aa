/// Turns nns tokens into statements (see docs/language.md for the grammar).
///
/// Newlines and `;` separate statements; inside `[ ]` newlines are ignored; `{ }` blocks
/// follow `for` and may span lines and nest. `let`, `for`, `in` and `time` are keywords only
/// where a statement (or, for `in`, a loop's list) is expected. Errors are `Diagnostic`s; those
/// caused only by the input stopping early (an unclosed `{` or `[`, a loop still waiting for
/// its `{`) have `needsMoreInput` set.
///
/// Nesting — `[` lists, `set[…]` indices, `for` blocks and `time` prefixes, counted together —
/// is limited to `maximumNesting` levels, so that no input can overflow the stack of the
/// parser or of the interpreter that walks the tree; deeper input is an error at the bracket,
/// brace or `time` that goes one level too deep (or earlier, on a thread whose stack would not
/// hold that many: see `StackSpace`).
public struct Parser: Sendable {
    /// The deepest nesting of lists, indices, blocks and `time` a script may have.
    public static let maximumNesting = 100

    private let source: SourceText
    private let tokens: [Token]
    private var index = 0
    /// Lists, indices, blocks and `time`s open at the current token.
    private var depth = 0
    /// The stack of the thread parsing: nesting also stops where it would run out.
    private let stack = StackSpace()
    /// True when the source ends with a `\` line continuation.
    public let endsWithContinuation: Bool

    /// Reads all tokens of `source` (lexical errors are thrown here).
    public init(_ source: SourceText) throws(Diagnostic) {
        var lexer = Lexer(source)
        self.tokens = try lexer.tokenizeAll()
        self.endsWithContinuation = lexer.endsWithContinuation
        self.source = source
    }

    /// Parses the whole input as a sequence of statements.
    public mutating func parseScript() throws(Diagnostic) -> [Statement] {
        try parseStatements(inBlockOpenedAt: nil)
    }

    // MARK: Statements

    private mutating func parseStatements(inBlockOpenedAt brace: SourceSpan?) throws(Diagnostic) -> [Statement] {
        var statements: [Statement] = []
        while true {
            skipSeparators()
            switch current.kind {
            case .end:
                if let brace { throw failure(.unclosed("{"), at: brace, needsMoreInput: true) }
                return statements
            case .rightBrace:
                if brace != nil { return statements }
                throw failure(.unmatched("}"), at: current.span)
            default:
                statements.append(try parseStatement())
            }
            switch current.kind {
            case .newline, .semicolon, .end: continue
            case .rightBrace:
                if brace != nil { continue }
                throw failure(.unmatched("}"), at: current.span)
            default: throw failure(.expected("';' or a new line after the command", found: current.kind.description), at: current.span)
            }
        }
    }

    private mutating func parseStatement() throws(Diagnostic) -> Statement {
        switch current.kind {
        case .variable, .number, .string, .leftBracket:
            let start = current
            let value = try parseValueList(after: "the statement")
            // A value followed by more is a command written wrongly ("30 epochs"), not a value.
            guard endsStatement(current.kind) else {
                throw failure(.expected("a command", found: start.kind.description), at: start.span)
            }
            return .value(value)
        default:
            break
        }
        guard case .word(let verb) = current.kind else {
            throw failure(.expected("a command", found: current.kind.description), at: current.span)
        }
        switch verb {
        case "let": return try parseAssignment()
        case "for": return try parseLoop()
        case "time":
            let keyword = advance().span
            if endsStatement(current.kind) {
                throw failure(.expected("a command after 'time'", found: current.kind.description), at: current.span)
            }
            try enterNesting(at: keyword)
            defer { depth -= 1 }
            return .timed(try parseStatement(), keyword: keyword)
        default:
            return .command(try parseCommand())
        }
    }

    private mutating func parseAssignment() throws(Diagnostic) -> Statement {
        let keyword = advance().span
        let name = try parseName(role: "variable name", after: "'let'")
        guard current.kind == .equals else {
            throw failure(.expected("'=' after 'let \(name.text)'", found: current.kind.description), at: current.span)
        }
        advance()
        let value = try parseValueList(after: "'let \(name.text) ='")
        return .assignment(name: name, value: value, span: keyword.through(value.span))
    }

    private mutating func parseLoop() throws(Diagnostic) -> Statement {
        let keyword = advance().span
        let variable = try parseName(role: "variable name", after: "'for'")
        guard current.kind == .word("in") else {
            throw failure(.expected("'in' after 'for \(variable.text)'", found: current.kind.description), at: current.span)
        }
        advance()
        let sequence = try parseValueList(after: "'in'")
        let header = keyword.through(sequence.span)
        while current.kind == .newline { advance() }
        guard current.kind == .leftBrace else {
            throw failure(.expected("'{' to start the loop body", found: current.kind.description), at: current.span,
                          needsMoreInput: current.kind == .end)
        }
        let brace = advance().span
        try enterNesting(at: brace)
        let body = try parseStatements(inBlockOpenedAt: brace)
        depth -= 1
        let closing = advance().span  // parseStatements returned at '}'
        return .loop(variable: variable, sequence: sequence, body: body, header: header, span: keyword.through(closing))
    }

    private mutating func parseName(role: String, after context: String) throws(Diagnostic) -> Name {
        guard case .word(let text) = current.kind else {
            throw failure(.expected("a \(role) after \(context)", found: current.kind.description), at: current.span)
        }
        guard text.isValidName else { throw failure(.invalidName(text, role: role), at: current.span) }
        return Name(text, at: advance().span)
    }

    private mutating func parseCommand() throws(Diagnostic) -> CommandCall {
        let verbToken = advance()
        guard case .word(let verb) = verbToken.kind else {
            throw failure(.expected("a command", found: verbToken.kind.description), at: verbToken.span)
        }
        var arguments: [CallArgument] = []
        while !endsStatement(current.kind) {
            arguments.append(try parseArgument())
        }
        return CommandCall(verb: Name(verb, at: verbToken.span), arguments: arguments)
    }

    private mutating func parseArgument() throws(Diagnostic) -> CallArgument {
        if atKey, case .word(let key) = current.kind {
            let name = Name(key, at: advance().span)
            advance()
            if endsStatement(current.kind) || atKey {
                throw failure(.expected("a value after '\(key)='", found: current.kind.description), at: current.span)
            }
            return CallArgument(key: name, value: try parseValueList(after: "'\(key)='"))
        }
        if current.kind == .equals {
            throw failure(.expected("an argument name before '='", found: current.kind.description), at: current.span)
        }
        return CallArgument(value: try parseValueList(after: "the command"))
    }

    // MARK: Values

    /// A value, or several separated by commas (`monitor=validation,test`), which form a list.
    private mutating func parseValueList(after context: String) throws(Diagnostic) -> Expression {
        let first = try parseValue(after: context)
        guard current.kind == .comma else { return first }
        var items = [first]
        while current.kind == .comma {
            advance()
            items.append(try parseValue(after: "','"))
        }
        return Expression(.list(items), at: first.span.through(items[items.count - 1].span))
    }

    private mutating func parseValue(after context: String) throws(Diagnostic) -> Expression {
        let token = current
        switch token.kind {
        case .number(let number):
            advance()
            return Expression(.number(number), at: token.span)
        case .string(let text):
            advance()
            return Expression(.string(text), at: token.span)
        case .variable(let name):
            advance()
            return Expression(.variable(name), at: token.span)
        case .word(let text):
            advance()
            guard current.kind == .leftBracket, current.span.offset == token.span.endOffset else {
                return Expression(.word(text), at: token.span)
            }
            return try parseIndex(of: Name(text, at: token.span))
        case .leftBracket:
            return try parseList()
        case .rightBracket:
            throw failure(.unmatched("]"), at: token.span)
        default:
            throw failure(.expected("a value after \(context)", found: token.kind.description), at: token.span)
        }
    }

    private mutating func parseIndex(of set: Name) throws(Diagnostic) -> Expression {
        let bracket = advance().span
        try enterNesting(at: bracket)
        defer { depth -= 1 }
        if current.kind == .end { throw failure(.unclosed("["), at: bracket, needsMoreInput: true) }
        let index = try parseValue(after: "'\(set.text)['")
        guard current.kind == .rightBracket else {
            if current.kind == .end { throw failure(.unclosed("["), at: bracket, needsMoreInput: true) }
            throw failure(.expected("']' after the index", found: current.kind.description), at: current.span)
        }
        let closing = advance().span
        return Expression(.indexed(set: set, index: index), at: set.span.through(closing))
    }

    private mutating func parseList() throws(Diagnostic) -> Expression {
        let bracket = advance().span
        try enterNesting(at: bracket)
        defer { depth -= 1 }
        var items: [Expression] = []
        while true {
            skipNewlines()
            if current.kind == .rightBracket { break }
            if current.kind == .end { throw failure(.unclosed("["), at: bracket, needsMoreInput: true) }
            items.append(try parseValue(after: items.isEmpty ? "'['" : "','"))
            skipNewlines()
            if current.kind == .comma { advance(); continue }
            if current.kind == .rightBracket { break }
            if current.kind == .end { throw failure(.unclosed("["), at: bracket, needsMoreInput: true) }
            throw failure(.expected("',' or ']' in the list", found: current.kind.description), at: current.span)
        }
        let closing = advance().span
        return Expression(.list(items), at: bracket.through(closing))
    }

    /// One level deeper, opened at `span`; an error past `maximumNesting`.
    private mutating func enterNesting(at span: SourceSpan) throws(Diagnostic) {
        guard depth < Self.maximumNesting, !stack.isNearlyExhausted else {
            throw failure(.nestingTooDeep(limit: min(depth, Self.maximumNesting)), at: span)
        }
        depth += 1
    }

    // MARK: Token helpers

    private var current: Token { tokens[index] }

    private func peek(_ ahead: Int) -> Token { tokens[min(index + ahead, tokens.count - 1)] }

    @discardableResult
    private mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private mutating func skipSeparators() {
        while current.kind == .newline || current.kind == .semicolon { advance() }
    }

    private mutating func skipNewlines() {
        while current.kind == .newline { advance() }
    }

    /// True at `word =`: the start of a `key=value` argument.
    private var atKey: Bool {
        guard case .word = current.kind else { return false }
        return peek(1).kind == .equals
    }

    private func endsStatement(_ kind: TokenKind) -> Bool {
        kind == .newline || kind == .semicolon || kind == .end || kind == .rightBrace
    }

    private func failure(_ problem: NNScriptError, at span: SourceSpan, needsMoreInput: Bool = false) -> Diagnostic {
        var diagnostic = source.diagnostic(problem, at: span)
        diagnostic.needsMoreInput = needsMoreInput
        return diagnostic
    }
}

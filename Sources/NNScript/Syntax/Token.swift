/// One token of nns source and where it is.
public struct Token: Sendable, Hashable {
    /// What the token is (with its value for words, numbers, strings and variables).
    public var kind: TokenKind
    /// The scalars it covers, including quotes and `$`.
    public var span: SourceSpan

    /// Creates a token.
    public init(_ kind: TokenKind, at span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

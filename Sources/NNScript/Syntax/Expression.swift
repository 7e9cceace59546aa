/// A value as written in the source, before variables are substituted.
public struct Expression: Sendable, Hashable {
    /// The forms a value can take.
    public indirect enum Kind: Sendable, Hashable {
        /// `30`, `-1`, `0.5`, `1e-3`.
        case number(NumberLiteral)
        /// `"my data/train.gz"` (escapes resolved).
        case string(String)
        /// A bare word: `relu`, `test`, `models/net.json`. Bare words are never variables.
        case word(String)
        /// `$eta`.
        case variable(String)
        /// `[784, 30, 10]`, or `validation,test` written without brackets.
        case list([Expression])
        /// `test[7]`, `train[$i]`: an item of a data set (no space before `[`).
        case indexed(set: Name, index: Expression)
    }

    /// What was written.
    public var kind: Kind
    /// Where: the whole value, brackets included.
    public var span: SourceSpan

    /// Creates an expression.
    public init(_ kind: Kind, at span: SourceSpan) {
        self.kind = kind
        self.span = span
    }
}

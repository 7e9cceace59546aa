/// One argument of a command call: a positional value or `key=value`.
public struct CallArgument: Sendable, Hashable {
    /// For `key=value`, the key; nil for a positional value.
    public var key: Name?
    /// The value.
    public var value: Expression

    /// Creates an argument; `key` is nil for a positional one.
    public init(key: Name? = nil, value: Expression) {
        self.key = key
        self.value = value
    }

    /// The whole argument, key included.
    public var span: SourceSpan { key.map { $0.span.through(value.span) } ?? value.span }
}

/// A name in the source with its location: a command verb, an argument key, a variable.
public struct Name: Sendable, Hashable, CustomStringConvertible {
    /// The name as written.
    public var text: String
    /// Where it is written.
    public var span: SourceSpan

    /// Creates a located name.
    public init(_ text: String, at span: SourceSpan) {
        self.text = text
        self.span = span
    }

    /// The name as written.
    public var description: String { text }
}

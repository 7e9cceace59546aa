/// The variables of a session: names defined with `let` (or by a `for` loop) and their values.
///
/// Names are case-sensitive. A loop variable is scoped to its loop: the interpreter restores the
/// name's earlier value (or removes it) when the loop ends.
public struct Variables: Sendable, Hashable {
    private var values: [String: Value] = [:]

    /// No variables.
    public init() {}

    /// The value of `name` (without `$`), or nil if it was never defined; setting defines
    /// or redefines it.
    public subscript(name: String) -> Value? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// All defined names, sorted.
    public var names: [String] { values.keys.sorted() }

    /// The value of `$name` used at `span`; an undefined name is an error suggesting the
    /// closest defined name.
    public func value(of name: String, at span: SourceSpan) throws(Diagnostic) -> Value {
        guard let value = values[name] else {
            throw Diagnostic(.undefinedVariable(name, suggestion: closestMatch(to: name, in: names)), at: span)
        }
        return value
    }
}

/// The variables of a session: names defined with `let` (or by a `for` loop) and their values.
///
/// Names are case-sensitive. A loop variable is scoped to its loop: the interpreter restores the
/// name's earlier value (or removes it) when the loop ends.
///
/// Each value is kept with its `ValueSize`, so a list built from variables (`[$a, $a]`) is
/// measured from its parts without walking them.
public struct Variables: Sendable, Hashable {
    private var entries: [String: Measured] = [:]

    /// A value with its size.
    struct Measured: Sendable, Hashable {
        var value: Value
        var size: ValueSize
    }

    /// No variables.
    public init() {}

    /// The value of `name` (without `$`), or nil if it was never defined; setting defines
    /// or redefines it (the value is measured, which walks it once).
    public subscript(name: String) -> Value? {
        get { entries[name]?.value }
        set { entries[name] = newValue.map { Measured(value: $0, size: $0.size) } }
    }

    /// Defines or redefines `name` as `value`, whose size is already known.
    mutating func define(_ name: String, as value: Value, size: ValueSize) {
        entries[name] = Measured(value: value, size: size)
    }

    /// All defined names, sorted.
    public var names: [String] { entries.keys.sorted() }

    /// The value of `$name` used at `span`; an undefined name is an error suggesting the
    /// closest defined name.
    public func value(of name: String, at span: SourceSpan) throws(Diagnostic) -> Value {
        try measuredValue(of: name, at: span).value
    }

    /// The value of `$name` used at `span`, with its size.
    func measuredValue(of name: String, at span: SourceSpan) throws(Diagnostic) -> Measured {
        guard let entry = entries[name] else {
            throw Diagnostic(.undefinedVariable(name, suggestion: closestMatch(to: name, in: names)), at: span)
        }
        return entry
    }
}

/// An argument value with variables substituted, and where it was written: the whole value,
/// and each entry when it was written as a literal list (so an error in `[784, 0, 10]` points
/// at the `0`; entries that came from a `$variable` point at the variable).
struct EvaluatedArgument: Sendable {
    /// The value.
    var value: Value
    /// Where the whole value was written.
    var span: SourceSpan
    /// Where each list entry was written, parallel to the list's items; may be empty.
    var elementSpans: [SourceSpan]

    /// Evaluates `expression` in `variables`, recording where its entries were written.
    init(_ expression: Expression, in variables: Variables) throws(Diagnostic) {
        value = try expression.evaluate(in: variables)
        span = expression.span
        if case .list(let items) = expression.kind { elementSpans = items.map(\.span) } else { elementSpans = [] }
    }

    /// One value written at `span` (a list entry taken out of its list).
    init(_ value: Value, at span: SourceSpan) {
        self.value = value
        self.span = span
        elementSpans = []
    }

    /// Several positional values gathered into one list (a variadic argument); list values
    /// among them are flattened one level, so `net 784 30 10`, `net [784, 30, 10]` and
    /// `net $sizes` all give one list of sizes.
    /// `parts` must not be empty.
    init(gathering parts: [EvaluatedArgument]) {
        var items: [Value] = []
        var spans: [SourceSpan] = []
        items.reserveCapacity(parts.count)
        spans.reserveCapacity(parts.count)
        for part in parts {
            if case .list(let entries) = part.value {
                items += entries
                spans += entries.indices.map(part.elementSpan)
            } else {
                items.append(part.value)
                spans.append(part.span)
            }
        }
        value = .list(items)
        span = parts[0].span.through(parts[parts.count - 1].span)
        elementSpans = spans
    }

    /// Where list entry `index` was written (the whole value's span when unknown).
    func elementSpan(_ index: Int) -> SourceSpan {
        index < elementSpans.count ? elementSpans[index] : span
    }

    /// The entries when the value is a list, else the value alone.
    var entries: [Value] {
        if case .list(let items) = value { return items }
        return [value]
    }
}

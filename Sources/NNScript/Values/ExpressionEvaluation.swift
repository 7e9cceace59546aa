/// Substituting variables: from what was written (`Expression`) to a `Value`.
extension Expression {
    /// The value of this expression with every `$name` replaced by its value in `variables`.
    /// Errors (undefined variable, non-whole index) carry no source line; attach it with
    /// `Diagnostic.attachingSource(_:)`.
    /// A list that would nest deeper than `ValueSize.maximumDepth` or hold more than
    /// `ValueSize.maximumCount` values in all is an error at this expression.
    public func evaluate(in variables: Variables) throws(Diagnostic) -> Value {
        try measuredEvaluation(in: variables).value
    }

    /// `evaluate(in:)` with the value's size, measured from its parts (variables carry theirs).
    func measuredEvaluation(in variables: Variables) throws(Diagnostic) -> Variables.Measured {
        switch kind {
        case .number(let number): return Variables.Measured(value: .number(number), size: .single)
        case .string(let text): return Variables.Measured(value: .string(text), size: .single)
        case .word(let text): return Variables.Measured(value: .word(text), size: .single)
        case .variable(let name): return try variables.measuredValue(of: name, at: span)
        case .list(let items):
            var values: [Value] = []
            values.reserveCapacity(items.count)
            var depth = 0, count = 1
            for item in items {
                let measured = try item.measuredEvaluation(in: variables)
                depth = max(depth, measured.size.depth)
                count += measured.size.count
                guard count <= ValueSize.maximumCount else {
                    throw Diagnostic(.valueTooLarge(limit: ValueSize.maximumCount), at: span)
                }
                values.append(measured.value)
            }
            guard depth < ValueSize.maximumDepth else {
                throw Diagnostic(.valueTooDeep(limit: ValueSize.maximumDepth), at: span)
            }
            return Variables.Measured(value: .list(values), size: ValueSize(depth: depth + 1, count: count))
        case .indexed(let set, let index):
            let value = try index.evaluate(in: variables)
            guard case .number(let number) = value, let whole = number.integerValue else {
                throw Diagnostic(.badIndex(set: set.text, got: value.quotedForMessage), at: index.span)
            }
            return Variables.Measured(value: .indexed(set: set.text, index: whole), size: .single)
        }
    }

    /// The entries a `for` loop runs over: the items of the list this expression evaluates to.
    /// Anything but a list is an error at this expression.
    public func evaluateSequence(in variables: Variables) throws(Diagnostic) -> [Value] {
        let value = try evaluate(in: variables)
        guard case .list(let items) = value else {
            throw Diagnostic(.notAList(got: value.quotedForMessage), at: span)
        }
        return items
    }
}

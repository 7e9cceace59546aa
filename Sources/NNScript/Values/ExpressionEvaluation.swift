/// Substituting variables: from what was written (`Expression`) to a `Value`.
extension Expression {
    /// The value of this expression with every `$name` replaced by its value in `variables`.
    /// Errors (undefined variable, non-whole index) carry no source line; attach it with
    /// `Diagnostic.attachingSource(_:)`.
    public func evaluate(in variables: Variables) throws(Diagnostic) -> Value {
        switch kind {
        case .number(let number): return .number(number)
        case .string(let text): return .string(text)
        case .word(let text): return .word(text)
        case .variable(let name): return try variables.value(of: name, at: span)
        case .list(let items):
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try item.evaluate(in: variables)) }
            return .list(values)
        case .indexed(let set, let index):
            let value = try index.evaluate(in: variables)
            guard case .number(let number) = value, let whole = number.integerValue else {
                throw Diagnostic(.badIndex(set: set.text, got: value.quotedForMessage), at: index.span)
            }
            return .indexed(set: set.text, index: whole)
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

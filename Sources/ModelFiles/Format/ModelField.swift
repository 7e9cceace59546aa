/// A JSON value together with its path in the document (`weights[1][3]`, `history[0].epochs`),
/// so that every read can say exactly which field is wrong.
struct ModelField {
    let value: JSONValue
    /// The field's path; empty for the top level.
    let path: String

    /// The member `name` of this object.
    /// - Throws: `.missingField` when absent, `.wrongType` when this is not an object.
    func member(_ name: String) throws(ModelFileProblem) -> ModelField {
        guard let field = try optionalMember(name, keepingNull: true) else { throw .missingField(childPath(name)) }
        return field
    }

    /// The member `name`, or nil when it is absent or (unless `keepingNull`) null.
    func optionalMember(_ name: String, keepingNull: Bool = false) throws(ModelFileProblem) -> ModelField? {
        guard case .object(let members) = value else { throw wrongType(expected: "an object") }
        guard let member = members[name] else { return nil }
        if case .null = member, !keepingNull { return nil }
        return ModelField(value: member, path: childPath(name))
    }

    /// The elements of this array, each with its path.
    func elements() throws(ModelFileProblem) -> [ModelField] {
        guard case .array(let values) = value else { throw wrongType(expected: "an array") }
        return values.enumerated().map { ModelField(value: $1, path: "\(path)[\($0)]") }
    }

    /// The elements of this array, which must number `count` (`unit` names one of them, e.g.
    /// "row"; `reason` says why that count).
    func elements(count: Int, unit: String, reason: @autoclosure () -> String) throws(ModelFileProblem) -> [ModelField] {
        let all = try elements()
        guard all.count == count else {
            throw .wrongShape(field: path, expected: counted(count, unit), found: counted(all.count, unit), reason: reason())
        }
        return all
    }

    func string() throws(ModelFileProblem) -> String {
        guard case .string(let text) = value else { throw wrongType(expected: "a string") }
        return text
    }

    /// A whole number that fits in `Int`.
    func integer() throws(ModelFileProblem) -> Int {
        guard case .number(let text) = value, let number = Int(text) else { throw wrongType(expected: "a whole number") }
        return number
    }

    /// A whole number from 0 to 2⁶⁴ − 1.
    func unsignedInteger() throws(ModelFileProblem) -> UInt64 {
        guard case .number(let text) = value, let number = UInt64(text) else {
            throw wrongType(expected: "a whole number from 0 to \(UInt64.max)")
        }
        return number
    }

    /// A Float or Double parsed directly from the number's text (so a Float32 keeps its bits),
    /// or from one of the strings "NaN", "Infinity", "-Infinity" that
    /// `JSONWriter.finiteOrString` writes for non-finite values.
    func real<Real: BinaryFloatingPoint & LosslessStringConvertible>(_ type: Real.Type = Real.self) throws(ModelFileProblem) -> Real {
        switch value {
        case .number(let text):
            if let number = Real(text) { return number }
        case .string("NaN"): return .nan
        case .string("Infinity"): return .infinity
        case .string("-Infinity"): return -.infinity
        default: break
        }
        throw wrongType(expected: "a number")
    }

    /// An array of exactly `count` finite Float32 parameters (weights or biases).
    /// - Throws: `.wrongShape`, `.wrongType` naming the element, or `.nonFiniteParameter`.
    func parameters(count: Int, reason: @autoclosure () -> String) throws(ModelFileProblem) -> [Float] {
        guard case .array(let values) = value else { throw wrongType(expected: "an array of numbers") }
        guard values.count == count else {
            throw .wrongShape(field: path, expected: counted(count, "value"), found: counted(values.count, "value"),
                              reason: reason())
        }
        var result = [Float](repeating: 0, count: count)
        for (index, element) in values.enumerated() {
            guard case .number(let text) = element, let number = Float(text) else {
                throw ModelField(value: element, path: "\(path)[\(index)]").wrongType(expected: "a number")
            }
            guard number.isFinite else { throw .nonFiniteParameter(field: "\(path)[\(index)]", value: text) }
            result[index] = number
        }
        return result
    }

    /// One of `Name.allCases` by its raw value; `kind` names the set for messages ("an activation").
    func name<Name: RawRepresentable & CaseIterable>(of type: Name.Type, kind: String) throws(ModelFileProblem) -> Name
    where Name.RawValue == String {
        let text = try string()
        if let name = Name(rawValue: text) { return name }
        let known = Name.allCases.map(\.rawValue)
        throw .unknownName(field: path, name: text, kind: kind, known: known, suggestion: closestName(to: text, in: known))
    }

    func wrongType(expected: String) -> ModelFileProblem {
        .wrongType(field: path.isEmpty ? "the top level" : path, expected: expected, found: value.summary)
    }

    /// The path of member `name` of this object.
    func childPath(_ name: String) -> String {
        path.isEmpty ? name : "\(path).\(name)"
    }
}

extension ModelField {
    /// A whole number of at least `minimum`; `reason` says why (for the message).
    func integer(atLeast minimum: Int, _ reason: String) throws(ModelFileProblem) -> Int {
        let number = try integer()
        guard number >= minimum else { throw .invalidValue(field: path, problem: "is \(number); \(reason)") }
        return number
    }
}

/// Checking a value against an argument's type and range, and converting it to a `BoundValue`.
extension ArgumentSpec {
    /// `argument` converted to this argument's type, or a diagnostic saying what was expected
    /// (with did-you-mean for choices and a `$name` hint for bare words naming variables).
    /// `commands` resolves `.commandName` values.
    func convert(_ argument: EvaluatedArgument, variables: Variables, commands: CommandTable) throws(Diagnostic) -> BoundValue {
        let value = argument.value
        switch type {
        case .integer:
            return .integer(try wholeNumber(value, at: argument.span, inList: false, variables: variables))
        case .unsignedInteger:
            guard case .number(let number) = value, number.isWhole else {
                throw mismatch(value, at: argument.span, variables: variables)
            }
            guard number.value >= 0 else {
                throw Diagnostic(.outOfRange(argument: name, range: .atLeast(0), got: number.text, inList: false), at: argument.span)
            }
            guard let whole = number.unsignedValue else {
                throw Diagnostic(.unrepresentable(argument: name, got: number.text, limit: Self.unsignedLimit), at: argument.span)
            }
            return .unsigned(whole)
        case .number:
            guard case .number(let number) = value else { throw mismatch(value, at: argument.span, variables: variables) }
            try check(number, at: argument.span, inList: false)
            try checkFloat32(number, at: argument.span)
            return .number(number.value)
        case .integerList:
            try requireEntries(argument)
            var numbers: [BoundValue] = []
            for (index, entry) in argument.entries.enumerated() {
                let span = argument.elementSpan(index)
                numbers.append(.integer(try wholeNumber(entry, at: span, inList: true, variables: variables)))
            }
            return .list(numbers)
        case .text:
            return .text(value.displayText)
        case .path:
            guard let text = value.wordOrString else { throw mismatch(value, at: argument.span, hint: "quote it: \"\(value.displayText)\"") }
            guard !text.isEmpty else { throw mismatch(value, at: argument.span, hint: "the path is empty") }
            return .text(text)
        case .identifier:
            guard let text = value.wordOrString, text.isValidName else { throw mismatch(value, at: argument.span) }
            return .text(text)
        case .choice(let choices):
            return .text(try choice(value, among: choices, at: argument.span))
        case .dataSet:
            return .text(try choice(value, among: DataSetName.names, at: argument.span))
        case .choiceList(let choices):
            try requireEntries(argument)
            var texts: [BoundValue] = []
            for (index, entry) in argument.entries.enumerated() {
                texts.append(.text(try choice(entry, among: choices, at: argument.elementSpan(index))))
            }
            return .list(texts)
        case .sample:
            return .sample(try sample(value, at: argument.span, variables: variables))
        case .flag:
            guard let text = value.wordOrString?.lowercased(), let on = ArgumentSpec.switchWords[text] else {
                throw mismatch(value, at: argument.span, hint: "write just '\(name)' to turn it on")
            }
            return .flag(on)
        case .commandName:
            guard let text = value.wordOrString else { throw mismatch(value, at: argument.span) }
            return .text(try commands.spec(named: text, at: argument.span).name)
        case .command:
            return .text(value.displayText)
        case .shape:
            let dimensions: [Int]?
            switch value {
            case .number(let number): dimensions = number.integerValue.map { [$0] }
            case .word(let text), .string(let text): dimensions = ShapeText.dimensions(text)
            default: dimensions = nil
            }
            guard let dimensions else { throw mismatch(value, at: argument.span, variables: variables) }
            guard dimensions.allSatisfy({ $0 >= 1 && $0 <= ShapeText.largestDimension }) else {
                throw Diagnostic(.outOfRange(argument: name, range: .between(1, Double(ShapeText.largestDimension)),
                                             got: value.displayText, inList: dimensions.count > 1), at: argument.span)
            }
            return .list(dimensions.map(BoundValue.integer))
        }
    }

    /// A list argument needs at least one entry: `net []` (or an empty `$sizes`) names no layer.
    private func requireEntries(_ argument: EvaluatedArgument) throws(Diagnostic) {
        guard argument.entries.isEmpty else { return }
        throw Diagnostic(.wrongType(argument: name, expected: "at least one entry (\(type.expectation))",
                                    got: argument.value.quotedForMessage, hint: "an empty list names nothing"),
                         at: argument.span)
    }

    /// Words accepted for `flag=…`.
    static let switchWords: [String: Bool] = ["true": true, "yes": true, "on": true, "1": true,
                                              "false": false, "no": false, "off": false, "0": false]

    private func wholeNumber(_ value: Value, at span: SourceSpan, inList: Bool, variables: Variables) throws(Diagnostic) -> Int {
        guard case .number(let number) = value, number.isWhole else {
            throw mismatch(value, at: span, variables: variables)
        }
        try check(number, at: span, inList: inList)
        guard let whole = number.integerValue else {
            throw Diagnostic(.unrepresentable(argument: name, got: number.text, limit: Self.integerLimit), at: span)
        }
        return whole
    }

    /// What `.integer` arguments can hold, for messages.
    static let integerLimit = "whole numbers go up to 9223372036854775807 written in digits, "
        + "9007199254740992 written otherwise"
    /// What `.unsignedInteger` arguments can hold, for messages.
    static let unsignedLimit = "it takes whole numbers from 0 to 18446744073709551615 "
        + "(written in digits; up to 9007199254740992 written otherwise)"

    /// A `.number` becomes a Float32 in the core: it must neither overflow to infinity nor
    /// vanish to zero there.
    private func checkFloat32(_ number: NumberLiteral, at span: SourceSpan) throws(Diagnostic) {
        let single = Float(number.value)
        if !single.isFinite {
            throw Diagnostic(.unrepresentable(argument: name, got: number.text,
                                              limit: "nns computes in 32-bit floats, which reach ±3.4e38"), at: span)
        }
        if single == 0, number.value != 0 {
            throw Diagnostic(.unrepresentable(argument: name, got: number.text,
                                              limit: "it is too small for a 32-bit float, whose smallest positive value "
                                                  + "is 1.4e-45 (write 0 for zero)"), at: span)
        }
    }

    private func check(_ number: NumberLiteral, at span: SourceSpan, inList: Bool) throws(Diagnostic) {
        guard let range, !range.contains(number.value) else { return }
        throw Diagnostic(.outOfRange(argument: name, range: range, got: number.text, inList: inList), at: span)
    }

    private func choice(_ value: Value, among choices: [String], at span: SourceSpan) throws(Diagnostic) -> String {
        guard let text = value.wordOrString, choices.contains(text) else {
            let suggestion = value.wordOrString.flatMap { closestMatch(to: $0, in: choices) }
            throw mismatch(value, at: span, hint: suggestion.map { "did you mean '\($0)'?" })
        }
        return text
    }

    private func sample(_ value: Value, at span: SourceSpan, variables: Variables) throws(Diagnostic) -> SampleReference {
        switch value {
        case .indexed(let set, let index):
            guard let dataSet = DataSetName(rawValue: set) else {
                let suggestion = closestMatch(to: set, in: DataSetName.names)
                throw mismatch(value, at: span, hint: suggestion.map { "did you mean '\($0)'?" }
                               ?? "the data sets are \(DataSetName.names.joined(separator: ", "))")
            }
            return SampleReference(set: dataSet, index: index)
        case .word(let word) where DataSetName(rawValue: word) != nil:
            throw mismatch(value, at: span, hint: "add the image's index, e.g. \(word)[0]")
        default:
            throw mismatch(value, at: span, variables: variables)
        }
    }

    /// "expected <type> for '<name>', got <value>", with a hint when a bare word names a
    /// variable (`eta` instead of `$eta`).
    private func mismatch(_ value: Value, at span: SourceSpan, variables: Variables) -> Diagnostic {
        var hint: String?
        if case .word(let word) = value, variables[word] != nil { hint = "write '$\(word)' to use the variable" }
        return mismatch(value, at: span, hint: hint)
    }

    private func mismatch(_ value: Value, at span: SourceSpan, hint: String? = nil) -> Diagnostic {
        Diagnostic(.wrongType(argument: name, expected: type.expectation, got: value.quotedForMessage, hint: hint), at: span)
    }
}

extension Value {
    /// The text of a word or string; nil for numbers, lists and images.
    var wordOrString: String? {
        switch self {
        case .word(let text), .string(let text): return text
        default: return nil
        }
    }
}

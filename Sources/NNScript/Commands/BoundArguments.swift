/// A command's arguments after checking: every given value converted to its type, every
/// default filled in, with the place each value was written (for errors found when the
/// command runs, e.g. layer sizes that do not match the data).
///
/// Accessors return nil for an argument that was neither given nor has a default, or that has
/// another type; after successful binding, required arguments and arguments with defaults are
/// always present.
public struct BoundArguments: Sendable, Hashable {
    /// The command's canonical name (`quit` even when written `exit`).
    public let command: String
    /// The verb as written, with its location.
    public let verb: Name
    private let values: [String: BoundValue]
    private let spans: [String: SourceSpan]
    private let entrySpans: [String: [SourceSpan]]

    /// Creates bound arguments: `values` by argument name (given and defaulted), `spans` for
    /// the given ones only, `entrySpans` for given lists whose entries were written one by one
    /// (`net 784 30 10`, `[784, 30, 10]`).
    public init(command: String, verb: Name, values: [String: BoundValue], spans: [String: SourceSpan],
                entrySpans: [String: [SourceSpan]] = [:]) {
        self.command = command
        self.verb = verb
        self.values = values
        self.spans = spans
        self.entrySpans = entrySpans
    }

    /// The value of `name`, given or defaulted.
    public func value(_ name: String) -> BoundValue? { values[name] }

    /// True when the user wrote the argument (rather than it taking its default).
    public func isGiven(_ name: String) -> Bool { spans[name] != nil }

    /// Where the argument's value was written; the verb's span when it was not given.
    public func span(of name: String) -> SourceSpan { spans[name] ?? verb.span }

    /// Where entry `index` of list argument `name` was written (`net 784 30 10`: entry 0 is
    /// `784`); the whole argument's span when that is not known (the list came from a variable).
    public func span(ofEntry index: Int, in name: String) -> SourceSpan {
        guard let entries = entrySpans[name], entries.indices.contains(index) else { return span(of: name) }
        return entries[index]
    }

    /// A diagnostic pointing at argument `name` (or at the verb if it was not given), for errors
    /// found while running the command. Attach the source line with `attachingSource(_:)`.
    public func diagnostic(_ problem: NNScriptError, at name: String) -> Diagnostic {
        Diagnostic(problem, at: span(of: name))
    }

    /// A whole-number argument (`.integer`).
    public func int(_ name: String) -> Int? {
        guard case .integer(let value) = values[name] else { return nil }
        return value
    }

    /// A whole number from 0 to 2⁶⁴ − 1 (`.unsigned`).
    public func unsigned(_ name: String) -> UInt64? {
        guard case .unsigned(let value) = values[name] else { return nil }
        return value
    }

    /// A number argument (`.number`; whole numbers are accepted too).
    public func double(_ name: String) -> Double? {
        switch values[name] {
        case .number(let value): return value
        case .integer(let value): return Double(value)
        default: return nil
        }
    }

    /// A number argument as the core's `Float` (η, λ).
    public func float(_ name: String) -> Float? { double(name).map { Float($0) } }

    /// A text-like argument: text, path, name, choice, data set or command name.
    public func string(_ name: String) -> String? {
        guard case .text(let value) = values[name] else { return nil }
        return value
    }

    /// A path argument exactly as written (no `~` expansion or resolution).
    public func path(_ name: String) -> String? { string(name) }

    /// A choice argument converted to an enum whose raw values are the choices
    /// (e.g. `args.choice("act", as: ActivationName.self)`).
    public func choice<Choice: RawRepresentable>(_ name: String, as type: Choice.Type) -> Choice?
    where Choice.RawValue == String {
        string(name).flatMap(Choice.init(rawValue:))
    }

    /// A data set argument (`eval test`).
    public func dataSet(_ name: String) -> DataSetName? { choice(name, as: DataSetName.self) }

    /// A flag: true when written, false otherwise.
    public func flag(_ name: String) -> Bool {
        guard case .flag(let on) = values[name] else { return false }
        return on
    }

    /// An image reference (`test[7]`).
    public func sample(_ name: String) -> SampleReference? {
        guard case .sample(let reference) = values[name] else { return nil }
        return reference
    }

    /// A list of whole numbers (`net 784 30 10`).
    public func integers(_ name: String) -> [Int]? {
        guard case .list(let items) = values[name] else { return nil }
        var result: [Int] = []
        for case .integer(let value) in items { result.append(value) }
        return result.count == items.count ? result : nil
    }

    /// A list of texts (`monitor=validation,test`, `echo a b`).
    public func strings(_ name: String) -> [String]? {
        guard case .list(let items) = values[name] else { return nil }
        var result: [String] = []
        for case .text(let value) in items { result.append(value) }
        return result.count == items.count ? result : nil
    }
}

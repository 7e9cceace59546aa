/// An argument value after checking: converted to the form its `ArgumentType` promises.
public indirect enum BoundValue: Sendable, Hashable, CustomStringConvertible {
    /// From `.integer`.
    case integer(Int)
    /// From `.unsignedInteger`.
    case unsigned(UInt64)
    /// From `.number`.
    case number(Double)
    /// From `.text`, `.path`, `.identifier`, `.choice`, `.dataSet`, `.commandName`.
    case text(String)
    /// From `.flag`.
    case flag(Bool)
    /// From `.sample`.
    case sample(SampleReference)
    /// From `.integerList`, `.choiceList` and variadic arguments.
    case list([BoundValue])

    /// The value as help shows a default: `30`, `3.0`, `relu`, `validation,test`.
    public var description: String {
        switch self {
        case .integer(let value): return String(value)
        case .unsigned(let value): return String(value)
        case .number(let value): return String(value)
        case .text(let text): return text
        case .flag(let on): return on ? "on" : "off"
        case .sample(let reference): return reference.description
        case .list(let items): return items.map(\.description).joined(separator: ",")
        }
    }
}

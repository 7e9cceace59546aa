/// What kind of value an argument takes; decides how a written value is checked and converted
/// (see `BoundValue` for the converted forms) and how the argument is shown in help.
public enum ArgumentType: Sendable, Hashable {
    /// A whole number (`30`; `1e3` is accepted as 1000) that fits an `Int`. Bound as `.integer`.
    case integer
    /// A whole number from 0 to 2⁶⁴ − 1 (a seed). Bound as `.unsigned`.
    case unsignedInteger
    /// Any number (`3.0`, `1e-3`) that a 32-bit float represents — nns trains in Float32, so
    /// `1e-50` (which would become 0) and `1e39` (infinite) are refused. Bound as `.number`.
    case number
    /// Any single value taken as text (words, strings, numbers as written). Bound as `.text`.
    case text
    /// A file or directory path: a bare word (`models/net.json`) or a quoted string. Bound as `.text`.
    case path
    /// A name: letters, digits, `_`, `-`. Bound as `.text`.
    case identifier
    /// Whole numbers: a list `[784, 30, 10]` or, when variadic, several values `784 30 10`.
    /// Bound as `.list` of `.integer`; a range applies to each entry.
    case integerList
    /// One of the given words (`act=relu`). Bound as `.text`.
    case choice([String])
    /// One or more of the given words, comma-separated (`monitor=validation,test`).
    /// Bound as `.list` of `.text`.
    case choiceList([String])
    /// A data set name: train, validation or test. Bound as `.text`.
    case dataSet
    /// An image of a data set, `test[7]`. Bound as `.sample`.
    case sample
    /// A switch written as the bare word (`weights grid`) or `grid=true|false`. Bound as `.flag`.
    case flag
    /// The name of a command (`help sgd`). Bound as `.text` with the canonical name.
    case commandName
    /// A whole command (`time sgd epochs=1`); handled by the parser, listed for help.
    case command
    /// The shape of a network's input: `28x28` (an image), `28x28x3` (with channels) or `784`
    /// (a flat vector). Bound as `.list` of `.integer`: [height, width, channels], or [count].
    case shape

    /// The kind of value, as a noun phrase for "expected … for 'm'" (for lists: of one entry,
    /// since entries are checked one by one).
    public var expectation: String {
        switch self {
        case .integer: return "a whole number"
        case .unsignedInteger: return "a whole number from 0 to 18446744073709551615"
        case .number: return "a number"
        case .text: return "a value"
        case .path: return "a file path"
        case .identifier: return "a name (letters, digits, '_' and '-')"
        case .integerList: return "whole numbers like [784, 30, 10]"
        case .choice(let choices): return "one of \(choices.joined(separator: ", "))"
        case .choiceList(let choices): return "one of \(choices.joined(separator: ", "))"
        case .dataSet: return "one of \(DataSetName.names.joined(separator: ", "))"
        case .sample: return "an image such as test[7]"
        case .flag: return "true or false"
        case .commandName: return "a command name"
        case .command: return "a command"
        case .shape: return "a shape like 28x28, 28x28x3 or 784"
        }
    }

    /// The placeholder shown in usage lines: `N`, `X`, `PATH`, `sigmoid|tanh|relu`, `SET[I]`.
    public var metavar: String {
        switch self {
        case .integer, .unsignedInteger: return "N"
        case .number: return "X"
        case .text: return "TEXT"
        case .path: return "PATH"
        case .identifier: return "NAME"
        case .integerList: return "N,…"
        case .choice(let choices): return choices.joined(separator: "|")
        case .choiceList(let choices): return "\(choices.joined(separator: "|")),…"
        case .dataSet: return DataSetName.names.joined(separator: "|")
        case .sample: return "SET[I]"
        case .flag: return ""
        case .commandName: return "COMMAND"
        case .command: return "COMMAND"
        case .shape: return "HxW[xC]"
        }
    }
}

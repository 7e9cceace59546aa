/// A value after variables have been substituted: what a `let` stores and what a command's
/// arguments are checked against.
public indirect enum Value: Sendable, Hashable, CustomStringConvertible {
    /// A number, with its spelling kept for messages.
    case number(NumberLiteral)
    /// A quoted string.
    case string(String)
    /// A bare word (`relu`, `test`, `models/net.json`).
    case word(String)
    /// A list (`[784, 30, 10]`, `validation,test`).
    case list([Value])
    /// An item of a data set: `test[7]` (`set` as written; it is checked when bound).
    case indexed(set: String, index: Int)

    /// The value written back as nns source: `30`, `"a b"`, `relu`, `[784, 30, 10]`, `test[7]`.
    public var description: String {
        switch self {
        case .number(let number): return number.text
        case .string(let text): return "\"\(SyntaxTreeDump.escaped(text))\""
        case .word(let text): return text
        case .list(let items): return "[\(items.map(\.description).joined(separator: ", "))]"
        case .indexed(let set, let index): return "\(set)[\(index)]"
        }
    }

    /// The value as plain text for printing (`echo`): strings without quotes, the rest as
    /// `description`.
    public var displayText: String {
        if case .string(let text) = self { return text }
        return description
    }

    /// The value as quoted in error messages: `'ten'`, `'[1, 2]'`, or a string in its own quotes.
    var quotedForMessage: String {
        if case .string = self { return description }
        return "'\(description)'"
    }
}

/// How big a value is: how deeply its lists nest (0 for a number, word, string or image; 1 for
/// a list of those) and how many values it holds in all, itself included. Both are bounded —
/// `[$a, $a]` repeated would otherwise double a value with each `let` — so that printing,
/// comparing or binding a value never takes unbounded time or stack.
public struct ValueSize: Sendable, Hashable {
    /// Lists inside lists may go this deep (as deep as the parser lets source nest).
    public static let maximumDepth = Parser.maximumNesting
    /// One value may hold at most this many values in all.
    public static let maximumCount = 1_000_000

    /// Nesting depth of lists.
    public var depth: Int
    /// Values held in all, counting the value itself and every list.
    public var count: Int

    /// A value that is no list.
    static let single = ValueSize(depth: 0, count: 1)
}

extension Value {
    /// The value's size, measured by walking it (values within the limits only, so the walk is
    /// bounded).
    var size: ValueSize {
        guard case .list(let items) = self else { return .single }
        var size = ValueSize(depth: 0, count: 1)
        for item in items {
            let inner = item.size
            size.depth = max(size.depth, inner.depth)
            size.count += inner.count
        }
        size.depth += 1
        return size
    }
}

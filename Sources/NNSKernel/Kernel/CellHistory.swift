import Glibc

/// The cells this kernel executed with `store_history`, for `history_request`: each with its
/// session number (always 1: a kernel is one session), its line number (the execution count)
/// and its input, and the text of its result when it had one.
struct CellHistory: Sendable {
    /// One executed cell.
    struct Entry: Sendable, Equatable {
        let line: Int
        let input: String
        var output: String?
    }

    /// The session number of every entry.
    static let session = 1
    private(set) var entries: [Entry] = []

    /// Records cell `line`.
    mutating func append(line: Int, input: String, output: String?) {
        entries.append(Entry(line: line, input: input, output: output))
    }

    /// The reply's `history` for the request's content: `tail` (the last `n`), `range`
    /// (`start` ≤ line < `stop` of `session`; a stop of 0 or less means to the end), or
    /// `search` (inputs matching the glob `pattern`, `*` and `?`; the last `n` when given, each
    /// input once when `unique`). Each item is `[session, line, input]`, or with `output`
    /// `[session, line, [input, output]]`.
    func reply(for request: JSON) -> [JSON] {
        let withOutput = request["output"]?.bool ?? false
        var found: [Entry]
        switch request["hist_access_type"]?.string ?? "tail" {
        case "range":
            guard (request["session"]?.int ?? Self.session) == Self.session || request["session"]?.int == 0 else { return [] }
            let start = request["start"]?.int ?? 0
            let stop = request["stop"]?.int ?? 0
            found = entries.filter { $0.line >= start && (stop <= 0 || $0.line < stop) }
        case "search":
            let pattern = request["pattern"]?.string ?? "*"
            found = entries.filter { fnmatch(pattern, $0.input, 0) == 0 }
            if request["unique"]?.bool ?? false {
                var seen = Set<String>()
                found = found.reversed().filter { seen.insert($0.input).inserted }.reversed()
            }
            if let n = request["n"]?.int, n > 0 { found = Array(found.suffix(n)) }
        default:
            let n = request["n"]?.int ?? 10
            found = Array(entries.suffix(max(0, n)))
        }
        return found.map { entry in
            let input = JSON.string(entry.input)
            let value: JSON = withOutput ? [input, entry.output.map(JSON.string) ?? .null] : input
            return [.int(Self.session), .int(entry.line), value]
        }
    }
}

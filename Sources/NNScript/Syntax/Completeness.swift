/// Whether a piece of source can be run as it is, as a prompt or a notebook decides before
/// running it.
public enum SourceCompleteness: String, Sendable, Equatable {
    /// A finished entry: it parses.
    case complete
    /// It stops in the middle of something — an unclosed `{`, `[` or string, a loop still
    /// waiting for its `{`, or a trailing `\` — so more lines are needed.
    case incomplete
    /// It cannot parse, whatever follows (a stray `}`, `net [1 2]`): running it reports the error.
    case invalid
}

/// How complete `source` is: see `SourceCompleteness`. The prompt reads another line (with a
/// continuation prompt) while it is `.incomplete` and then tries again with the lines joined by `\n`.
public func completeness(of source: String) -> SourceCompleteness {
    do {
        var parser = try Parser(SourceText(source))
        if parser.endsWithContinuation { return .incomplete }
        _ = try parser.parseScript()
        return .complete
    } catch {
        return error.needsMoreInput ? .incomplete : .invalid
    }
}

/// True when `source` is a finished entry that can be run (or that has an error to report);
/// false when it stops in the middle of something (`completeness(of:)` is `.incomplete`).
public func isComplete(_ source: String) -> Bool {
    completeness(of: source) != .incomplete
}

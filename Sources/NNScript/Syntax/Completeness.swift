/// True when `source` is a finished entry that can be run (or that has an error to report);
/// false when it stops in the middle of something — an unclosed `{`, `[` or string, a loop
/// still waiting for its `{`, or a trailing `\` — so the prompt should read another line
/// (with a continuation prompt) and try again with the lines joined by `\n`.
public func isComplete(_ source: String) -> Bool {
    do {
        var parser = try Parser(SourceText(source))
        if parser.endsWithContinuation { return false }
        _ = try parser.parseScript()
        return true
    } catch {
        return !error.needsMoreInput
    }
}

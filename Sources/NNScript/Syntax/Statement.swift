/// One statement of an nns script or prompt entry.
public indirect enum Statement: Sendable, Hashable {
    /// A command: `sgd epochs=30 eta=3.0 m=10`.
    case command(CommandCall)
    /// `let name = value`: defines or redefines a variable, used later as `$name`.
    case assignment(name: Name, value: Expression, span: SourceSpan)
    /// `for name in list { body }`: runs `body` once per list entry with `$name` set to it.
    /// `span` covers the whole loop, `header` the `for name in list` part.
    case loop(variable: Name, sequence: Expression, body: [Statement], header: SourceSpan, span: SourceSpan)
    /// `time statement`: runs the statement and reports how long it took (`keyword` is the
    /// span of the word `time`).
    case timed(Statement, keyword: SourceSpan)
    /// A value alone (`$eta`, `[784, 30, 10]`): shows it — printed at the prompt and in scripts,
    /// the cell's result (`Out[n]`) in a notebook.
    case value(Expression)

    /// The whole statement in the source.
    public var span: SourceSpan {
        switch self {
        case .command(let call): return call.span
        case .assignment(_, _, let span): return span
        case .loop(_, _, _, _, let span): return span
        case .timed(let inner, let keyword): return keyword.through(inner.span)
        case .value(let value): return value.span
        }
    }
}

/// A parsed piece of nns source: its statements in order and the source they came from
/// (needed to echo lines in diagnostics raised while running them).
public struct Script: Sendable {
    /// The statements, top level only (loop bodies are inside their loops).
    public var statements: [Statement]
    /// The text they were parsed from.
    public var source: SourceText

    /// Creates a script.
    public init(statements: [Statement], source: SourceText) {
        self.statements = statements
        self.source = source
    }

    /// Parses `text`; `file` names it in locations (nil at the prompt).
    public init(parsing text: String, file: String? = nil) throws(Diagnostic) {
        try self.init(parsing: SourceText(text, file: file))
    }

    /// Parses `source`.
    public init(parsing source: SourceText) throws(Diagnostic) {
        var parser = try Parser(source)
        self.init(statements: try parser.parseScript(), source: source)
    }

    /// The exact source text of `span` (for echoing a command before running it).
    public func text(of span: SourceSpan) -> String {
        source.text(of: span)
    }
}

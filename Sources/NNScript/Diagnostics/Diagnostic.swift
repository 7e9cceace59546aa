/// An `NNScriptError` at a place in the source: the error nns reports for anything wrong in
/// what the user wrote.
///
/// Rendered (`description`) as the location, the message, the offending line echoed, and a
/// caret under the column with `~` under the rest of the token:
///
///     sweep.nns:3:5: unknown argument 'epoch' for sgd — did you mean 'epochs'?
///       sgd epoch=30 eta=3.0
///           ^~~~~
///
/// At the prompt the location has no file (`1:5: …`).
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public var problem: NNScriptError
    /// Where: the offending token or construct.
    public var span: SourceSpan
    /// The text of the span's first line, echoed under the message; nil when unknown.
    public var sourceLine: String?
    /// True when the input merely stopped too early (an unclosed `{`, `[` or string), so a
    /// prompt should ask for more lines instead of reporting the error.
    public var needsMoreInput: Bool

    /// Creates a diagnostic; `sourceLine` is the text of line `span.start.line`.
    public init(_ problem: NNScriptError, at span: SourceSpan, sourceLine: String? = nil, needsMoreInput: Bool = false) {
        self.problem = problem
        self.span = span
        self.sourceLine = sourceLine
        self.needsMoreInput = needsMoreInput
    }

    /// The location of the problem (`FILE:LINE:COL` or `LINE:COL` when printed).
    public var location: SourceLocation { span.start }

    /// The user-facing message without location or echo.
    public var message: String { problem.description }

    /// This diagnostic with its source line taken from `source`, unless it already has one.
    public func attachingSource(_ source: SourceText) -> Diagnostic {
        guard sourceLine == nil else { return self }
        var copy = self
        copy.sourceLine = source.line(span.start.line)
        return copy
    }

    /// The first line alone: `LOCATION: message`, with characters that would not show escaped
    /// (`<U+0000>`, see `VisibleText`).
    public var headline: String { VisibleText.escaped("\(location): \(message)") }

    /// The headline, then (when the source line is known) the line and the caret marker.
    public var description: String {
        guard let sourceLine else { return headline }
        let marker = CaretMarker(line: sourceLine, column: span.start.column, length: span.length)
        return "\(headline)\n\(Diagnostic.echoIndent)\(marker.visibleLine)\n\(Diagnostic.echoIndent)\(marker.text)"
    }

    /// Indentation of the echoed line and of the caret under it.
    static let echoIndent = "  "
}

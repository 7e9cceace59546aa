/// A piece of nns source (a script file, a line typed at the prompt, a `-c` argument) held as
/// Unicode scalars, with the offsets at which its lines start, so diagnostics can echo a line.
public struct SourceText: Sendable {
    /// The file name used in locations, or nil at the prompt.
    public let file: String?
    /// The text, one element per Unicode scalar.
    public let scalars: [Unicode.Scalar]
    /// `lineStarts[i]` is the scalar offset at which line i+1 begins.
    public let lineStarts: [Int]

    /// Wraps `text`; `file` is what locations will name (nil at the prompt).
    public init(_ text: String, file: String? = nil) {
        self.file = file
        self.scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    /// The text of 1-based line `number`, without its line terminator (`\n` or `\r\n`);
    /// nil when there is no such line.
    public func line(_ number: Int) -> String? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : scalars.count
        if end > start, scalars[end - 1] == "\r" { end -= 1 }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<end])
        return String(text)
    }

    /// The location of scalar `offset` (0-based; `scalars.count` means the end of the input).
    public func location(at offset: Int) -> SourceLocation {
        // Binary search for the last line starting at or before `offset`.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(file: file, line: low + 1, column: offset - lineStarts[low] + 1)
    }

    /// The span of `length` scalars starting at `offset`.
    public func span(at offset: Int, length: Int) -> SourceSpan {
        SourceSpan(start: location(at: offset), offset: offset, length: length)
    }

    /// The exact text of `span` (clipped to the source).
    public func text(of span: SourceSpan) -> String {
        let end = min(span.endOffset, scalars.count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[min(span.offset, end)..<end])
        return String(view)
    }

    /// A diagnostic for `problem` at `span`, with the offending line attached for echoing.
    public func diagnostic(_ problem: NNScriptError, at span: SourceSpan) -> Diagnostic {
        Diagnostic(problem, at: span, sourceLine: line(span.start.line))
    }
}

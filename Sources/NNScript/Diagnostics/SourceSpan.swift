/// A stretch of source text: where it starts and how long it is.
///
/// `offset` and `length` count Unicode scalars from the start of the source; a span may cross
/// lines (a loop body), in which case a diagnostic underlines it only to the end of its first line.
public struct SourceSpan: Sendable, Hashable {
    /// Where the span starts (file, 1-based line and column).
    public var start: SourceLocation
    /// Offset of the first scalar of the span from the start of the source, 0-based.
    public var offset: Int
    /// Number of Unicode scalars covered; 0 for a point (e.g. the end of the input).
    public var length: Int

    /// Creates a span starting at `start` (which lies `offset` scalars into the source).
    public init(start: SourceLocation, offset: Int, length: Int) {
        self.start = start
        self.offset = offset
        self.length = max(0, length)
    }

    /// Offset one past the last scalar of the span.
    public var endOffset: Int { offset + length }

    /// The smallest span covering both `self` and `other` (both must come from the same source).
    public func through(_ other: SourceSpan) -> SourceSpan {
        let first = other.offset < offset ? other : self
        let end = max(endOffset, other.endOffset)
        return SourceSpan(start: first.start, offset: first.offset, length: end - first.offset)
    }
}

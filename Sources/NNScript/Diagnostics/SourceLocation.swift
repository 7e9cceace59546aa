/// A position in nns source text: the file it came from (nil for text typed at the prompt or
/// given with `-c`), a 1-based line and a 1-based column.
///
/// Columns count Unicode scalars from the start of the line (a tab counts as one column), so a
/// caret can be placed under the column by copying the line's leading characters.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The script's path as the user gave it, or nil at the prompt.
    public var file: String?
    /// 1-based line number.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a location; `line` and `column` are 1-based.
    public init(file: String? = nil, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `FILE:LINE:COL` for scripts, `LINE:COL` at the prompt.
    public var description: String {
        if let file { return "\(file):\(line):\(column)" }
        return "\(line):\(column)"
    }
}

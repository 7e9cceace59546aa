/// The line drawn under an echoed source line to point at a column: spaces (or the line's own
/// tabs, so the caret lines up however tabs are displayed), a `^` at the column, and `~` under
/// the rest of the token, clipped to the end of the line.
struct CaretMarker: Sendable {
    /// The marker text, e.g. `"    ^~~~~"`.
    let text: String

    /// `column` is 1-based in Unicode scalars; `length` is the token's length in scalars
    /// (0 or 1 draws the caret alone). A column past the end of the line points just after it.
    init(line: String, column: Int, length: Int) {
        let scalars = Array(line.unicodeScalars)
        let start = max(0, min(column - 1, scalars.count))
        var marker = ""
        for scalar in scalars[0..<start] {
            marker.unicodeScalars.append(scalar == "\t" ? "\t" : " ")
        }
        marker += "^"
        let tildes = min(max(length, 1), max(scalars.count - start, 1)) - 1
        marker += String(repeating: "~", count: tildes)
        text = marker
    }
}

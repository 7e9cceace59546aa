/// The line drawn under an echoed source line to point at a column: spaces (or the line's own
/// tabs, so the caret lines up however tabs are displayed), a `^` at the column, and `~` under
/// the rest of the token, clipped to the end of the line. Characters that would not show are
/// echoed escaped (`VisibleText`), and the marker makes room for their escapes.
struct CaretMarker: Sendable {
    /// The marker text, e.g. `"    ^~~~~"`.
    let text: String
    /// The line as it is echoed above the marker: `line` with invisible characters escaped.
    let visibleLine: String

    /// `column` is 1-based in Unicode scalars; `length` is the token's length in scalars
    /// (0 or 1 draws the caret alone). A column past the end of the line points just after it.
    init(line: String, column: Int, length: Int) {
        let scalars = Array(line.unicodeScalars)
        let start = max(0, min(column - 1, scalars.count))
        var marker = ""
        for scalar in scalars[0..<start] {
            if scalar == "\t" {
                marker += "\t"
            } else {
                marker += String(repeating: " ", count: VisibleText.width(of: scalar))
            }
        }
        marker += "^"
        let covered = scalars[start..<min(scalars.count, start + max(length, 1))]
        let width = covered.isEmpty ? 1 : covered.reduce(0) { $0 + VisibleText.width(of: $1) }
        marker += String(repeating: "~", count: max(width, 1) - 1)
        text = marker
        visibleLine = VisibleText.escaped(line)
    }
}

/// Text with the characters that would not show — control characters other than tab and new
/// line, format characters such as zero-width spaces and joiners, byte-order marks and bidi
/// controls, line and paragraph separators — written as `<U+0000>`, so an error never echoes
/// what the user cannot see (or what would rearrange the terminal line).
enum VisibleText {
    /// `<U+XXXX>` for an invisible scalar, nil for one that shows.
    static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.properties.generalCategory {
        case .control:
            if scalar == "\t" || scalar == "\n" { return nil }
        case .format, .lineSeparator, .paragraphSeparator, .unassigned, .surrogate:
            break
        default:
            return nil
        }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }

    /// `text` with every invisible scalar escaped.
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { escape($0) != nil }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let escaped = escape(scalar) { result.append(contentsOf: escaped.unicodeScalars) } else { result.append(scalar) }
        }
        return String(result)
    }

    /// Columns the scalar takes when echoed: its escape's length, or 1.
    static func width(of scalar: Unicode.Scalar) -> Int {
        escape(scalar)?.count ?? 1
    }
}

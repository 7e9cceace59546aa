/// What a terminal `width` columns wide shows after receiving some text, for checking redrawn
/// progress lines: "\r" returns to column 0, "\n" starts the next line, other characters take
/// one column each, and a character written past the last column wraps to a new line (as
/// xterm's delayed auto-wrap does: writing the last column leaves the cursor there until the
/// next character, and "\r" cancels the pending wrap). No escape codes are interpreted.
struct TerminalScreen {
    /// The screen's lines, trailing spaces removed, last empty line dropped.
    let lines: [String]

    /// The screen after writing `text` to an empty terminal of `width` columns.
    init(_ text: String, width: Int) {
        var rows: [[Character]] = [[]]
        var row = 0, column = 0
        for character in text {
            switch character {
            case "\r":
                column = 0
            case "\n":
                row += 1
                column = 0
            default:
                if column == width {
                    row += 1
                    column = 0
                }
                while rows.count <= row { rows.append([]) }
                while rows[row].count <= column { rows[row].append(" ") }
                rows[row][column] = character
                column += 1
            }
            while rows.count <= row { rows.append([]) }
        }
        var lines = rows.map { String(String($0).reversed().drop { $0 == " " }.reversed()) }
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
    }
}

/// A table of text cells with a header row, drawn with box-drawing borders (Unicode) or `+-|`
/// (ASCII) — the per-epoch `history` table, per-layer `weights` summaries, `info`.
///
/// Columns whose non-empty cells all look like numbers ("9,512", "-0.25", "95.12%", "1e-3",
/// "nan") are right-aligned, others left-aligned; the header follows its column. Rows shorter
/// than the widest row are padded with empty cells. With colour the header is bold.
///
///     ┌───────┬──────────┐
///     │ epoch │ accuracy │
///     ├───────┼──────────┤
///     │     1 │   91.12% │
///     └───────┴──────────┘
public struct TextTable: Sendable, Equatable {
    /// Horizontal placement of the text in a column.
    public enum Alignment: Sendable, Equatable { case left, right }

    /// The column titles.
    public var header: [String]
    /// The body, one array of cells per row.
    public var rows: [[String]]
    /// Explicit alignment per column; nil (or missing entries) means automatic.
    public var alignments: [Alignment]?

    /// A table from its header and rows; see the type's notes for alignment.
    public init(header: [String], rows: [[String]], alignments: [Alignment]? = nil) {
        self.header = header
        self.rows = rows
        self.alignments = alignments
    }

    /// The table as lines joined by "\n" (no trailing newline).
    public func render(style: RenderStyle) -> String {
        let columnCount = ([header.count] + rows.map(\.count)).max() ?? 0
        guard columnCount > 0 else { return "" }
        func padded(_ cells: [String]) -> [String] { cells + Array(repeating: "", count: columnCount - cells.count) }
        let header = padded(self.header)
        let body = rows.map(padded)
        let widths = (0..<columnCount).map { column in
            ([header[column]] + body.map { $0[column] }).map(TextColumns.width).max() ?? 0
        }
        let aligns = (0..<columnCount).map { column in
            alignments.flatMap { column < $0.count ? $0[column] : nil }
                ?? (Self.isNumericColumn(body.map { $0[column] }) ? .right : .left)
        }
        let box = style.unicode
            ? (h: "─", v: "│", top: ("┌", "┬", "┐"), middle: ("├", "┼", "┤"), bottom: ("└", "┴", "┘"))
            : (h: "-", v: "|", top: ("+", "+", "+"), middle: ("+", "+", "+"), bottom: ("+", "+", "+"))
        func rule(_ corners: (String, String, String)) -> String {
            corners.0 + widths.map { String(repeating: box.h, count: $0 + 2) }.joined(separator: corners.1) + corners.2
        }
        func line(_ cells: [String], bold: Bool) -> String {
            let texts = cells.indices.map { column in
                let text = TextColumns.pad(cells[column], to: widths[column], aligns[column] == .right ? .right : .left)
                return " " + style.paint(text, bold: bold) + " "
            }
            return box.v + texts.joined(separator: box.v) + box.v
        }
        let lines = [rule(box.top), line(header, bold: true), rule(box.middle)]
            + body.map { line($0, bold: false) } + [rule(box.bottom)]
        return lines.joined(separator: "\n")
    }

    /// Whether every non-empty cell reads as a number, and there is at least one.
    static func isNumericColumn(_ cells: [String]) -> Bool {
        let filled = cells.filter { !$0.isEmpty }
        return !filled.isEmpty && filled.allSatisfy(isNumber)
    }

    /// A number as the renderers print them: optional sign, digits with `,` groups and `.`,
    /// an optional exponent and an optional trailing `%`; or nan/inf.
    static func isNumber(_ text: String) -> Bool {
        var body = Substring(text.trimmingTrailingSpaces())
        if body.hasSuffix("%") { body = body.dropLast() }
        if body.hasPrefix("-") || body.hasPrefix("+") { body = body.dropFirst() }
        if ["nan", "inf"].contains(body.lowercased()) { return true }
        let plain = String(body.filter { $0 != "," })
        return !plain.isEmpty && plain.first != "e" && Double(plain) != nil && plain.allSatisfy { "0123456789.eE+-".contains($0) }
    }
}

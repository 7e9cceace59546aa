/// Terminal drawing of many small pictures side by side, each captioned, wrapped to the
/// terminal width: `weights layer=1 grid` (one heat map per hidden neuron) or an `errors`
/// gallery ("7→2 0.93" under each misclassified digit).
///
/// Every cell takes as many columns as the widest raster and ⌈height/2⌉ + 1 lines (picture and
/// caption); cells are separated by `gap` spaces and rows of cells by an empty line. For 100
/// neurons of 28×28 on 80 columns, pass rasters `downsampled(by: 2)` (14×14 → 5 per row).
public enum ImageGrid {
    /// The grid as lines joined by "\n" (no trailing newline). Captions longer than a cell are
    /// cut with an ellipsis. Throws `.empty` for no cells.
    /// - Parameter gap: spaces between neighbouring cells (≥ 0).
    public static func render(_ cells: [GridCell], gap: Int = 2, style: RenderStyle) throws(DisplayError) -> String {
        guard !cells.isEmpty else { throw .empty(what: "the list of grid cells") }
        let gap = max(0, gap)
        let cellWidth = cells.map(\.raster.width).max() ?? 1
        let pictureLines = cells.map { ($0.raster.height + 1) / 2 }.max() ?? 1
        let perRow = max(1, (style.width + gap) / (cellWidth + gap))
        let blank = String(repeating: " ", count: cellWidth)
        let separator = String(repeating: " ", count: gap)
        var blocks: [String] = []
        for rowStart in stride(from: 0, to: cells.count, by: perRow) {
            let row = cells[rowStart..<min(cells.count, rowStart + perRow)]
            let drawn = row.map { cell -> [String] in
                var lines = picture(cell, style: style).map { TextColumns.pad($0, to: cellWidth) }
                lines += Array(repeating: blank, count: pictureLines - lines.count)
                let caption = TextColumns.truncate(cell.caption, to: cellWidth, ellipsis: style.ellipsis)
                return lines + [TextColumns.pad(caption, to: cellWidth, .center)]
            }
            let lines = (0...pictureLines).map { line in
                drawn.map { $0[line] }.joined(separator: separator).trimmingTrailingSpaces()
            }
            blocks.append(lines.joined(separator: "\n"))
        }
        return blocks.joined(separator: "\n\n")
    }

    /// A caption for a misclassified example: "7→2 0.93" (true label, arrow, predicted label,
    /// confidence with two decimals), with "->" instead of the arrow in ASCII.
    public static func errorCaption(trueLabel: String, predicted: String, confidence: Double, style: RenderStyle) -> String {
        "\(trueLabel)\(style.arrow)\(predicted) \(NumberText.fixed(confidence, 2))"
    }

    private static func picture(_ cell: GridCell, style: RenderStyle) -> [String] {
        let limit = cell.divergingLimit
        let shade: (Float) -> Character = cell.palette == .greyscale
            ? { GreyscaleImage.shade($0, style: style) } : { DivergingPalette.shade($0, limit: limit) }
        return HalfBlockPainter.lines(cell.raster, style: style, color: cell.colors(for: style.color), shade: shade)
    }
}

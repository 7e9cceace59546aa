/// Terminal line chart of several named series over epochs — accuracy and cost curves of the
/// monitored sets for `history`/`plot` — with a y axis (ticks and labels), an x axis (epoch
/// ticks), an optional title and a legend.
///
/// With Unicode and colour, curves are drawn in braille dots (2×4 per cell, so a 60×12 plot has
/// 120×48 dots), one colour per series (`SeriesPalette`). When colour cannot tell several
/// curves apart (no colour) or Unicode is off, every series is drawn with its own marker
/// character instead (`*`, `o`, `x`, …). A single series without colour still uses braille.
///
///      96% ┤          ⣀⣀⡠⠤⠒⠉
///      94% ┤     ⡠⠊⠉
///      92% ┤  ⡠⠊
///          └┬────┬────┬
///           1    5   10  epoch
///           ── test accuracy
public enum LineChart {
    /// The chart as lines joined by "\n" (no trailing newline).
    /// - Parameters:
    ///   - series: the curves (at least one finite point overall, else `.empty`).
    ///   - yRange: a fixed y range such as `0...100` for accuracy in percent; nil fits the data,
    ///     widened to nice tick values. Points outside a fixed range are clipped.
    ///   - yUnit: appended to y tick labels, e.g. "%".
    ///   - xLabel: name of the x axis, written after the last x tick label.
    ///   - title: a line above the chart, if given.
    ///   - height: rows of the plot area (≥ 3).
    ///   - width: total columns, default `style.width`.
    public static func render(
        _ series: [ChartSeries], yRange: ClosedRange<Double>? = nil, yUnit: String = "",
        xLabel: String = "epoch", title: String? = nil, height: Int = 12, width: Int? = nil,
        style: RenderStyle
    ) throws(DisplayError) -> String {
        guard !series.isEmpty else { throw .empty(what: "the list of chart series") }
        let totalWidth = max(RenderStyle.minimumWidth, width ?? style.width)
        let rows = max(3, height)
        let frame = try ChartFrame(
            series: series, yRange: yRange, xTickCount: max(2, totalWidth / 8), yTickCount: max(2, rows / 3 + 1))
        let yLabels = frame.yTicks.values.map { frame.yLabel($0, unit: yUnit) }
        let labelWidth = yLabels.map(\.count).max() ?? 0
        let columns = max(10, totalWidth - labelWidth - 2)
        let braille = style.unicode && (style.usesColor || series.count == 1)
        var canvas = PlotCanvas(columns: columns, rows: rows, braille: braille)
        for (index, curve) in series.enumerated() {
            canvas.draw(runs: frame.gridRuns(curve, columns: canvas.gridColumns, rows: canvas.gridRows), series: index)
        }
        let cellsPerGridRow = braille ? 4 : 1
        let cellsPerGridColumn = braille ? 2 : 1
        var labelOfRow: [Int: String] = [:]
        for (tick, label) in zip(frame.yTicks.values, yLabels) {
            let gridRow = Int(((1 - frame.yFraction(tick)) * Double(canvas.gridRows - 1)).rounded())
            labelOfRow[gridRow / cellsPerGridRow] = labelOfRow[gridRow / cellsPerGridRow] ?? label
        }
        let xTickColumns = frame.xTicks.values.map {
            Int((frame.xFraction($0) * Double(canvas.gridColumns - 1)).rounded()) / cellsPerGridColumn
        }

        var lines: [String] = title.map { [$0] } ?? []
        for row in 0..<rows {
            let label = labelOfRow[row]
            let axis = label == nil ? (style.unicode ? "│" : "|") : (style.unicode ? "┤" : "+")
            lines.append(TextColumns.pad(label ?? "", to: labelWidth, .right) + axis + canvas.line(row, style: style))
        }
        var axisLine = Array(repeating: Character(style.unicode ? "─" : "-"), count: columns)
        for column in xTickColumns { axisLine[column] = style.unicode ? "┬" : "+" }
        lines.append(String(repeating: " ", count: labelWidth) + (style.unicode ? "└" : "+") + String(axisLine))
        lines.append(xTickLabels(frame: frame, columns: xTickColumns, offset: labelWidth + 1, xLabel: xLabel))
        lines.append(String(repeating: " ", count: labelWidth + 1) + legend(series, braille: braille, style: style))
        return lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
    }

    /// The x tick labels centred under their tick columns (a label that would touch the one
    /// before it is left out), then the axis name.
    private static func xTickLabels(frame: ChartFrame, columns: [Int], offset: Int, xLabel: String) -> String {
        var line = ""
        for (tick, column) in zip(frame.xTicks.values, columns) {
            let label = frame.xLabel(tick)
            let start = max(0, offset + column - (label.count - 1) / 2)
            guard start > line.count || line.isEmpty else { continue }
            line = TextColumns.pad(line, to: start) + label
        }
        return xLabel.isEmpty ? line : line + "  " + xLabel
    }

    /// "── name" per series in its colour (braille), or "* name" with its marker.
    private static func legend(_ series: [ChartSeries], braille: Bool, style: RenderStyle) -> String {
        series.enumerated().map { index, curve in
            let sample = braille ? (style.unicode ? "──" : "--") : String(SeriesPalette.marker(index))
            return style.paint(sample, foreground: SeriesPalette.color(index)) + " " + curve.name
        }.joined(separator: "   ")
    }
}

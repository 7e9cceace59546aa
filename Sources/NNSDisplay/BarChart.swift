/// Horizontal bars for a short list of labelled numbers — the 10 output activations a^L of a
/// prediction, one layer's activations, histogram counts — with one bar optionally highlighted
/// (the predicted class) and marked "◀" ("<" in ASCII).
///
/// Bars grow from a zero axis "│": all to the right when no value is negative; otherwise the bar
/// area is split so that negative bars grow left and positive bars right on one common scale.
/// With Unicode, positive bars are drawn to 1/8 of a column ("▏▎▍▌▋▊▉█"); in ASCII with "#".
/// Values are printed after the bar area, aligned; non-finite values get no bar.
///
///     0 │                                   0.001
///     7 │█████████████████████████████▊     0.930 ◀
public enum BarChart {
    /// Colour of ordinary bars.
    static let barColor = RGB(95, 135, 175)
    /// Colour of the highlighted bar.
    static let highlightColor = RGB(255, 175, 0)

    /// The chart, one line per value, joined by "\n" (no trailing newline).
    /// - Parameters:
    ///   - labels: one label per value, right-aligned in the first column.
    ///   - values: the numbers; `labels.count` must equal `values.count` (else `.lengthMismatch`),
    ///     at least one (else `.empty`).
    ///   - highlight: index of the bar to emphasise, if any.
    ///   - decimals: digits after the point in the printed values.
    ///   - width: total columns, default `style.width`; the bar area gets what labels and values
    ///     leave, at least 10 columns.
    public static func render(
        labels: [String], values: [Double], highlight: Int? = nil, decimals: Int = 3,
        width: Int? = nil, style: RenderStyle
    ) throws(DisplayError) -> String {
        guard !values.isEmpty else { throw .empty(what: "the list of bar values") }
        guard labels.count == values.count else {
            throw .lengthMismatch(what: "bar labels for \(values.count) values", expected: values.count, actual: labels.count)
        }
        let texts = values.map { NumberText.fixed($0, decimals) }
        let labelWidth = labels.map(TextColumns.width).max() ?? 0
        let valueWidth = texts.map(\.count).max() ?? 0
        let marker = style.unicode ? "◀" : "<"
        let fixedColumns = labelWidth + 1 + 1 + 1 + valueWidth + 2
        let area = max(10, (width ?? style.width) - fixedColumns)
        let finite = values.filter(\.isFinite)
        let low = min(0, finite.min() ?? 0)
        let high = max(0, finite.max() ?? 0)
        let span = high - low
        let negativeArea = span > 0 ? Int((Double(area) * -low / span).rounded()) : 0
        let positiveArea = area - negativeArea
        let columnsPerUnit = span > 0 ? Double(area) / span : 0
        let axis = style.unicode ? "│" : "|"

        return values.indices.map { index in
            let value = values[index]
            let highlighted = index == highlight
            let length = value.isFinite ? abs(value) * columnsPerUnit : 0
            let negativeBar = value < 0
                ? String(repeating: style.unicode ? "█" : "#", count: min(negativeArea, Int(length.rounded()))) : ""
            let positiveBar = value < 0 ? "" : bar(length: min(length, Double(positiveArea)), style: style)
            let color = highlighted ? highlightColor : barColor
            let line = TextColumns.pad(style.paint(labels[index], bold: highlighted), to: labelWidth, .right) + " "
                + String(repeating: " ", count: negativeArea - negativeBar.count)
                + style.paint(negativeBar, foreground: color) + axis
                + TextColumns.pad(style.paint(positiveBar, foreground: color), to: positiveArea) + " "
                + TextColumns.pad(texts[index], to: valueWidth, .right)
                + (highlighted ? " " + style.paint(marker, foreground: highlightColor, bold: true) : "")
            return line.trimmingTrailingSpaces()
        }.joined(separator: "\n")
    }

    /// A left-aligned bar `length` columns long: whole blocks plus an eighth-block remainder
    /// with Unicode, rounded whole "#" in ASCII.
    static func bar(length: Double, style: RenderStyle) -> String {
        guard style.unicode else { return String(repeating: "#", count: Int(length.rounded())) }
        let eighths = Int((length * 8).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][eighths % 8]
        return String(repeating: "█", count: eighths / 8) + partial
    }
}

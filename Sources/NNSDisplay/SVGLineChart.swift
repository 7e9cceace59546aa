/// A line chart as an SVG document (text), laid out like `PNGPictures.lineChart`: curves in the
/// `SeriesPalette` colours clipped to the plot, grid lines, axes with tick labels, the x axis
/// name, an optional title and a legend under the plot. Text is monospace, 13 px.
public enum SVGLineChart {
    /// The SVG document (UTF-8 text ending in a newline).
    /// - Parameters: as `LineChart.render`; `width`/`height` in pixels (at least 200×150).
    public static func render(
        _ series: [ChartSeries], yRange: ClosedRange<Double>? = nil, yUnit: String = "",
        xLabel: String = "epoch", title: String? = nil, width: Int = 800, height: Int = 500
    ) throws(DisplayError) -> String {
        let charWidth = 8
        let lineHeight = 18
        let gridStroke = hex(RGB.grey(225))
        let layout = try ChartLayout(
            series: series, yRange: yRange, yUnit: yUnit, width: width, height: height,
            charWidth: charWidth, lineHeight: lineHeight, hasTitle: title != nil)
        let (left, top, right, bottom) = (layout.plotLeft, layout.plotTop, layout.plotLeft + layout.plotWidth, layout.plotBottom)
        var svg = [
            #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(width)" height="\#(height)" viewBox="0 0 \#(width) \#(height)" font-family="monospace" font-size="13">"#,
            #"<rect width="100%" height="100%" fill="white"/>"#,
            #"<defs><clipPath id="plot"><rect x="\#(left)" y="\#(top)" width="\#(layout.plotWidth)" height="\#(layout.plotHeight)"/></clipPath></defs>"#,
        ]
        for (tick, label) in zip(layout.frame.yTicks.values, layout.yLabels) {
            let y = number(layout.pixelY(tick))
            svg.append(#"<line x1="\#(left)" y1="\#(y)" x2="\#(right)" y2="\#(y)" stroke="\#(gridStroke)"/>"#)
            svg.append(#"<line x1="\#(left - layout.tickLength)" y1="\#(y)" x2="\#(left)" y2="\#(y)" stroke="black"/>"#)
            svg.append(#"<text x="\#(left - layout.tickLength - 3)" y="\#(y)" text-anchor="end" dominant-baseline="middle">\#(Markup.escaped(label))</text>"#)
        }
        let labelBaseline = bottom + layout.tickLength + lineHeight - 4
        for tick in layout.frame.xTicks.values {
            let x = number(layout.pixelX(tick))
            svg.append(#"<line x1="\#(x)" y1="\#(top)" x2="\#(x)" y2="\#(bottom)" stroke="\#(gridStroke)"/>"#)
            svg.append(#"<line x1="\#(x)" y1="\#(bottom)" x2="\#(x)" y2="\#(bottom + layout.tickLength)" stroke="black"/>"#)
            svg.append(#"<text x="\#(x)" y="\#(labelBaseline)" text-anchor="middle">\#(Markup.escaped(layout.frame.xLabel(tick)))</text>"#)
        }
        svg.append(#"<polyline points="\#(left),\#(top) \#(left),\#(bottom) \#(right),\#(bottom)" fill="none" stroke="black"/>"#)
        svg.append(#"<text x="\#(left + layout.plotWidth / 2)" y="\#(labelBaseline + lineHeight)" text-anchor="middle">\#(Markup.escaped(xLabel))</text>"#)
        if let title {
            svg.append(#"<text x="\#(width / 2)" y="\#(lineHeight)" text-anchor="middle" font-weight="bold">\#(Markup.escaped(title))</text>"#)
        }
        for (index, curve) in series.enumerated() {
            let color = hex(SeriesPalette.color(index))
            for run in ChartFrame.pointRuns(curve) {
                let points = run.map { "\(number(layout.pixelX($0.x))),\(number(layout.pixelY($0.y)))" }.joined(separator: " ")
                svg.append(#"<polyline clip-path="url(#plot)" points="\#(points)" fill="none" stroke="\#(color)" stroke-width="2" stroke-linejoin="round"/>"#)
            }
        }
        for (line, indices) in layout.legendLines.enumerated() {
            let y = labelBaseline + (2 + line) * lineHeight
            for (index, x) in zip(indices, layout.legendOffsets(indices, series: series, charWidth: charWidth)) {
                let color = hex(SeriesPalette.color(index))
                svg.append(#"<line x1="\#(x)" y1="\#(y - 4)" x2="\#(x + layout.sampleWidth - charWidth)" y2="\#(y - 4)" stroke="\#(color)" stroke-width="3"/>"#)
                svg.append(#"<text x="\#(x + layout.sampleWidth)" y="\#(y)">\#(Markup.escaped(series[index].name))</text>"#)
            }
        }
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    /// A coordinate with at most two decimals ("12.5", "300").
    private static func number(_ value: Double) -> String {
        var text = NumberText.fixed(value, 2)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// "#rrggbb" for a colour.
    private static func hex(_ color: RGB) -> String {
        let digits = Array("0123456789abcdef")
        return "#" + [color.red, color.green, color.blue].map { "\(digits[Int($0 >> 4)])\(digits[Int($0 & 15)])" }.joined()
    }
}

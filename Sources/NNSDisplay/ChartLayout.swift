/// Where the parts of a line chart go in a picture of `width` × `height` pixels — shared by the
/// PNG raster and the SVG so both look alike: title on top, y tick labels on the left, the plot
/// rectangle, x tick labels and the x axis name under it, then the legend (wrapped to the width).
struct ChartLayout {
    /// Data ranges and ticks.
    let frame: ChartFrame
    /// The y tick labels, in the order of `frame.yTicks.values`.
    let yLabels: [String]
    /// Left edge of the plot rectangle, in pixels from the picture's left.
    let plotLeft: Int
    /// Top edge of the plot rectangle, in pixels from the picture's top.
    let plotTop: Int
    /// Width of the plot rectangle in pixels.
    let plotWidth: Int
    /// Height of the plot rectangle in pixels.
    let plotHeight: Int
    /// Series indices of each legend line, top to bottom.
    let legendLines: [[Int]]
    /// Width of one legend entry's line sample, in pixels.
    let sampleWidth: Int
    /// Length of the tick marks, in pixels.
    let tickLength = 5

    /// The layout for text whose characters are `charWidth` pixels apart and whose lines are
    /// `lineHeight` pixels apart. Throws `.empty` for no series, `.nonPositiveSize` for a
    /// picture under 200×150 pixels or too small to hold a plot, and like `ChartFrame`.
    init(
        series: [ChartSeries], yRange: ClosedRange<Double>?, yUnit: String, width: Int, height: Int,
        charWidth: Int, lineHeight: Int, hasTitle: Bool
    ) throws(DisplayError) {
        guard !series.isEmpty else { throw .empty(what: "the list of chart series") }
        guard width >= 200 else { throw .nonPositiveSize(what: "chart width below 200 pixels", value: width) }
        guard height >= 150 else { throw .nonPositiveSize(what: "chart height below 150 pixels", value: height) }
        let frame = try ChartFrame(
            series: series, yRange: yRange,
            xTickCount: max(2, min(11, width / (8 * charWidth))), yTickCount: max(3, min(11, height / (3 * lineHeight))))
        self.frame = frame
        yLabels = frame.yTicks.values.map { frame.yLabel($0, unit: yUnit) }
        sampleWidth = 3 * charWidth
        plotLeft = ((yLabels.map(\.count).max() ?? 0) + 1) * charWidth + tickLength
        plotTop = (hasTitle ? 2 : 1) * lineHeight
        plotWidth = width - plotLeft - 3 * charWidth
        var lines: [[Int]] = [[]]
        var used = 0
        for (index, curve) in series.enumerated() {
            let entry = sampleWidth + (curve.name.count + 4) * charWidth
            if used + entry > width - plotLeft, !(lines.last?.isEmpty ?? true) {
                lines.append([])
                used = 0
            }
            lines[lines.count - 1].append(index)
            used += entry
        }
        legendLines = lines
        plotHeight = height - plotTop - tickLength - (2 + lines.count) * lineHeight - lineHeight / 2
        guard plotWidth >= 20 else { throw .nonPositiveSize(what: "chart plot width (picture too narrow)", value: plotWidth) }
        guard plotHeight >= 20 else { throw .nonPositiveSize(what: "chart plot height (picture too low)", value: plotHeight) }
    }

    /// Horizontal pixel position of data x.
    func pixelX(_ x: Double) -> Double { Double(plotLeft) + frame.xFraction(x) * Double(plotWidth - 1) }

    /// Vertical pixel position of data y (clipped curves may go outside the plot).
    func pixelY(_ y: Double) -> Double { Double(plotTop) + (1 - frame.yFraction(y)) * Double(plotHeight - 1) }

    /// Bottom edge of the plot rectangle (its last pixel row + 1).
    var plotBottom: Int { plotTop + plotHeight }

    /// The x offset of each entry on a legend line, starting at the plot's left edge.
    func legendOffsets(_ line: [Int], series: [ChartSeries], charWidth: Int) -> [Int] {
        var offsets: [Int] = []
        var x = plotLeft
        for index in line {
            offsets.append(x)
            x += sampleWidth + (series[index].name.count + 4) * charWidth
        }
        return offsets
    }
}

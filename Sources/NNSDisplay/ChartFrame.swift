/// The coordinate system shared by the text, PNG and SVG line charts: the x and y ranges, their
/// ticks, and the mapping of data to fractions of the plot area.
struct ChartFrame {
    /// The x range drawn: smallest to largest x of all finite points (±0.5 around a single x).
    let x: ClosedRange<Double>
    /// The y range drawn: the caller's fixed range, or the data's widened to nice ticks.
    let y: ClosedRange<Double>
    /// Tick marks on the x axis.
    let xTicks: AxisTicks
    /// Tick marks on the y axis.
    let yTicks: AxisTicks

    /// The frame for `series`. Throws `.empty` when no series has a finite point, and
    /// `.invalidRange` for a fixed y range that is empty or not finite.
    init(series: [ChartSeries], yRange: ClosedRange<Double>?, xTickCount: Int, yTickCount: Int) throws(DisplayError) {
        let points = series.flatMap { $0.points.compactMap { $0 } }
        guard let firstPoint = points.first else { throw .empty(what: "the chart's data (no finite points)") }
        var xLow = points.reduce(firstPoint.x) { min($0, $1.x) }
        var xHigh = points.reduce(firstPoint.x) { max($0, $1.x) }
        if xLow == xHigh { (xLow, xHigh) = (xLow - 0.5, xHigh + 0.5) }
        if let yRange {
            guard yRange.lowerBound.isFinite, yRange.upperBound.isFinite, yRange.lowerBound < yRange.upperBound else {
                throw .invalidRange(what: "chart y range", lower: yRange.lowerBound, upper: yRange.upperBound)
            }
            y = yRange
        } else {
            let yLow = points.reduce(firstPoint.y) { min($0, $1.y) }
            let yHigh = points.reduce(firstPoint.y) { max($0, $1.y) }
            y = AxisTicks.expanded(lower: yLow, upper: yHigh, count: yTickCount)
        }
        x = xLow...xHigh
        let xSpan = xHigh - xLow
        // Epochs are whole numbers: never put ticks between them.
        let integral = points.allSatisfy { $0.x == $0.x.rounded() }
        let ticks = AxisTicks(lower: xLow, upper: xHigh, maximumCount: xTickCount)
        xTicks = integral && ticks.step < 1 ? AxisTicks(lower: xLow, upper: xHigh, maximumCount: Int(xSpan) + 1) : ticks
        yTicks = AxisTicks(lower: y.lowerBound, upper: y.upperBound, maximumCount: yTickCount)
    }

    /// Where `value` lies across the x range: 0 at the left end, 1 at the right.
    func xFraction(_ value: Double) -> Double { (value - x.lowerBound) / (x.upperBound - x.lowerBound) }

    /// Where `value` lies up the y range: 0 at the bottom, 1 at the top (outside when clipped).
    func yFraction(_ value: Double) -> Double { (value - y.lowerBound) / (y.upperBound - y.lowerBound) }

    /// The label of y tick `value`, with the tick decimals and `unit` appended ("95%").
    func yLabel(_ value: Double, unit: String) -> String { NumberText.fixed(value, yTicks.decimals) + unit }

    /// The label of x tick `value`.
    func xLabel(_ value: Double) -> String { NumberText.fixed(value, xTicks.decimals) }

    /// The series' finite points split into runs of consecutive points without a gap (a NaN
    /// breaks the curve).
    static func pointRuns(_ series: ChartSeries) -> [[(x: Double, y: Double)]] {
        var runs: [[(x: Double, y: Double)]] = [[]]
        for point in series.points {
            if let point {
                runs[runs.count - 1].append(point)
            } else if !(runs.last?.isEmpty ?? true) {
                runs.append([])
            }
        }
        return runs.filter { !$0.isEmpty }
    }

    /// `pointRuns` mapped to a grid of `columns` × `rows` cells (row 0 at the top). Points
    /// outside the y range are kept (the drawing clips them), so lines leave the plot at the
    /// right slope.
    func gridRuns(_ series: ChartSeries, columns: Int, rows: Int) -> [[(column: Int, row: Int)]] {
        Self.pointRuns(series).map { run in
            run.map { point in
                (Int((xFraction(point.x) * Double(columns - 1)).rounded()),
                 Int(((1 - yFraction(point.y)) * Double(rows - 1)).rounded()))
            }
        }
    }
}

import NNSDisplay

/// `plot` and `plot to=FILE`: the `TrainingCurves` of the session as a terminal line chart
/// (braille with colour, markers without), and as PNG and SVG pictures (a notebook shows them;
/// `to=` writes one).
enum PlotView {
    /// Rows of the terminal chart's plot area.
    static let terminalHeight = 14
    /// Size of a PNG or SVG chart in pixels.
    static let fileSize = (width: 800, height: 500)

    /// The chart as a displayable: the terminal chart, and the PNG and SVG files' pictures.
    static func display(_ runs: [TrainingRun], metric: TrainingCurves.Metric, style: RenderStyle) throws(InspectionError) -> Displayable {
        let series = try TrainingCurves.series(runs, metric: metric)
        return Displayable(subject: metric.title, pictureSize: fileSize) { () throws(InspectionError) in
            try InspectionError.rendering { () throws(DisplayError) in
                try LineChart.render(series, yUnit: metric.unit, title: metric.title, height: terminalHeight, style: style)
            }
        }
        .adding(.png) { () throws(InspectionError) in try png(series, metric: metric) }
        .adding(.svg) { () throws(InspectionError) in
            try InspectionError.rendering { () throws(DisplayError) in
                Array(try SVGLineChart.render(
                    series, yUnit: metric.unit, title: metric.title, width: fileSize.width, height: fileSize.height).utf8)
            }
        }
    }

    /// The PNG chart of `series`, `fileSize` pixels.
    static func png(_ series: [ChartSeries], metric: TrainingCurves.Metric) throws(InspectionError) -> [UInt8] {
        try InspectionError.rendering { () throws(DisplayError) in
            try PNGPictures.lineChart(
                series, yUnit: metric.unit, title: metric.title, width: fileSize.width, height: fileSize.height)
        }
    }
}

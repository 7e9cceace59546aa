import NNSDisplay

/// `plot` and `plot to=FILE`: the `TrainingCurves` of the session as a terminal line chart
/// (braille with colour, markers without), or as a PNG or SVG picture file.
enum PlotView {
    /// Rows of the terminal chart's plot area.
    static let terminalHeight = 14
    /// Size of a PNG or SVG chart in pixels.
    static let fileSize = (width: 800, height: 500)

    /// The terminal chart of `metric` over epochs, with its title and legend.
    static func render(_ runs: [TrainingRun], metric: TrainingCurves.Metric, style: RenderStyle) throws(InspectionError) -> String {
        let series = try TrainingCurves.series(runs, metric: metric)
        return try InspectionError.rendering { () throws(DisplayError) in
            try LineChart.render(series, yUnit: metric.unit, title: metric.title, height: terminalHeight, style: style)
        }
    }

    /// The bytes of the chart as a file of the kind `path`'s extension names: `.png` (RGB) or
    /// `.svg` (UTF-8 text), `fileSize` pixels. Throws `.unsupportedFileType` for any other.
    static func file(_ runs: [TrainingRun], metric: TrainingCurves.Metric, path: String) throws(InspectionError) -> [UInt8] {
        let kind = PictureFileKind(path: path)
        guard kind == .png || kind == .svg else { throw .unsupportedFileType(path: path, allowed: ["png", "svg"]) }
        let series = try TrainingCurves.series(runs, metric: metric)
        return try InspectionError.rendering { () throws(DisplayError) in
            if kind == .svg {
                return Array(try SVGLineChart.render(
                    series, yUnit: metric.unit, title: metric.title, width: fileSize.width, height: fileSize.height).utf8)
            }
            return try PNGPictures.lineChart(
                series, yUnit: metric.unit, title: metric.title, width: fileSize.width, height: fileSize.height)
        }
    }
}

/// PNG files of the pictures the terminal shows: a greyscale image, a diverging heat map, a grid
/// of heat maps or images, and a line chart. Each function returns the bytes of a complete PNG
/// file; writing them somewhere is the caller's business.
public enum PNGPictures {
    /// The colour of the 1-pixel lines between (and around) grid cells.
    public static let separatorColor = RGB.grey(128)

    /// The most pixels a PNG may have (about 4,000 × 4,000): larger pictures are refused before
    /// anything is allocated or compressed, so a picture of a huge image or layer cannot take
    /// minutes and gigabytes.
    public static let maximumPixels = 16_000_000

    /// The scale that draws a picture whose longer side is `side` samples about `target` pixels
    /// across, between 1 and `maximum` (a 28×28 digit at target 280: 10).
    public static func scale(forSide side: Int, target: Int, maximum: Int) -> Int {
        max(1, min(maximum, target / max(side, 1)))
    }

    /// Throws `.pictureTooLarge` when `width`×`height` samples at `scale` exceed `maximumPixels`
    /// (overflow-safe).
    static func checkSize(width: Int, height: Int, scale: Int) throws(DisplayError) {
        let (w, o1) = width.multipliedReportingOverflow(by: scale)
        let (h, o2) = height.multipliedReportingOverflow(by: scale)
        let (pixels, o3) = w.multipliedReportingOverflow(by: h)
        guard !o1, !o2, !o3, pixels <= maximumPixels else {
            throw .pictureTooLarge(width: o1 ? Int.max : w, height: o2 ? Int.max : h, limit: maximumPixels)
        }
    }

    /// An 8-bit greyscale PNG of `raster` (values in [0, 1], 0 = black, clamped), each sample
    /// drawn as `scale`×`scale` pixels: a 28×28 MNIST digit at scale 10 is 280×280.
    public static func greyscale(_ raster: Raster, scale: Int = 1) throws(DisplayError) -> [UInt8] {
        try checkScale(scale)
        try checkSize(width: raster.width, height: raster.height, scale: scale)
        let side = raster.width * scale
        var pixels = [UInt8](repeating: 0, count: side * raster.height * scale)
        for y in 0..<raster.height * scale {
            for x in 0..<side {
                pixels[y * side + x] = RGB.byte(fromUnit: raster[x: x / scale, y: y / scale])
            }
        }
        return try PNGEncoder.encode(width: side, height: raster.height * scale, colorType: .greyscale, pixels: pixels)
    }

    /// An RGB PNG of `raster` on the blue–white–red `DivergingPalette` ±limit (default: the
    /// largest |value|), each sample `scale`×`scale` pixels.
    public static func heatMap(_ raster: Raster, limit: Float? = nil, scale: Int = 1) throws(DisplayError) -> [UInt8] {
        try grid([GridCell(raster, palette: .diverging(limit: limit))], columns: 1, scale: scale, separators: false)
    }

    /// An RGB PNG of the cells in rows of `columns` (default ⌈√count⌉: 100 cells → 10×10,
    /// 30 → 6×5), each sample `scale`×`scale` pixels, every cell as large as the largest raster,
    /// with 1-pixel `separatorColor` lines between and around the cells.
    /// - Parameters:
    ///   - separators: false packs the cells with no lines at all.
    ///   - captions: true draws each cell's caption under it in the 5×7 font (cut to the
    ///     cell's width); false draws none.
    public static func grid(
        _ cells: [GridCell], columns: Int? = nil, scale: Int = 1, separators: Bool = true, captions: Bool = false
    ) throws(DisplayError) -> [UInt8] {
        try gridCanvas(cells, columns: columns, scale: scale, separators: separators, captions: captions).png()
    }

    /// The canvas `grid` encodes.
    static func gridCanvas(
        _ cells: [GridCell], columns: Int? = nil, scale: Int = 1, separators: Bool = true, captions: Bool = false
    ) throws(DisplayError) -> PixelCanvas {
        guard !cells.isEmpty else { throw .empty(what: "the list of grid cells") }
        try checkScale(scale)
        if let columns, columns < 1 { throw .nonPositiveSize(what: "grid columns", value: columns) }
        let perRow = columns ?? Int(Double(cells.count).squareRoot().rounded(.up))
        let rows = (cells.count + perRow - 1) / perRow
        let line = separators ? 1 : 0
        try checkSize(width: perRow * ((cells.map(\.raster.width).max() ?? 1) + line),
                      height: rows * ((cells.map(\.raster.height).max() ?? 1) + line), scale: scale)
        let cellWidth = (cells.map(\.raster.width).max() ?? 1) * scale
        let pictureHeight = (cells.map(\.raster.height).max() ?? 1) * scale
        let captionHeight = captions ? BitmapFont.glyphHeight + BitmapFont.descent + 4 : 0
        let cellHeight = pictureHeight + captionHeight
        var canvas = PixelCanvas(
            width: perRow * (cellWidth + line) + line, height: rows * (cellHeight + line) + line,
            background: separators ? separatorColor : .white)
        for (index, cell) in cells.enumerated() {
            let left = line + (index % perRow) * (cellWidth + line)
            let top = line + (index / perRow) * (cellHeight + line)
            canvas.fill(x: left, y: top, width: cellWidth, height: cellHeight, .white)
            if captions {
                let fitting = String(cell.caption.prefix(max(0, (cellWidth - 2) / PixelCanvas.advance(scale: 1))))
                canvas.text(fitting, x: left + 2, y: top + pictureHeight + 2, scale: 1, .black)
            }
            let color = cell.colors()
            for y in 0..<cell.raster.height {
                for x in 0..<cell.raster.width {
                    canvas.fill(x: left + x * scale, y: top + y * scale, width: scale, height: scale, color(cell.raster[x: x, y: y]))
                }
            }
        }
        return canvas
    }

    /// An RGB PNG line chart: curves (2 pixels wide, `SeriesPalette` colours) on a white
    /// background with light grid lines, black axes, tick labels, the x axis name, an optional
    /// title and a legend under the plot. Text is drawn in a 5×7 pixel font, doubled when the
    /// picture is at least 500 pixels high.
    /// - Parameters: as `LineChart.render`; `width`/`height` in pixels (at least 200×150).
    public static func lineChart(
        _ series: [ChartSeries], yRange: ClosedRange<Double>? = nil, yUnit: String = "",
        xLabel: String = "epoch", title: String? = nil, width: Int = 800, height: Int = 500
    ) throws(DisplayError) -> [UInt8] {
        let scale = height >= 500 ? 2 : 1
        let charWidth = PixelCanvas.advance(scale: scale)
        let lineHeight = (BitmapFont.glyphHeight + 4) * scale
        let layout = try ChartLayout(
            series: series, yRange: yRange, yUnit: yUnit, width: width, height: height,
            charWidth: charWidth, lineHeight: lineHeight, hasTitle: title != nil)
        var canvas = PixelCanvas(width: width, height: height, background: .white)
        let ink = RGB.black
        let grid = RGB.grey(225)
        let textHeight = BitmapFont.glyphHeight * scale
        for (tick, label) in zip(layout.frame.yTicks.values, layout.yLabels) {
            let y = Int(layout.pixelY(tick).rounded())
            canvas.fill(x: layout.plotLeft, y: y, width: layout.plotWidth, height: 1, grid)
            canvas.fill(x: layout.plotLeft - layout.tickLength, y: y, width: layout.tickLength, height: 1, ink)
            canvas.text(label, x: layout.plotLeft - layout.tickLength - charWidth / 2 - label.count * charWidth,
                        y: y - textHeight / 2, scale: scale, ink)
        }
        let labelTop = layout.plotBottom + layout.tickLength + lineHeight / 3
        for tick in layout.frame.xTicks.values {
            let x = Int(layout.pixelX(tick).rounded())
            canvas.fill(x: x, y: layout.plotTop, width: 1, height: layout.plotHeight, grid)
            canvas.fill(x: x, y: layout.plotBottom, width: 1, height: layout.tickLength, ink)
            let label = layout.frame.xLabel(tick)
            canvas.text(label, x: x - (label.count * charWidth - scale) / 2, y: labelTop, scale: scale, ink)
        }
        canvas.fill(x: layout.plotLeft, y: layout.plotTop, width: 1, height: layout.plotHeight + 1, ink)
        canvas.fill(x: layout.plotLeft, y: layout.plotBottom, width: layout.plotWidth, height: 1, ink)
        let centre = layout.plotLeft + layout.plotWidth / 2
        canvas.text(xLabel, x: centre - xLabel.count * charWidth / 2, y: labelTop + lineHeight, scale: scale, ink)
        if let title {
            canvas.text(title, x: width / 2 - title.count * charWidth / 2, y: lineHeight / 2, scale: scale, ink)
        }
        var plot = PixelCanvas(width: layout.plotWidth, height: layout.plotHeight, background: .white)
        for (index, curve) in series.enumerated() {
            for run in layout.frame.gridRuns(curve, columns: layout.plotWidth, rows: layout.plotHeight) {
                plot.polyline(run, thickness: 2, SeriesPalette.color(index))
            }
        }
        canvas.overlay(plot, x: layout.plotLeft, y: layout.plotTop, skipping: .white)
        for (line, indices) in layout.legendLines.enumerated() {
            let y = labelTop + (2 + line) * lineHeight
            for (index, x) in zip(indices, layout.legendOffsets(indices, series: series, charWidth: charWidth)) {
                canvas.fill(x: x, y: y + textHeight / 2 - scale, width: layout.sampleWidth - charWidth, height: 2 * scale, SeriesPalette.color(index))
                canvas.text(series[index].name, x: x + layout.sampleWidth, y: y, scale: scale, ink)
            }
        }
        return try canvas.png()
    }

    static func checkScale(_ scale: Int) throws(DisplayError) {
        guard scale >= 1, scale <= 100 else { throw .nonPositiveSize(what: "picture scale (1…100)", value: scale) }
    }
}

/// PNG figures of the views that draw several things at once: an image beside a bar chart
/// (`predict`), an image above strips of coloured cells, one strip per layer (`activations`),
/// a confusion matrix with its counts, and the kernel's logo. Text is drawn in the 5×7 font.
extension PNGPictures {
    /// The colour of an ordinary bar.
    public static let barColor = RGB(31, 119, 180)
    /// The colour of the highlighted bar (the prediction).
    public static let highlightColor = RGB(44, 160, 44)

    /// One row of coloured cells under a title: a layer's activations, each cell on the
    /// blue–white–red scale ±(largest |value| of the strip), optionally labelled under each
    /// cell (up to two characters), with `highlight` framed in black — or, for a layer of
    /// feature maps, its `maps` as pictures in a row (wrapped), each `mapScale` pixels a sample.
    public struct CellStrip: Sendable, Equatable {
        /// The line above the cells.
        public var title: String
        /// One value per cell.
        public var values: [Float]
        /// Text under each cell (nil: none).
        public var labels: [String]?
        /// The index of a cell to frame.
        public var highlight: Int?
        /// Pictures drawn instead of the cells (a convolution or pooling layer's maps).
        public var maps: [GridCell]?
        /// Pixels per sample of `maps`.
        public var mapScale: Int

        /// A strip from its parts.
        public init(title: String, values: [Float], labels: [String]? = nil, highlight: Int? = nil) {
            self.title = title
            self.values = values
            self.labels = labels
            self.highlight = highlight
            self.maps = nil
            self.mapScale = 1
        }

        /// A strip of pictures: `maps` under `title`, `scale` pixels per sample.
        public init(title: String, maps: [GridCell], scale: Int) {
            self.init(title: title, values: [])
            self.maps = maps
            self.mapScale = max(1, scale)
        }
    }

    /// An RGB PNG: `raster` in greyscale (`scale` pixels per sample) on the left; on the right
    /// one horizontal bar per value with its label before it and its value (3 decimals) after
    /// it, bars measured from 0 over `range` (default: the values' range with 0 in it), bar
    /// `highlight` green. Throws `.lengthMismatch` when labels and values differ in number.
    public static func imageBesideBars(
        _ raster: Raster, scale: Int, labels: [String], values: [Double], highlight: Int? = nil,
        range: ClosedRange<Double>? = nil
    ) throws(DisplayError) -> [UInt8] {
        try checkScale(scale)
        let image = greyscaleCanvas(raster, scale: scale)
        let bars = try barsCanvas(labels: labels, values: values, highlight: highlight, range: range)
        var canvas = PixelCanvas(width: image.width + 16 + bars.width, height: max(image.height, bars.height), background: .white)
        canvas.paste(image, x: 0, y: 0)
        canvas.overlay(bars, x: image.width + 16, y: 0, skipping: .white)
        return try canvas.png()
    }

    /// An RGB PNG: `raster` in greyscale (`scale` pixels per sample), then each strip under it:
    /// its title, then its cells, 14 pixels square, wrapped every `perRow`.
    public static func imageAboveStrips(
        _ raster: Raster, scale: Int, strips: [CellStrip], perRow: Int = 25
    ) throws(DisplayError) -> [UInt8] {
        try checkScale(scale)
        guard perRow >= 1 else { throw .nonPositiveSize(what: "cells per row", value: perRow) }
        let image = greyscaleCanvas(raster, scale: scale)
        let drawn = strips.map { stripCanvas($0, perRow: perRow) }
        let width = max(image.width, drawn.map(\.width).max() ?? 0)
        let height = image.height + drawn.reduce(0) { $0 + $1.height + 8 }
        var canvas = PixelCanvas(width: width, height: height, background: .white)
        canvas.paste(image, x: 0, y: 0)
        var top = image.height + 8
        for strip in drawn {
            canvas.overlay(strip, x: 0, y: top, skipping: .white)
            top += strip.height + 8
        }
        return try canvas.png()
    }

    /// An RGB PNG of a confusion matrix: one 36-pixel cell per (true, predicted) pair with its
    /// count, the diagonal from white to green by the row's share, mistakes from white to red
    /// as they approach the largest mistake; classes numbered along both axes, the accuracy
    /// under the matrix.
    public static func confusionMatrix(_ matrix: ConfusionMatrix) throws(DisplayError) -> [UInt8] {
        let k = matrix.classCount
        let cell = 36, font = 1
        let advance = PixelCanvas.advance(scale: font)
        let line = BitmapFont.glyphHeight + BitmapFont.descent + 4
        let labelWidth = max(String(max(0, k - 1)).count * advance, 4 * advance) + 10
        let left = labelWidth, top = 2 * line + 4
        let accuracy = "accuracy " + (matrix.total == 0 ? "-" : NumberText.fixed(100 * matrix.accuracy, 2) + "%")
            + " (\(NumberText.thousands(matrix.correct)) / \(NumberText.thousands(matrix.total)))"
        let width = max(left + k * cell + 4, accuracy.count * advance + 8)
        var canvas = PixelCanvas(width: width, height: top + k * cell + 2 * line + 4, background: .white)
        canvas.text("predicted", x: left, y: 2, scale: font, .black)
        canvas.text("true", x: 2, y: line + 2, scale: font, .black)
        let largestMistake = max(1, matrix.mostConfusedPairs(limit: 1).first?.count ?? 0)
        for c in 0..<k {
            let label = String(c)
            canvas.text(label, x: left + c * cell + (cell - label.count * advance) / 2, y: line + 2, scale: font, .black)
            canvas.text(label, x: labelWidth - 6 - label.count * advance, y: top + c * cell + (cell - BitmapFont.glyphHeight) / 2,
                        scale: font, .black)
        }
        for truth in 0..<k {
            let rowTotal = max(1, matrix.counts[truth].reduce(0, +))
            for predicted in 0..<k {
                let count = matrix.counts[truth][predicted]
                let colour = predicted == truth
                    ? RGB.white.mixed(with: highlightColor, fraction: Double(count) / Double(rowTotal))
                    : (count == 0 ? RGB.white : RGB.white.mixed(with: RGB(214, 39, 40), fraction: 0.15 + 0.85 * Double(count) / Double(largestMistake)))
                let x = left + predicted * cell, y = top + truth * cell
                canvas.fill(x: x, y: y, width: cell, height: cell, separatorColor)
                canvas.fill(x: x + 1, y: y + 1, width: cell - 1, height: cell - 1, colour)
                let text = String(count)
                let brightness = (Int(colour.red) * 299 + Int(colour.green) * 587 + Int(colour.blue) * 114) / 1000
                canvas.text(text, x: x + (cell - text.count * advance) / 2 + 1, y: y + (cell - BitmapFont.glyphHeight) / 2,
                            scale: font, brightness < 128 ? .white : .black)
            }
        }
        canvas.fill(x: left + k * cell, y: top, width: 1, height: k * cell + 1, separatorColor)
        canvas.fill(x: left, y: top + k * cell, width: k * cell + 1, height: 1, separatorColor)
        canvas.text(accuracy, x: 4, y: top + k * cell + line / 2 + 2, scale: font, .black)
        return try canvas.png()
    }

    /// The nns logo, `side`×`side` pixels (16…512): a small network — three layers of 3, 4 and
    /// 2 neurons, every neuron joined to the next layer's — in white and orange on dark blue.
    public static func logo(side: Int) throws(DisplayError) -> [UInt8] {
        guard side >= 16, side <= 512 else { throw .nonPositiveSize(what: "logo side (16…512)", value: side) }
        var canvas = PixelCanvas(width: side, height: side, background: RGB(31, 45, 71))
        let layers = [3, 4, 2]
        let unit = Double(side)
        let centres: [[(x: Int, y: Int)]] = layers.enumerated().map { column, count in
            let x = Int((0.2 + 0.3 * Double(column)) * unit)
            return (0..<count).map { row in (x, Int(unit * (Double(row) + 0.5) / Double(count) * 0.8 + unit * 0.1)) }
        }
        let thickness = max(1, side / 40)
        for (from, to) in zip(centres, centres.dropFirst()) {
            for a in from {
                for b in to { canvas.polyline([(a.x, a.y), (b.x, b.y)], thickness: thickness, RGB(120, 150, 190)) }
            }
        }
        let radius = max(2, side / 14)
        for (column, layer) in centres.enumerated() {
            for centre in layer {
                canvas.disc(x: centre.x, y: centre.y, radius: radius, column == 2 ? RGB(255, 153, 51) : .white)
            }
        }
        return try canvas.png()
    }

    // MARK: Pieces

    /// `raster` in greyscale, `scale` pixels per sample.
    static func greyscaleCanvas(_ raster: Raster, scale: Int) -> PixelCanvas {
        var canvas = PixelCanvas(width: raster.width * scale, height: raster.height * scale, background: .black)
        for y in 0..<raster.height {
            for x in 0..<raster.width {
                canvas.fill(x: x * scale, y: y * scale, width: scale, height: scale, RGB.grey(brightness: raster[x: x, y: y]))
            }
        }
        return canvas
    }

    /// Horizontal bars, one 22-pixel row per value: label, bar, value.
    static func barsCanvas(
        labels: [String], values: [Double], highlight: Int?, range: ClosedRange<Double>?
    ) throws(DisplayError) -> PixelCanvas {
        guard labels.count == values.count else {
            throw .lengthMismatch(what: "bar labels", expected: values.count, actual: labels.count)
        }
        guard !values.isEmpty else { throw .empty(what: "the list of bar values") }
        let font = 2, advance = PixelCanvas.advance(scale: 2), rowHeight = 22, barArea = 240
        let finite = values.filter(\.isFinite)
        let low = min(0, finite.min() ?? 0, range?.lowerBound ?? 0)
        let high = max(0, finite.max() ?? 0, range?.upperBound ?? 0)
        let span = high > low ? high - low : 1
        let labelWidth = (labels.map(\.count).max() ?? 0) * advance + 10
        let texts = values.map { NumberText.fixed($0, 3) }
        let valueWidth = (texts.map(\.count).max() ?? 0) * advance + 10
        var canvas = PixelCanvas(width: labelWidth + barArea + valueWidth, height: values.count * rowHeight + 4, background: .white)
        let zero = labelWidth + Int(((0 - low) / span * Double(barArea)).rounded())
        for (row, value) in values.enumerated() {
            let y = 2 + row * rowHeight
            let colour = row == highlight ? highlightColor : barColor
            canvas.text(labels[row], x: labelWidth - 8 - labels[row].count * advance, y: y + 2, scale: font, row == highlight ? .black : RGB.grey(60))
            if value.isFinite {
                let end = labelWidth + Int(((value - low) / span * Double(barArea)).rounded())
                canvas.fill(x: min(zero, end), y: y + 2, width: max(1, abs(end - zero)), height: rowHeight - 6, colour)
            }
            canvas.text(texts[row], x: labelWidth + barArea + 6, y: y + 2, scale: font, .black)
        }
        canvas.fill(x: zero, y: 0, width: 1, height: canvas.height, RGB.grey(90))
        return canvas
    }

    /// A titled strip of 14-pixel cells.
    static func stripCanvas(_ strip: CellStrip, perRow: Int) -> PixelCanvas {
        if let maps = strip.maps, !maps.isEmpty,
           let grid = try? gridCanvas(maps, columns: min(maps.count, max(1, 640 / ((maps[0].raster.width + 1) * strip.mapScale))),
                                      scale: strip.mapScale) {
            let titleHeight = BitmapFont.glyphHeight + BitmapFont.descent + 4
            var canvas = PixelCanvas(width: max(grid.width, strip.title.count * PixelCanvas.advance(scale: 1) + 4),
                                     height: titleHeight + grid.height, background: .white)
            canvas.text(strip.title, x: 2, y: 2, scale: 1, .black)
            canvas.paste(grid, x: 0, y: titleHeight)
            return canvas
        }
        let cell = 14, font = 1
        let advance = PixelCanvas.advance(scale: font)
        let titleHeight = BitmapFont.glyphHeight + BitmapFont.descent + 4
        let labelHeight = strip.labels == nil ? 0 : BitmapFont.glyphHeight + 4
        let columns = max(1, min(perRow, strip.values.count))
        let rows = (strip.values.count + columns - 1) / columns
        let rowHeight = cell + 2 + labelHeight
        let width = max(columns * (cell + 2) + 2, strip.title.count * advance + 4)
        var canvas = PixelCanvas(width: width, height: titleHeight + rows * rowHeight + 2, background: .white)
        canvas.text(strip.title, x: 2, y: 2, scale: font, .black)
        let limit = strip.values.map { $0.isFinite ? abs($0) : 0 }.max() ?? 0
        for (index, value) in strip.values.enumerated() {
            let x = 2 + (index % columns) * (cell + 2), y = titleHeight + (index / columns) * rowHeight
            canvas.fill(x: x - 1, y: y - 1, width: cell + 2, height: cell + 2, index == strip.highlight ? .black : separatorColor)
            canvas.fill(x: x, y: y, width: cell, height: cell, DivergingPalette.color(value, limit: limit))
            if let labels = strip.labels, index < labels.count {
                let label = String(labels[index].prefix(2))
                canvas.text(label, x: x + (cell - label.count * advance) / 2 + 1, y: y + cell + 3, scale: font, .black)
            }
        }
        return canvas
    }
}

extension PixelCanvas {
    /// Copies all of `other` onto this canvas with its top-left corner at (x, y).
    mutating func paste(_ other: PixelCanvas, x: Int, y: Int) {
        for row in 0..<other.height {
            for column in 0..<other.width {
                let offset = (row * other.width + column) * 3
                set(x + column, y + row, RGB(other.pixels[offset], other.pixels[offset + 1], other.pixels[offset + 2]))
            }
        }
    }

    /// Paints the disc of `radius` pixels around (x, y).
    mutating func disc(x: Int, y: Int, radius: Int, _ color: RGB) {
        for dy in -radius...radius {
            for dx in -radius...radius where dx * dx + dy * dy <= radius * radius { set(x + dx, y + dy, color) }
        }
    }
}

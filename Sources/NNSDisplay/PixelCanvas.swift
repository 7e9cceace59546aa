/// An RGB image being drawn for a PNG file: `width` × `height` pixels, row-major from the top
/// left, three bytes (red, green, blue) per pixel. Drawing outside the canvas is clipped.
struct PixelCanvas {
    let width: Int
    let height: Int
    /// `width · height · 3` bytes.
    private(set) var pixels: [UInt8]

    /// A canvas filled with `background`.
    init(width: Int, height: Int, background: RGB) {
        self.width = width
        self.height = height
        pixels = Array(repeating: 0, count: width * height * 3)
        fill(x: 0, y: 0, width: width, height: height, background)
    }

    /// Paints the pixel at column `x`, row `y`.
    mutating func set(_ x: Int, _ y: Int, _ color: RGB) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let offset = (y * width + x) * 3
        pixels[offset] = color.red
        pixels[offset + 1] = color.green
        pixels[offset + 2] = color.blue
    }

    /// Paints the rectangle with top-left corner (x, y) and the given size.
    mutating func fill(x: Int, y: Int, width: Int, height: Int, _ color: RGB) {
        for row in max(0, y)..<min(self.height, y + height) where width > 0 {
            for column in max(0, x)..<min(self.width, x + width) { set(column, row, color) }
        }
    }

    /// Draws a straight line through the given pixel points, `thickness` pixels wide (a square
    /// brush centred on each point of the Bresenham line).
    mutating func polyline(_ points: [(column: Int, row: Int)], thickness: Int, _ color: RGB) {
        let before = (thickness - 1) / 2
        for cell in BresenhamLine.polyline(points) {
            fill(x: cell.x - before, y: cell.y - before, width: thickness, height: thickness, color)
        }
    }

    /// Writes `text` in the `BitmapFont`, each font pixel `scale`×`scale` canvas pixels, with
    /// its top-left corner at (x, y).
    mutating func text(_ text: String, x: Int, y: Int, scale: Int, _ color: RGB) {
        for (index, character) in text.enumerated() {
            let left = x + index * Self.advance(scale: scale)
            for row in 0..<BitmapFont.glyphHeight + BitmapFont.descent {
                for column in 0..<BitmapFont.glyphWidth where BitmapFont.isInk(character, column: column, row: row) {
                    fill(x: left + column * scale, y: y + row * scale, width: scale, height: scale, color)
                }
            }
        }
    }

    /// Copies every pixel of `other` that is not `transparent` onto this canvas with `other`'s
    /// top-left corner at (x, y) — how curves clipped to the plot area are laid over the axes.
    mutating func overlay(_ other: PixelCanvas, x: Int, y: Int, skipping transparent: RGB) {
        for row in 0..<other.height {
            for column in 0..<other.width {
                let offset = (row * other.width + column) * 3
                let color = RGB(other.pixels[offset], other.pixels[offset + 1], other.pixels[offset + 2])
                if color != transparent { set(x + column, y + row, color) }
            }
        }
    }

    /// Horizontal distance from one character to the next at `scale`.
    static func advance(scale: Int) -> Int { (BitmapFont.glyphWidth + 1) * scale }

    /// The canvas as PNG file bytes (8-bit RGB).
    func png() throws(DisplayError) -> [UInt8] {
        try PNGEncoder.encode(width: width, height: height, colorType: .rgb, pixels: pixels)
    }
}

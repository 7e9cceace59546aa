/// A rectangle of `Float` samples to be drawn as a picture: a greyscale image (values in [0, 1],
/// 0 = black, 1 = white) or a signed map such as one hidden neuron's incoming weights w^l_jk
/// (drawn with a diverging palette).
///
/// Row-major with the first row at the top: the sample in column `x` (0 ..< width, left to right)
/// and row `y` (0 ..< height, top to bottom) is `values[y * width + x]` — the layout of an MNIST
/// image, and of row j of a weight matrix w^l seen as 28×28 when the layer below is the input.
/// NaN samples are drawn as 0.
public struct Raster: Sendable, Equatable {
    /// Number of columns, ≥ 1.
    public let width: Int
    /// Number of rows, ≥ 1.
    public let height: Int
    /// `width · height` samples, row-major, top row first.
    public let values: [Float]

    /// A raster from row-major samples; throws unless `values.count == width · height` and both
    /// sides are positive.
    public init(width: Int, height: Int, values: [Float]) throws(DisplayError) {
        guard width > 0 else { throw .nonPositiveSize(what: "picture width", value: width) }
        guard height > 0 else { throw .nonPositiveSize(what: "picture height", value: height) }
        guard values.count == width * height else {
            throw .pixelCountMismatch(width: width, height: height, actual: values.count)
        }
        self.width = width
        self.height = height
        self.values = values
    }

    /// A greyscale raster from 8-bit pixels (0 = black … 255 = white, as stored in MNIST IDX
    /// files), scaled to [0, 1] by ÷255.
    public init(width: Int, height: Int, bytes: [UInt8]) throws(DisplayError) {
        try self.init(width: width, height: height, values: bytes.map { Float($0) / 255 })
    }

    /// A raster for `count` values laid out as squarely as possible: a perfect square n² gives
    /// n×n (784 → 28×28); otherwise the factor pair w ≥ h with w · h = count closest to square
    /// (30 → 6×5), and a prime count p gives p×1.
    public static func shape(forCount count: Int) -> (width: Int, height: Int) {
        guard count > 0 else { return (0, 0) }
        var height = Int(Double(count).squareRoot())
        while height > 1, count % height != 0 { height -= 1 }
        return (count / height, height)
    }

    /// `values` laid out by `shape(forCount:)`; throws `.empty` for no values.
    public init(values: [Float]) throws(DisplayError) {
        guard !values.isEmpty else { throw .empty(what: "the list of values") }
        let shape = Self.shape(forCount: values.count)
        try self.init(width: shape.width, height: shape.height, values: values)
    }

    /// The sample in column `x`, row `y` (both zero-based, from the top-left); NaN reads as 0.
    public subscript(x x: Int, y y: Int) -> Float {
        let value = values[y * width + x]
        return value.isNaN ? 0 : value
    }

    /// The largest finite |value| (0 when there is none): the half-range of a diverging scale
    /// symmetric around 0.
    public var largestMagnitude: Float {
        values.reduce(0) { $1.isFinite ? max($0, abs($1)) : $0 }
    }

    /// A raster `factor` times smaller in each direction: each output sample is the mean of a
    /// `factor`×`factor` block (blocks cut by the right or bottom edge average what they hold).
    /// A factor ≤ 1 returns the raster unchanged.
    public func downsampled(by factor: Int) -> Raster {
        guard factor > 1 else { return self }
        let newWidth = (width + factor - 1) / factor
        let newHeight = (height + factor - 1) / factor
        var result = [Float](repeating: 0, count: newWidth * newHeight)
        for row in 0..<newHeight {
            for column in 0..<newWidth {
                var sum: Float = 0
                var count: Float = 0
                for y in row * factor..<min(height, (row + 1) * factor) {
                    for x in column * factor..<min(width, (column + 1) * factor) {
                        sum += self[x: x, y: y]
                        count += 1
                    }
                }
                result[row * newWidth + column] = sum / count
            }
        }
        return Raster(unchecked: newWidth, newHeight, result)
    }

    /// For results whose shape is correct by construction.
    init(unchecked width: Int, _ height: Int, _ values: [Float]) {
        self.width = width
        self.height = height
        self.values = values
    }
}

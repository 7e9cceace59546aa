/// One named curve of a line chart: y values over x values (epochs), e.g. "test accuracy" in
/// percent for epochs 1…30. NaN y values are gaps (the curve is broken there).
public struct ChartSeries: Sendable, Equatable {
    /// The name shown in the legend.
    public var name: String
    /// The x coordinates (epochs), one per y value, in any order (drawn in the given order).
    public var x: [Double]
    /// The y values, one per x.
    public var y: [Double]

    /// A series from matching x and y lists; throws `.lengthMismatch` when their lengths differ.
    public init(name: String, x: [Double], y: [Double]) throws(DisplayError) {
        guard x.count == y.count else {
            throw .lengthMismatch(what: "x values of series '\(name)'", expected: y.count, actual: x.count)
        }
        self.name = name
        self.x = x
        self.y = y
    }

    /// A series of consecutive epochs: `values[i]` is drawn at x = `firstX + i`.
    public init(name: String, values: [Double], firstX: Double = 1) {
        self.name = name
        self.x = values.indices.map { firstX + Double($0) }
        self.y = values
    }

    /// The (x, y) points, with nil where either coordinate is not finite (a gap).
    var points: [(x: Double, y: Double)?] {
        zip(x, y).map { $0.isFinite && $1.isFinite ? ($0, $1) : nil }
    }
}

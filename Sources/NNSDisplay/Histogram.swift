import Foundation

/// Counts of values in equal-width bins, like `numpy.histogram`: bins are half-open
/// [edge_i, edge_i+1) except the last, which also holds its upper edge; values outside the
/// range and NaN are not counted. Used for the distribution of a layer's weights or activations.
public struct Histogram: Sendable, Equatable {
    /// Left edge of the first bin.
    public let lowerBound: Double
    /// Right edge of the last bin.
    public let upperBound: Double
    /// Number of values in each bin, left to right (at least one bin).
    public let counts: [Int]

    /// Bins `values` into `bins` equal intervals over `range`, by default from the smallest to
    /// the largest finite value (widened to ±0.5 around it when all values are equal).
    /// Throws `.nonPositiveSize` for bins < 1 and `.invalidRange` for an empty or infinite range.
    public init(values: [Double], bins: Int = 20, range: ClosedRange<Double>? = nil) throws(DisplayError) {
        guard bins > 0 else { throw .nonPositiveSize(what: "the number of histogram bins", value: bins) }
        let finite = values.filter(\.isFinite)
        var low = range?.lowerBound ?? finite.min() ?? 0
        var high = range?.upperBound ?? finite.max() ?? 1
        if range == nil, low == high { (low, high) = (low - 0.5, high + 0.5) }
        guard low.isFinite, high.isFinite, low < high else {
            throw .invalidRange(what: "histogram range", lower: low, upper: high)
        }
        var counts = [Int](repeating: 0, count: bins)
        for value in finite where value >= low && value <= high {
            counts[min(bins - 1, Int((value - low) / (high - low) * Double(bins)))] += 1
        }
        (lowerBound, upperBound, self.counts) = (low, high, counts)
    }

    /// Bins single-precision values (weights are `Float`); see `init(values:bins:range:)`.
    public init(values: [Float], bins: Int = 20, range: ClosedRange<Double>? = nil) throws(DisplayError) {
        try self.init(values: values.map(Double.init), bins: bins, range: range)
    }

    /// Width of every bin: (upperBound − lowerBound) / bin count.
    public var binWidth: Double { (upperBound - lowerBound) / Double(counts.count) }

    /// The bin count + 1 edges from `lowerBound` to `upperBound`.
    public var edges: [Double] {
        (0...counts.count).map { $0 == counts.count ? upperBound : lowerBound + Double($0) * binWidth }
    }

    /// One bar per bin, labelled with its interval ("[-0.30, -0.20)", the last one closed),
    /// drawn by `BarChart` with the counts as values; lines joined by "\n".
    /// - Parameter decimals: digits of the edges; nil picks enough to tell neighbouring edges
    ///   apart: the bin width's own decimals, at most one more than its first significant digit.
    public func render(decimals: Int? = nil, width: Int? = nil, style: RenderStyle) -> String {
        let significant = 1 - Int(log10(binWidth).rounded(.down))
        let digits = decimals ?? max(0, min(NumberText.decimals(forStep: binWidth), significant))
        let edges = self.edges.map { NumberText.fixed($0, digits) }
        let labels = counts.indices.map { index in
            "[\(edges[index]), \(edges[index + 1])" + (index == counts.count - 1 ? "]" : ")")
        }
        // Cannot throw: there is at least one bin and one label per bin.
        let chart = try? BarChart.render(
            labels: labels, values: counts.map(Double.init), decimals: 0, width: width, style: style)
        return chart ?? ""
    }
}

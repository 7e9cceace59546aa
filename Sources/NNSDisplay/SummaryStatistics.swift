/// Count, mean, standard deviation, minimum and maximum of a list of numbers — the line printed
/// for a layer's weights w^l and biases b^l by `weights`.
///
/// Non-finite values (NaN, ±∞) are left out and counted in `nonFiniteCount`. The standard
/// deviation is the population one (divide by n, numpy's default `ddof=0`). With no finite
/// values, `mean`, `standardDeviation`, `minimum` and `maximum` are NaN.
public struct SummaryStatistics: Sendable, Equatable {
    /// Number of finite values summarised.
    public let count: Int
    /// Number of NaN or infinite values left out.
    public let nonFiniteCount: Int
    /// Arithmetic mean of the finite values.
    public let mean: Double
    /// Population standard deviation √(Σ(x − mean)² / n) of the finite values.
    public let standardDeviation: Double
    /// Smallest finite value.
    public let minimum: Double
    /// Largest finite value.
    public let maximum: Double

    /// Statistics of `values`, accumulated in Double (two passes, for accuracy).
    public init(_ values: [Double]) {
        let finite = values.filter(\.isFinite)
        count = finite.count
        nonFiniteCount = values.count - finite.count
        guard !finite.isEmpty else {
            (mean, standardDeviation, minimum, maximum) = (.nan, .nan, .nan, .nan)
            return
        }
        let mean = finite.reduce(0, +) / Double(finite.count)
        let variance = finite.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(finite.count)
        self.mean = mean
        standardDeviation = variance.squareRoot()
        minimum = finite.min() ?? .nan
        maximum = finite.max() ?? .nan
    }

    /// Statistics of single-precision values (weights are `Float`).
    public init(_ values: [Float]) { self.init(values.map(Double.init)) }

    /// One line: "mean 0.0012  std 0.0357  min -0.1234  max 0.1111" with `decimals` digits,
    /// followed by "  (3 NaN/inf left out)" when there were any.
    public func summary(decimals: Int = 4) -> String {
        let parts = [("mean", mean), ("std", standardDeviation), ("min", minimum), ("max", maximum)]
        let text = parts.map { "\($0.0) \(NumberText.fixed($0.1, decimals))" }.joined(separator: "  ")
        return nonFiniteCount > 0 ? text + "  (\(nonFiniteCount) NaN/inf left out)" : text
    }
}

import Foundation

/// "Nice" tick marks for a chart axis: steps of 1, 2 or 5 times a power of ten, so labels read
/// 0, 20, 40 … or 0.90, 0.92 … rather than 0.8734.
struct AxisTicks: Equatable {
    /// Distance between neighbouring ticks (> 0).
    let step: Double
    /// The tick values inside the axis range, increasing.
    let values: [Double]
    /// Decimals that print every tick exactly.
    var decimals: Int { NumberText.decimals(forStep: step) }

    /// The ticks that fall inside `lower…upper`, with the smallest nice step giving at most
    /// `maximumCount` (≥ 2) of them.
    init(lower: Double, upper: Double, maximumCount: Int) {
        let step = Self.niceStep(span: upper - lower, maximumCount: maximumCount)
        self.step = step
        let first = (lower / step).rounded(.up)
        let last = (upper / step).rounded(.down)
        values = first <= last ? stride(from: first, through: last, by: 1).map { $0 * step } : []
    }

    /// The smallest step of 1, 2 or 5 × 10^k splitting `span` into at most `maximumCount` − 1
    /// intervals (so at most `maximumCount` ticks fit).
    static func niceStep(span: Double, maximumCount: Int) -> Double {
        guard span > 0, span.isFinite else { return 1 }
        let raw = span / Double(max(1, maximumCount - 1))
        let power = pow(10, (log10(raw)).rounded(.down))
        for multiple in [1.0, 2, 5, 10] where multiple * power >= raw * (1 - 1e-9) {
            return multiple * power
        }
        return 10 * power
    }

    /// `lower…upper` widened outwards to multiples of the nice step for about `count` ticks —
    /// the automatic y range of a chart. Equal ends are first widened by ±1 (or ±10% of |value|).
    static func expanded(lower: Double, upper: Double, count: Int) -> ClosedRange<Double> {
        var (low, high) = (lower, upper)
        if low == high {
            let pad = low == 0 ? 1 : abs(low) * 0.1
            (low, high) = (low - pad, high + pad)
        }
        let step = niceStep(span: high - low, maximumCount: count)
        return (low / step).rounded(.down) * step...(high / step).rounded(.up) * step
    }
}

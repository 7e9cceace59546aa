import Foundation

/// The cost C_x of one sample with output a = a^L and one-hot target y (y_j = 1 at the label).
///
/// Reported costs are means over the samples, C = (1/n) Σ_x C_x, as in network2.py. Logarithms
/// are clamped at `Float.leastNormalMagnitude` so a saturated output gives a large finite cost,
/// never NaN or ∞.
public enum Cost: String, CaseIterable, Sendable {
    /// C_x = ½ ‖y − a‖² — the book's network.py. Defined for every output activation.
    case quadratic
    /// C_x = −Σ_j [y_j ln a_j + (1 − y_j) ln(1 − a_j)]; needs every a_j in (0, 1): sigmoid or softmax outputs.
    case crossEntropy = "cross-entropy"
    /// C_x = −ln a_y (y the label); needs positive outputs of at most 1: softmax (its natural partner) or sigmoid.
    case logLikelihood = "log-likelihood"

    /// Whether C is mathematically defined for outputs of `activation` (tanh and linear outputs
    /// can be negative and ReLU can be 0 or above 1, so only the quadratic cost accepts them).
    public func isDefined(for activation: Activation) -> Bool {
        switch (self, activation) {
        case (.quadratic, _): return true
        case (_, .sigmoid), (_, .softmax): return true
        case (_, .tanh), (_, .relu), (_, .linear): return false
        }
    }

    /// C_x for the `count` outputs at `a` and target class `label`; a label outside 0..<count
    /// means y = 0 everywhere.
    func sampleCost(outputs a: UnsafePointer<Float>, count: Int, label: Int) -> Double {
        var total: Double = 0
        switch self {
        case .quadratic:
            for j in 0..<count {
                let difference = Double(a[j]) - (j == label ? 1 : 0)
                total += difference * difference
            }
            return total / 2
        case .crossEntropy:
            for j in 0..<count {
                let a = Double(a[j])
                total -= Self.clampedLog(j == label ? a : 1 - a)
            }
            return total
        case .logLikelihood:
            return (0..<count).contains(label) ? -Self.clampedLog(Double(a[label])) : 0
        }
    }

    /// ∂C_x/∂a_j for one output a_j, where `isTarget` says whether y_j = 1. Denominators are
    /// clamped at `Float.leastNormalMagnitude`.
    func gradient(output a: Float, isTarget: Bool) -> Float {
        let y: Float = isTarget ? 1 : 0
        switch self {
        case .quadratic: return a - y
        case .crossEntropy: return (a - y) / max(a * (1 - a), .leastNormalMagnitude)
        case .logLikelihood: return isTarget ? -1 / max(a, .leastNormalMagnitude) : 0
        }
    }

    private static func clampedLog(_ value: Double) -> Double {
        Foundation.log(max(value, Double(Float.leastNormalMagnitude)))
    }
}

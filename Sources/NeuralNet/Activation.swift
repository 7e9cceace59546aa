import Foundation

/// The function σ that turns a layer's weighted inputs z^l into its activations a^l = σ(z^l).
///
/// `sigmoid`, `tanh` and `relu` act elementwise; `softmax` acts on a whole row
/// (a_j = e^{z_j} / Σ_k e^{z_k}) and is allowed only on the output layer.
public enum Activation: String, CaseIterable, Sendable {
    /// σ(z) = 1 / (1 + e^{−z}), outputs in (0, 1) — the book's neuron.
    case sigmoid
    /// tanh(z), outputs in (−1, 1).
    case tanh
    /// max(0, z), outputs in [0, ∞); σ'(0) is taken as 0.
    case relu
    /// e^{z_j} / Σ_k e^{z_k} over one sample's row, outputs in (0, 1) summing to 1. Output layer only.
    case softmax

    /// Replaces the `rows × columns` row-major weighted inputs z at `values` by σ(z), in place.
    /// Softmax subtracts each row's maximum first, so it cannot overflow. Sigmoid and softmax use
    /// `vectorExponential`, so these loops vectorise.
    func apply(to values: UnsafeMutablePointer<Float>, rows: Int, columns: Int) {
        let count = rows * columns
        switch self {
        case .sigmoid:
            for i in 0..<count { values[i] = 1 / (1 + vectorExponential(-values[i])) }
        case .tanh:
            for i in 0..<count { values[i] = Foundation.tanh(values[i]) }
        case .relu:
            for i in 0..<count { values[i] = values[i] > 0 ? values[i] : 0 }
        case .softmax:
            for row in 0..<rows { Self.softmax(values + row * columns, count: columns) }
        }
    }

    /// Multiplies each δ at `deltas` by σ'(z), written in terms of the activation a = σ(z):
    /// sigmoid a(1 − a), tanh 1 − a², relu [a > 0]. Not for softmax, whose derivative is a
    /// Jacobian (the output-layer delta handles it).
    func multiplyByDerivative(_ deltas: UnsafeMutablePointer<Float>, activations a: UnsafePointer<Float>, count: Int) {
        switch self {
        case .sigmoid:
            for i in 0..<count { deltas[i] *= a[i] * (1 - a[i]) }
        case .tanh:
            for i in 0..<count { deltas[i] *= 1 - a[i] * a[i] }
        case .relu:
            for i in 0..<count { deltas[i] = a[i] > 0 ? deltas[i] : 0 }
        case .softmax:
            preconditionFailure("softmax is only allowed on the output layer")
        }
    }

    private static func softmax(_ row: UnsafeMutablePointer<Float>, count: Int) {
        var largest = -Float.infinity
        for j in 0..<count { largest = max(largest, row[j]) }
        var sum: Float = 0
        for j in 0..<count {
            row[j] = vectorExponential(row[j] - largest)
            sum += row[j]
        }
        let scale = 1 / sum
        for j in 0..<count { row[j] *= scale }
    }
}

import Foundation

/// The function σ that turns a layer's weighted inputs z^l into its activations a^l = σ(z^l).
///
/// `sigmoid`, `tanh`, `relu` and `linear` act elementwise; `softmax` acts on a whole row
/// (a_j = e^{z_j} / Σ_k e^{z_k}) and is allowed only on the output layer. Layers without
/// weights (max-pooling, dropout) report `linear`.
public enum Activation: String, CaseIterable, Sendable {
    /// σ(z) = 1 / (1 + e^{−z}), outputs in (0, 1) — the book's neuron.
    case sigmoid
    /// tanh(z), outputs in (−1, 1).
    case tanh
    /// max(0, z), outputs in [0, ∞); σ'(0) is taken as 0.
    case relu
    /// e^{z_j} / Σ_k e^{z_k} over one sample's row, outputs in (0, 1) summing to 1. Output layer only.
    case softmax
    /// The identity a = z (network3.py's `linear`), outputs in (−∞, ∞).
    case linear

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
            VectorLoops.relu(values, count: count)
        case .softmax:
            for row in 0..<rows { Self.softmax(values + row * columns, count: columns) }
        case .linear:
            break
        }
    }

    /// Turns ∂C/∂a into δ = ∂C/∂z in place for a `rows × columns` batch, given the activations a:
    /// elementwise δ_j = σ'(z_j)·∂C/∂a_j with σ' written in terms of a (sigmoid a(1 − a), tanh
    /// 1 − a², relu [a > 0], linear 1); for softmax the Jacobian-vector product
    /// δ_j = Σ_i (∂a_i/∂z_j) ∂C/∂a_i = a_j (∂C/∂a_j − Σ_i a_i ∂C/∂a_i), row by row.
    func multiplyByDerivative(_ deltas: UnsafeMutablePointer<Float>, activations a: UnsafePointer<Float>,
                              rows: Int, columns: Int) {
        let count = rows * columns
        switch self {
        case .sigmoid:
            for i in 0..<count { deltas[i] *= a[i] * (1 - a[i]) }
        case .tanh:
            for i in 0..<count { deltas[i] *= 1 - a[i] * a[i] }
        case .relu:
            VectorLoops.keepWherePositive(deltas, a, count: count)
        case .softmax:
            for row in 0..<rows {
                let (d, y) = (deltas + row * columns, a + row * columns)
                var weighted: Float = 0
                for j in 0..<columns { weighted += y[j] * d[j] }
                for j in 0..<columns { d[j] = y[j] * (d[j] - weighted) }
            }
        case .linear:
            break
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

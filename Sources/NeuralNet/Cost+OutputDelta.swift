extension Cost {
    /// Writes the output error δ^L = ∂C_x/∂z^L for a batch: `rows × columns` row-major, one
    /// sample per row, with targets y = one-hot(`labels[row]`).
    ///
    /// General formula δ_j = Σ_i (∂C/∂a_i)(∂a_i/∂z_j): for elementwise activations
    /// (∂C/∂a_j)·σ'(z_j), for softmax a Jacobian-vector product (see
    /// `Activation.multiplyByDerivative`). Exact cheap forms where the book has them: δ = a − y for
    /// sigmoid + cross-entropy and softmax + log-likelihood, δ_y = a_y − 1 (other δ_j = 0)
    /// for sigmoid + log-likelihood, and a cancellation-free form for softmax + cross-entropy.
    func outputDeltas(
        activation: Activation, outputs a: UnsafePointer<Float>, labels: UnsafePointer<Int>,
        rows: Int, columns: Int, into delta: UnsafeMutablePointer<Float>
    ) {
        switch (self, activation) {
        case (.crossEntropy, .sigmoid), (.logLikelihood, .softmax):
            delta.update(from: a, count: rows * columns)
            forEachTarget(labels: labels, rows: rows, columns: columns) { delta[$0] -= 1 }
        case (.quadratic, _):
            // ∂C/∂a = a − y: a copy of a with 1 subtracted at each target (vectorises).
            delta.update(from: a, count: rows * columns)
            forEachTarget(labels: labels, rows: rows, columns: columns) { delta[$0] = a[$0] - 1 }
            activation.multiplyByDerivative(delta, activations: a, rows: rows, columns: columns)
        case (.logLikelihood, .sigmoid):
            delta.update(repeating: 0, count: rows * columns)
            forEachTarget(labels: labels, rows: rows, columns: columns) { delta[$0] = a[$0] - 1 }
        case (.crossEntropy, .softmax):
            for row in 0..<rows {
                Self.softmaxCrossEntropyDelta(outputs: a + row * columns, label: labels[row], count: columns,
                                              into: delta + row * columns)
            }
        default:
            for row in 0..<rows {
                let offset = row * columns
                for j in 0..<columns {
                    delta[offset + j] = gradient(output: a[offset + j], isTarget: j == labels[row])
                }
            }
            activation.multiplyByDerivative(delta, activations: a, rows: rows, columns: columns)
        }
    }

    /// Calls `body` with the flat index of each row's target output (rows whose label is out of
    /// range have none).
    private func forEachTarget(labels: UnsafePointer<Int>, rows: Int, columns: Int, _ body: (Int) -> Void) {
        for row in 0..<rows where labels[row] >= 0 && labels[row] < columns {
            body(row * columns + labels[row])
        }
    }
}

/// The small pieces of arithmetic the layer kernels share, on raw row-major buffers.
enum BatchArithmetic {
    /// Copies the `count` values at `row` into each of `rows` consecutive rows of `matrix`.
    @inline(__always)
    static func fillRows(_ matrix: UnsafeMutablePointer<Float>, rows: Int, with row: UnsafePointer<Float>, count: Int) {
        for r in 0..<rows { (matrix + r * count).update(from: row, count: count) }
    }

    /// sums_j = Σ_rows m_{row, j} for a `rows × columns` matrix.
    static func columnSums(of matrix: UnsafePointer<Float>, rows: Int, columns: Int, into sums: UnsafeMutablePointer<Float>) {
        sums.update(repeating: 0, count: columns)
        for row in 0..<rows { VectorLoops.add(matrix + row * columns, to: sums, count: columns) }
    }

    /// Σ∇w = δᵀ·x (`outputs × inputs`, one GEMM) and Σ∇b = column sums of δ of a layer
    /// computing z = x·wᵀ + b over `rows` rows (δ is `rows × outputs`, x is `rows × inputs`).
    static func accumulateGradient(
        delta: UnsafePointer<Float>, x: UnsafePointer<Float>, rows: Int, outputs: Int, inputs: Int,
        weightGradient: UnsafeMutablePointer<Float>, biasSums: UnsafeMutablePointer<Float>
    ) {
        BLAS.multiply(rows: outputs, columns: inputs, inner: rows,
                      alpha: 1, delta, transposeA: true, lda: outputs, x, ldb: inputs,
                      beta: 0, into: weightGradient, ldc: inputs)
        columnSums(of: delta, rows: rows, columns: outputs, into: biasSums)
    }

    /// The part `part` of `parts` near-equal slices of `0 ..< count`.
    static func slice(_ count: Int, part: Int, of parts: Int) -> Range<Int> {
        (count * part / parts) ..< (count * (part + 1) / parts)
    }

    /// One `UpdateStep` on the values `range` of w (or b, `decays: false`), from the gradient
    /// `g`: w ← (1 − d)·w + α·g, or with momentum v ← μ·v + α·g − d·w, w ← w + v.
    static func apply(_ step: UpdateStep, to w: UnsafeMutablePointer<Float>, velocity: UnsafeMutablePointer<Float>?,
                      gradient g: UnsafePointer<Float>, range: Range<Int>, decays: Bool) {
        let (alpha, d) = (step.alpha, decays ? step.decayRate : 0)
        if let velocity, step.momentum != 0 {
            let mu = step.momentum
            for i in range {
                let v = mu * velocity[i] + alpha * g[i] - d * w[i]
                velocity[i] = v
                w[i] += v
            }
        } else {
            let keep = 1 - d
            for i in range { w[i] = keep * w[i] + alpha * g[i] }
        }
    }
}

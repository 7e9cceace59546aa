/// The per-layer arithmetic shared by training, evaluation and tracing, on raw row-major buffers.
enum LayerKernels {
    /// z = a·wᵀ + 1·bᵀ for a batch: `input` is `rows × inputCount` (one sample per row), `weights`
    /// is w (`outputCount × inputCount`), `biases` has `outputCount` entries, `output` receives
    /// `rows × outputCount`. One GEMM with β = 1 over rows pre-filled with the biases.
    static func weightedInputs(
        input: UnsafePointer<Float>, rows: Int, weights: UnsafePointer<Float>, biases: UnsafePointer<Float>,
        inputCount: Int, outputCount: Int, into output: UnsafeMutablePointer<Float>
    ) {
        for row in 0..<rows { (output + row * outputCount).update(from: biases, count: outputCount) }
        BLAS.multiply(rows: rows, columns: outputCount, inner: inputCount,
                      alpha: 1, input, lda: inputCount, weights, transposeB: true, ldb: inputCount,
                      beta: 1, into: output, ldc: outputCount)
    }
}

/// The per-layer arithmetic shared by training, evaluation and tracing, on raw row-major buffers.
enum LayerKernels {
    /// z = scale·a·wᵀ + 1·bᵀ for a batch: `input` is `rows × inputCount` (one sample per row),
    /// `weights` is w (`outputCount` rows of which the first `inputCount` columns are used, rows
    /// `weightStride` apart, default `inputCount`), `biases` has `outputCount` entries, `output`
    /// receives `rows × outputCount`. One GEMM with β = 1 over rows pre-filled with the biases.
    static func weightedInputs(
        input: UnsafePointer<Float>, rows: Int, inputCount: Int,
        weights: UnsafePointer<Float>, scale: Float = 1, weightStride: Int? = nil,
        biases: UnsafePointer<Float>, outputCount: Int, into output: UnsafeMutablePointer<Float>
    ) {
        for row in 0..<rows { (output + row * outputCount).update(from: biases, count: outputCount) }
        BLAS.multiply(rows: rows, columns: outputCount, inner: inputCount,
                      alpha: scale, input, lda: max(inputCount, 1), weights, transposeB: true,
                      ldb: weightStride ?? max(inputCount, 1), beta: 1, into: output, ldc: outputCount)
    }

}

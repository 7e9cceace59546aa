import CBLAS

/// Thin wrappers over the CBLAS calls the core uses (row-major Float32 only).
enum BLAS {
    /// C ← α·op(A)·op(B) + β·C, all row-major: op(A) is `rows × inner`, op(B) is `inner × columns`,
    /// C is `rows × columns`; `transposeA`/`transposeB` select op(X) = Xᵀ. Leading dimensions are
    /// the stored row lengths. Does nothing when `rows` or `columns` is 0.
    static func multiply(
        rows: Int, columns: Int, inner: Int,
        alpha: Float, _ a: UnsafePointer<Float>, transposeA: Bool = false, lda: Int,
        _ b: UnsafePointer<Float>, transposeB: Bool = false, ldb: Int,
        beta: Float, into c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        guard rows > 0, columns > 0 else { return }
        configureThreads
        cblas_sgemm(CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
                    blasint(rows), blasint(columns), blasint(inner),
                    alpha, a, blasint(lda), b, blasint(ldb), beta, c, blasint(ldc))
    }

    /// OpenBLAS runs single-threaded: the products of small networks (30 × 784 by 10 samples) are far
    /// too small to pay for waking threads (measured: see the performance notes in the report).
    private static let configureThreads: Void = openblas_set_num_threads(1)
}

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

    /// OpenBLAS runs single-threaded: nns splits each layer's work across its own threads
    /// (`BatchPass`), which beat OpenBLAS's threads on wide layers (1.9× against 1.8× on two
    /// cores for [784, 1000, 1000, 10], m = 100) and do not wake threads for the products of
    /// small networks (30 × 784 by 10 samples), where that costs more than it saves.
    private static let configureThreads: Void = openblas_set_num_threads(1)
}

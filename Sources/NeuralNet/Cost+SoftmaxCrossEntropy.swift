extension Cost {
    /// δ for one sample of softmax outputs `a` (`count` values) under the cross-entropy cost
    /// C = −ln a_y − Σ_{i≠y} ln(1 − a_i), written so that no difference of large numbers is formed
    /// when an output saturates at 1 in Float (where the plain Jacobian product g − a·Σg cancels to 0):
    ///   with r_i = a_i / (1 − a_i) for i ≠ y,
    ///   δ_y = (a_y − 1) − a_y Σ_{i≠y} r_i,   δ_j = a_j (2 − Σ_{i∉{j,y}} r_i) for j ≠ y.
    /// Only the largest non-target output p can have r_p > 1; its 1 − a_p is computed as Σ_{k≠p} a_k.
    /// - Precondition: `label` in `0 ..< count` (training checks labels).
    static func softmaxCrossEntropyDelta(outputs a: UnsafePointer<Float>, label y: Int, count: Int,
                                         into delta: UnsafeMutablePointer<Float>) {
        var p = -1
        for i in 0..<count where i != y && (p < 0 || a[i] > a[p]) { p = i }
        guard p >= 0 else {            // a single output: a_y = 1 always, nothing to learn
            delta.update(repeating: 0, count: count)
            return
        }
        var oneMinusP: Float = 0, oneMinusY: Float = 0, rest: Float = 0
        for i in 0..<count {
            if i != p { oneMinusP += a[i] }
            if i != y { oneMinusY += a[i] }
            if i != p && i != y { rest += a[i] / (1 - a[i]) }
        }
        let rp = a[p] / max(oneMinusP, .leastNormalMagnitude)
        for j in 0..<count {
            if j == y {
                delta[j] = -oneMinusY - a[j] * rest - a[j] * rp
            } else if j == p {
                delta[j] = a[j] * (2 - rest)
            } else {
                delta[j] = a[j] * (2 - rest + a[j] / (1 - a[j])) - a[j] * rp
            }
        }
    }
}

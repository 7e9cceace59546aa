/// e^x in Float, branch-free so loops calling it vectorise (a libm `expf` call stops the
/// optimizer from vectorising sigmoid and softmax).
///
/// Cody–Waite range reduction x = n·ln 2 + r with |r| ≤ ½ ln 2 and Cephes' degree-6 minimax
/// polynomial for e^r: relative error within 2 ulp wherever e^x is a normal Float. Below −87.33
/// (results under the smallest normal Float) it returns 0, above 88.37 +∞, and NaN for NaN.
@inline(__always)
func vectorExponential(_ x: Float) -> Float {
    // Clamps as compare-selects that compile to maxps/minps with the bound first, which keep a
    // NaN x: NaN then flows through to the result, so no separate NaN test is needed.
    let low: Float = -87.336_54, high: Float = 88.376_26
    let atLeastLow = low > x ? low : x
    let clamped = high < atLeastLow ? high : atLeastLow
    // Round x·log2(e) to an integer n with the 1.5·2^23 trick: n ends up in the low mantissa bits.
    let shifted = clamped * 1.442_695_04 + 12_582_912
    let n = shifted - 12_582_912
    let r = clamped - n * 0.693_359_375 + n * 2.121_944_4e-4
    var p: Float = 1.987_569_15e-4
    p = p * r + 1.398_199_95e-3
    p = p * r + 8.333_451_9e-3
    p = p * r + 4.166_579_6e-2
    p = p * r + 1.666_666_55e-1
    p = p * r + 5.000_000_1e-1
    let expR = p * r * r + r + 1
    // 2^n built in the exponent field from the integer in `shifted`'s mantissa (n ∈ [−126, 127]).
    let twoToN = Float(bitPattern: (shifted.bitPattern &- 0x4B40_0000 &+ 127) << 23)
    return x < low ? 0 : (x > high ? .infinity : expR * twoToN)
}

/// `DropoutLayer` on a mini-batch: before a training forward pass, `drawMask` draws a new mask
/// for every value of the batch from the run's generator (m = 1/(1 − p) with probability 1 − p,
/// else 0); forward multiplies by it and backward multiplies ∂C/∂a by the same mask. When not
/// training, forward copies its input.
final class DropoutKernel: LayerKernel {
    let outputCount: Int
    let capacity: Int
    let rate: Float
    private let mask: UnsafeMutablePointer<Float>
    private var maskRows = 0
    /// Whether the last forward pass applied the mask.
    private var masked = false

    init(layer: DropoutLayer, capacity: Int) {
        (outputCount, self.capacity, rate) = (layer.inputShape.count, capacity, layer.rate)
        mask = .allocate(capacity: capacity * outputCount)
    }

    deinit { mask.deallocate() }

    /// Draws the mask for `rows` samples (two values per `next()`: 32 bits each); with p = 0
    /// nothing is dropped and nothing is drawn.
    func drawMask(rows: Int, generator: inout SeededGenerator) {
        maskRows = rows
        guard rate > 0 else { return }
        Self.drawMask(into: mask, count: rows * outputCount, rate: rate, generator: &generator)
    }

    /// Takes rows `rows` of a mask drawn for a whole mini-batch (`batchMask`, one row per sample)
    /// as the mask of this kernel's batch, those rows.
    func takeMask(rows: Range<Int>, of batchMask: UnsafePointer<Float>) {
        maskRows = rows.count
        mask.update(from: batchMask + rows.lowerBound * outputCount, count: rows.count * outputCount)
    }

    /// Writes `count` mask values for dropout probability `rate` into `mask`: value i is
    /// 1/(1 − p) when its uniform u_i ∈ [0, 1) is ≥ p, else 0, the u_i taken two per `next()`
    /// (low 32 bits first).
    static func drawMask(into mask: UnsafeMutablePointer<Float>, count: Int, rate: Float, generator: inout SeededGenerator) {
        let keep = 1 / (1 - rate)
        // u ≥ p  ⇔  bits ≥ p·2³²: compare integers, exactly.
        let threshold = UInt64((Double(rate) * 4_294_967_296).rounded(.up))
        var i = 0
        while i < count {
            let bits = generator.next()
            mask[i] = UInt64(UInt32(truncatingIfNeeded: bits)) >= threshold ? keep : 0
            if i + 1 < count { mask[i + 1] = (bits >> 32) >= threshold ? keep : 0 }
            i += 2
        }
    }

    var activation: Activation { .linear }

    /// The mask is on for a training forward pass (and the backward steps after it).
    func prepareForward(training: Bool) { masked = training && rate > 0 }

    var forwardSplit: BatchSplit { .rows }
    var inputGradientSplit: BatchSplit { .rows }

    func forward(_ x: UnsafePointer<Float>, rows: Int, into a: UnsafeMutablePointer<Float>, part: BatchPart, training: Bool) {
        guard case .rows(let samples) = part else { preconditionFailure("dropout is split by samples") }
        let (start, count) = (samples.lowerBound * outputCount, samples.count * outputCount)
        guard masked else { return (a + start).update(from: x + start, count: count) }
        precondition(maskRows == rows, "dropout mask drawn for \(maskRows) rows, batch has \(rows)")
        for i in start ..< start + count { a[i] = x[i] * mask[i] }
    }

    func inputGradient(_ delta: UnsafePointer<Float>, rows: Int, into g: UnsafeMutablePointer<Float>, part: BatchPart) {
        guard case .rows(let samples) = part else { preconditionFailure("dropout is split by samples") }
        let (start, count) = (samples.lowerBound * outputCount, samples.count * outputCount)
        guard masked else { return (g + start).update(from: delta + start, count: count) }
        for i in start ..< start + count { g[i] = delta[i] * mask[i] }
    }
}

extension DropoutLayer: TrainableLayer {
    func makeParameters(sparseInputs: SparseInputs?) -> LayerParameters? { nil }
    func makeKernel(capacity: Int, parameters: LayerParameters?, needsInputGradient: Bool) -> LayerKernel {
        DropoutKernel(layer: self, capacity: capacity)
    }
    func updated(from parameters: LayerParameters?) -> any Layer { self }
}

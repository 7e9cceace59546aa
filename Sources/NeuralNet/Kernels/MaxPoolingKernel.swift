/// `MaxPoolingLayer` on a mini-batch. Forward keeps (when training), for every output value, the
/// position (in its sample) of the input that was the largest (the first, on ties); backward
/// sends each output's ∂C/∂a there and 0 everywhere else. With channels last, the loops run
/// over the C contiguous channels of each position, eight at a time.
final class MaxPoolingKernel: LayerKernel {
    let input: TensorShape
    let output: TensorShape
    let poolSize: Int
    let capacity: Int
    /// For each output value of the batch: the index within its sample of the input it took.
    private let winners: UnsafeMutablePointer<Int32>

    init(layer: MaxPoolingLayer, capacity: Int) {
        (input, output, poolSize, self.capacity) = (layer.inputShape, layer.outputShape, layer.poolSize, capacity)
        winners = .allocate(capacity: capacity * output.count)
    }

    deinit { winners.deallocate() }

    var outputCount: Int { output.count }
    var activation: Activation { .linear }
    var forwardSplit: BatchSplit { .rows }
    var inputGradientSplit: BatchSplit { .rows }

    func forward(_ x: UnsafePointer<Float>, rows: Int, into a: UnsafeMutablePointer<Float>, part: BatchPart, training: Bool) {
        let (p, c, width) = (poolSize, input.channels, input.width)
        guard case .rows(let samples) = part else { preconditionFailure("max-pooling is split by samples") }
        for s in samples {
            let sample = x + s * input.count
            for yo in 0..<output.height {
                for xo in 0..<output.width {
                    let offset = s * output.count + (yo * output.width + xo) * c
                    let first = (p * yo * width + p * xo) * c
                    var ch = 0
                    // Eight channels at a time: the largest value and (training) where it was.
                    while ch + 8 <= c {
                        var best = VectorLoops.load(sample + first + ch)
                        var winner = Self.lanes &+ Int32(first + ch)
                        for dy in 0..<p {
                            for dx in 0..<p where dy != 0 || dx != 0 {
                                let start = ((p * yo + dy) * width + p * xo + dx) * c + ch
                                let value = VectorLoops.load(sample + start)
                                let larger = value .> best
                                best.replace(with: value, where: larger)
                                if training { winner.replace(with: Self.lanes &+ Int32(start), where: larger) }
                            }
                        }
                        VectorLoops.store(best, a + offset + ch)
                        if training { UnsafeMutableRawPointer(winners + offset + ch).storeBytes(of: winner, as: SIMD8<Int32>.self) }
                        ch += 8
                    }
                    for ch in ch..<c {
                        var (best, winner) = (sample[first + ch], first + ch)
                        for dy in 0..<p {
                            for dx in 0..<p where dy != 0 || dx != 0 {
                                let start = ((p * yo + dy) * width + p * xo + dx) * c + ch
                                if sample[start] > best { (best, winner) = (sample[start], start) }
                            }
                        }
                        a[offset + ch] = best
                        winners[offset + ch] = Int32(winner)
                    }
                }
            }
        }
    }

    /// 0, 1, …, 7: the channel offsets of one vector.
    private static let lanes = SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7)

    func inputGradient(_ delta: UnsafePointer<Float>, rows: Int, into g: UnsafeMutablePointer<Float>, part: BatchPart) {
        guard case .rows(let samples) = part, !samples.isEmpty else { return }
        (g + samples.lowerBound * input.count).update(repeating: 0, count: samples.count * input.count)
        for s in samples {
            let (target, offset) = (g + s * input.count, s * output.count)
            for i in 0..<output.count { target[Int(winners[offset + i])] += delta[offset + i] }
        }
    }
}

extension MaxPoolingLayer: TrainableLayer {
    func makeParameters(sparseInputs: SparseInputs?) -> LayerParameters? { nil }
    func makeKernel(capacity: Int, parameters: LayerParameters?, needsInputGradient: Bool) -> LayerKernel {
        MaxPoolingKernel(layer: self, capacity: capacity)
    }
    func updated(from parameters: LayerParameters?) -> any Layer { self }
}

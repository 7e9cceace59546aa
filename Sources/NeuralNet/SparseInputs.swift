/// The byte inputs of a training set kept sparsely for the first layer: per sample only its
/// non-zero inputs, each under its position in `inputOrder` (the inputs sorted by how many
/// samples they are non-zero in, most first).
///
/// A zero input adds nothing to z¹ = X·w⁰ᵀ nor to ∇w⁰ = δᵀ·X. In the reordered columns the
/// inputs a sample uses lie in a prefix `0 ..< extent`, so the first layer's two products run
/// over the prefix of the batch's largest extent — or over the staircase of `InputSegments` —
/// instead of all inputs: the same sums without zero terms. MNIST (19% of pixels non-zero),
/// m = 10: extent ≈ 410 per sample, ≈ 540 per batch, of 784. A sample also takes fewer bytes
/// (about 300 instead of 784), so gathering a random mini-batch misses the cache less.
final class SparseInputs {
    /// When training keeps its inputs sparsely.
    enum Policy: Sendable {
        /// When the inputs are bytes and at most a third of them are non-zero.
        case automatic
        /// Whenever the inputs are bytes (for tests: the sparse path on dense data too).
        case always
        /// Never (for tests and measurements: the full inputs as they are).
        case never
    }

    let inputCount: Int
    /// `inputOrder[p]`: the input stored at position p (see `InputLayerWeights`).
    let inputOrder: [Int]
    /// Sample i (0-based, relative to the examples) is `records[offsets[i] ..< offsets[i + 1]]`
    /// in the format of `SparseSampleEncoder`.
    private let offsets: UnsafeMutablePointer<UInt32>
    private let records: UnsafeMutablePointer<UInt8>
    /// b/255 for every byte b, as `LabeledExamples.copyInputs` scales it.
    private let scaledBytes: UnsafeMutablePointer<Float>
    private let sampleCount: Int

    /// The sparse form of `examples`, or nil when `policy` says no, the inputs are Floats, there
    /// are more than 65,535 inputs, or the encoded samples would not fit in 4 GB. Reads the
    /// inputs twice (counting, then encoding).
    static func make(from examples: LabeledExamples, policy: Policy) -> SparseInputs? {
        guard policy != .never, case .bytes(let bytes) = examples.storage, examples.inputSize <= 0xFFFF else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            let (width, n) = (examples.inputSize, examples.count)
            let first = base + examples.range.lowerBound * width
            let counts = SparseSampleEncoder.nonZeroCounts(first, samples: n, width: width)
            let total = counts.reduce(0, +)
            if policy == .automatic, total * 3 > n * width { return nil }
            let capacity = n * SparseSampleEncoder.maximumOverhead(width: width) + 2 * total
            guard capacity < Int(UInt32.max) else { return nil }
            return SparseInputs(first, samples: n, width: width, counts: counts, capacity: capacity)
        }
    }

    private init(_ samples: UnsafePointer<UInt8>, samples n: Int, width: Int, counts: [Int], capacity: Int) {
        inputCount = width
        sampleCount = n
        inputOrder = (0..<width).sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
        offsets = .allocate(capacity: n + 1)
        records = .allocate(capacity: capacity)
        scaledBytes = .allocate(capacity: 256)
        for b in 0..<256 { scaledBytes[b] = Float(b) / 255 }
        var encoder = SparseSampleEncoder(inputOrder: inputOrder)
        var end = 0
        for i in 0..<n {
            offsets[i] = UInt32(end)
            end = encoder.encode(samples + i * width, into: records, at: end)
        }
        offsets[n] = UInt32(end)
    }

    deinit {
        offsets.deallocate()
        records.deallocate()
        scaledBytes.deallocate()
    }

    /// 1 + the largest position of a non-zero input of sample i (0 if it has none): the inputs
    /// `0 ..< extent` in `inputOrder` hold all of the sample.
    func extent(ofSample i: Int) -> Int {
        precondition(i >= 0 && i < sampleCount, "sample \(i) outside 0..<\(sampleCount)")
        return SparseSampleEncoder.extent(records + Int(offsets[i]))
    }

    /// Writes samples `indices` as consecutive rows of X restricted to positions `0 ..< width`
    /// (inputs in `inputOrder`, bytes scaled to [0, 1]) and returns `width`, the smallest prefix
    /// holding every non-zero input of the batch (the largest extent). `destination` has room for
    /// `indices.count × inputCount` Floats.
    func copyInputs<Indices: Collection<Int>>(_ indices: Indices, into destination: UnsafeMutablePointer<Float>) -> Int {
        var width = 0
        for i in indices { width = max(width, extent(ofSample: i)) }
        destination.update(repeating: 0, count: indices.count * width)
        var row = destination
        for i in indices {
            SparseSampleEncoder.decode(records, from: Int(offsets[i]), to: Int(offsets[i + 1]),
                                       scaling: scaledBytes, into: row)
            row += width
        }
        return width
    }

    /// Reads one byte per 64-byte line of the records of samples `indices` so that memory fetches
    /// them before the next mini-batch needs them (see `LabeledExamples.warmCache`).
    func warmCache<Indices: Collection<Int>>(for indices: Indices) -> UInt32 {
        var checksum: UInt32 = 0
        for i in indices {
            let (start, end) = (Int(offsets[i]), Int(offsets[i + 1]))
            for r in stride(from: start, to: end, by: 64) { checksum &+= UInt32(records[r]) }
            checksum &+= UInt32(records[end - 1])
        }
        return checksum
    }
}

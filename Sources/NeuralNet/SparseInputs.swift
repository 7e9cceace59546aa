/// The byte inputs of a training set kept sparsely for the first layer: per sample only its
/// non-zero inputs, each under its position in `inputOrder` (the inputs sorted by how many
/// samples they are non-zero in, most first).
///
/// A zero input adds nothing to z¹ = X·w⁰ᵀ nor to ∇w⁰ = δᵀ·X. In the reordered columns the
/// inputs a mini-batch uses lie in a prefix `0 ..< width`, so the first layer's two products
/// run over `width` columns instead of all of them — the same sums without zero terms. MNIST
/// (19% of pixels non-zero) with m = 10: width ≈ 540 of 784. A sample also takes fewer
/// bytes (about 450 instead of 784), so gathering a random mini-batch misses the cache less.
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
    /// Sample i (0-based, relative to the examples) is `records[offsets[i] ..< offsets[i + 1]]`:
    /// a 2-byte little-endian extent (1 + the largest position of a non-zero input, 0 if none),
    /// then 3 bytes per non-zero input: its position (little-endian UInt16) and its value.
    private let offsets: UnsafeMutablePointer<Int>
    private let records: UnsafeMutablePointer<UInt8>
    /// b/255 for every byte b, as `LabeledExamples.copyInputs` scales it.
    private let scaledBytes: UnsafeMutablePointer<Float>
    private let sampleCount: Int

    /// The sparse form of `examples`, or nil when `policy` says no, the inputs are Floats, or
    /// there are more than 65,535 inputs. Reads the inputs twice (counting, then copying).
    static func make(from examples: LabeledExamples, policy: Policy) -> SparseInputs? {
        guard policy != .never, case .bytes(let bytes) = examples.storage, examples.inputSize <= 0xFFFF else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            let (width, n) = (examples.inputSize, examples.count)
            let first = base + examples.range.lowerBound * width
            let counts = nonZeroCounts(first, samples: n, width: width)
            let total = counts.reduce(0, +)
            if policy == .automatic, total * 3 > n * width { return nil }
            return SparseInputs(first, samples: n, width: width, counts: counts, nonZeroCount: total)
        }
    }

    private init(_ samples: UnsafePointer<UInt8>, samples n: Int, width: Int, counts: [Int], nonZeroCount: Int) {
        inputCount = width
        sampleCount = n
        inputOrder = (0..<width).sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
        var position = [UInt16](repeating: 0, count: width)
        for (p, k) in inputOrder.enumerated() { position[k] = UInt16(p) }
        offsets = .allocate(capacity: n + 1)
        // Records are written before it is known whether the value is 0: 3 bytes of slack.
        records = .allocate(capacity: 2 * n + 3 * nonZeroCount + 3)
        scaledBytes = .allocate(capacity: 256)
        for b in 0..<256 { scaledBytes[b] = Float(b) / 255 }
        var end = 0
        position.withUnsafeBufferPointer { position in
            for i in 0..<n {
                offsets[i] = end
                end = Self.appendRecords(of: samples + i * width, width: width, position: position, records: records, at: end)
            }
        }
        offsets[n] = end
    }

    deinit {
        offsets.deallocate()
        records.deallocate()
        scaledBytes.deallocate()
    }

    /// How many of the `n` samples each input is non-zero in.
    private static func nonZeroCounts(_ samples: UnsafePointer<UInt8>, samples n: Int, width: Int) -> [Int] {
        var counts = [UInt32](repeating: 0, count: width)
        counts.withUnsafeMutableBufferPointer { counts in
            for i in 0..<n {
                let sample = samples + i * width
                for k in 0..<width { counts[k] &+= sample[k] != 0 ? 1 : 0 }
            }
        }
        return counts.map(Int.init)
    }

    /// Writes one sample's extent and records at `records[start...]`; returns the end.
    private static func appendRecords(
        of sample: UnsafePointer<UInt8>, width: Int, position: UnsafeBufferPointer<UInt16>,
        records: UnsafeMutablePointer<UInt8>, at start: Int
    ) -> Int {
        var (end, extent) = (start + 2, 0)
        var k = 0
        while k < width {
            // Whole 8-byte words of zeros (MNIST's borders) are skipped at once.
            if k + 8 <= width, UnsafeRawPointer(sample + k).loadUnaligned(as: UInt64.self) == 0 {
                k += 8
                continue
            }
            let (value, p) = (sample[k], Int(position[k]))
            records[end] = UInt8(truncatingIfNeeded: p)
            records[end + 1] = UInt8(truncatingIfNeeded: p >> 8)
            records[end + 2] = value
            let nonZero = value != 0
            end += nonZero ? 3 : 0
            extent = nonZero ? max(extent, p + 1) : extent
            k += 1
        }
        records[start] = UInt8(truncatingIfNeeded: extent)
        records[start + 1] = UInt8(truncatingIfNeeded: extent >> 8)
        return end
    }

    /// 1 + the largest position of a non-zero input of sample i (0 if it has none).
    @inline(__always)
    private func extent(_ i: Int) -> Int {
        let start = offsets[i]
        return Int(records[start]) | Int(records[start + 1]) << 8
    }

    /// Writes samples `indices` as consecutive rows of X restricted to positions `0 ..< width`
    /// (inputs in `inputOrder`, bytes scaled to [0, 1]) and returns `width`, the smallest prefix
    /// holding every non-zero input of the batch. `destination` has room for
    /// `indices.count × inputCount` Floats.
    func copyInputs<Indices: Collection<Int>>(_ indices: Indices, into destination: UnsafeMutablePointer<Float>) -> Int {
        var width = 0
        for i in indices {
            precondition(i >= 0 && i < sampleCount, "sample \(i) outside 0..<\(sampleCount)")
            width = max(width, extent(i))
        }
        destination.update(repeating: 0, count: indices.count * width)
        var row = destination
        for i in indices {
            var r = offsets[i] + 2
            let end = offsets[i + 1]
            while r < end {
                let p = Int(records[r]) | Int(records[r + 1]) << 8
                row[p] = scaledBytes[Int(records[r + 2])]
                r += 3
            }
            row += width
        }
        return width
    }

    /// Reads one byte per 64-byte line of the records of samples `indices` so that memory fetches
    /// them before the next mini-batch needs them (see `LabeledExamples.warmCache`).
    func warmCache<Indices: Collection<Int>>(for indices: Indices) -> UInt32 {
        var checksum: UInt32 = 0
        for i in indices {
            let (start, end) = (offsets[i], offsets[i + 1])
            for r in stride(from: start, to: end, by: 64) { checksum &+= UInt32(records[r]) }
            checksum &+= UInt32(records[end - 1])
        }
        return checksum
    }
}

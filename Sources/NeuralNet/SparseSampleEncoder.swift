/// The byte format of one sample in `SparseInputs`, and its encoding and decoding.
///
/// A sample is a 2-byte little-endian extent (1 + the largest position of a non-zero input,
/// 0 if none) followed by 2-byte records in increasing position: (d, v) with d in 1...255
/// means "the next non-zero input is d positions after the previous one (the first: at d − 1)
/// and its value is v"; d = 0 means "advance 255 positions" (for gaps longer than 255).
struct SparseSampleEncoder {
    /// position[k]: where input k goes (the inverse of the input order).
    private var position: [UInt16]
    /// Values by position for the sample being encoded (all 0 between samples), padded to whole
    /// 8-byte words.
    private var byPosition: [UInt8]

    /// An encoder for inputs reordered so that input `inputOrder[p]` has position p.
    /// - Precondition: `inputOrder` is a permutation of `0 ..< inputOrder.count` (≤ 65,536 inputs).
    init(inputOrder: [Int]) {
        position = [UInt16](repeating: 0, count: inputOrder.count)
        for (p, k) in inputOrder.enumerated() { position[k] = UInt16(p) }
        byPosition = [UInt8](repeating: 0, count: (inputOrder.count + 7) / 8 * 8)
    }

    /// Bytes one sample of `width` inputs takes beyond 2 per non-zero input: the extent and the
    /// most "advance" records it can need.
    static func maximumOverhead(width: Int) -> Int { 2 + 2 * (width / 255) }

    /// How many of the `n` samples each input is non-zero in.
    static func nonZeroCounts(_ samples: UnsafePointer<UInt8>, samples n: Int, width: Int) -> [Int] {
        var counts = [UInt32](repeating: 0, count: width)
        counts.withUnsafeMutableBufferPointer { counts in
            for i in 0..<n {
                let sample = samples + i * width
                for k in 0..<width { counts[k] &+= sample[k] != 0 ? 1 : 0 }
            }
        }
        return counts.map(Int.init)
    }

    /// Encodes the `position.count` bytes at `sample` into `records[start...]`; returns the end.
    mutating func encode(_ sample: UnsafePointer<UInt8>, into records: UnsafeMutablePointer<UInt8>, at start: Int) -> Int {
        var (end, previous) = (start + 2, -1)
        position.withUnsafeBufferPointer { position in
            byPosition.withUnsafeMutableBufferPointer { byPosition in
                Self.forEachNonZero(sample, count: position.count) { k in byPosition[Int(position[k])] = sample[k] }
                Self.forEachNonZero(UnsafePointer(byPosition.baseAddress!), count: byPosition.count) { p in
                    var gap = p - previous
                    while gap > 255 {
                        records[end] = 0
                        records[end + 1] = 0
                        (end, gap) = (end + 2, gap - 255)
                    }
                    records[end] = UInt8(gap)
                    records[end + 1] = byPosition[p]
                    (end, previous, byPosition[p]) = (end + 2, p, 0)
                }
            }
        }
        records[start] = UInt8(truncatingIfNeeded: previous + 1)
        records[start + 1] = UInt8(truncatingIfNeeded: (previous + 1) >> 8)
        return end
    }

    /// Calls `body` with the index of every non-zero byte of `bytes[0 ..< count]`, in order.
    @inline(__always)
    private static func forEachNonZero(_ bytes: UnsafePointer<UInt8>, count: Int, _ body: (Int) -> Void) {
        var k = 0
        while k + 8 <= count {
            // One bit per non-zero byte of the next 8 (zero words — MNIST's borders — cost one test).
            let word = UnsafeRawPointer(bytes + k).loadUnaligned(as: UInt64.self)
            var nonZero = ((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F | word) & 0x8080_8080_8080_8080
            while nonZero != 0 {
                body(k + nonZero.trailingZeroBitCount >> 3)
                nonZero &= nonZero &- 1
            }
            k += 8
        }
        for k in k..<count where bytes[k] != 0 { body(k) }
    }

    /// The extent of the sample whose bytes start at `sample`.
    @inline(__always)
    static func extent(_ sample: UnsafePointer<UInt8>) -> Int {
        Int(sample[0]) | Int(sample[1]) << 8
    }

    /// Writes `scaling[v]` at `row[p]` for every non-zero input (p, v) of the sample in
    /// `records[start ..< end]` (the other entries of `row` are left alone).
    @inline(__always)
    static func decode(_ records: UnsafePointer<UInt8>, from start: Int, to end: Int,
                       scaling: UnsafePointer<Float>, into row: UnsafeMutablePointer<Float>) {
        var (r, p) = (start + 2, -1)
        let bytes = UnsafeRawPointer(records)
        while r < end {
            let record = Int(bytes.loadUnaligned(fromByteOffset: r, as: UInt16.self).littleEndian)
            let gap = record & 0xFF
            if gap == 0 {
                p += 255
            } else {
                p += gap
                row[p] = scaling[record >> 8]
            }
            r += 2
        }
    }
}

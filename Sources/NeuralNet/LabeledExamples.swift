/// n labelled samples for training or evaluation; the sample index is the row.
///
/// Inputs are stored either as bytes (e.g. MNIST pixels, kept as `UInt8` and scaled ÷255 to
/// [0, 1] only when a mini-batch is formed) or as ready-made Floats, `count × inputSize`
/// sample-major. Labels are class indices; the target y(x) is their one-hot vector of
/// `classCount` entries. Neither initialiser copies the arrays (copy-on-write) and `subset`
/// shares the storage, so slicing 60,000 images costs nothing.
///
/// Labels are not checked here: training rejects labels ≥ `classCount`; evaluation counts
/// them as wrong with y = 0.
public struct LabeledExamples: Sendable {
    enum Storage: Sendable {
        case bytes([UInt8])
        case floats([Float])
    }

    let storage: Storage
    let labels: [UInt8]
    /// The samples of `storage`/`labels` this value covers.
    let range: Range<Int>

    /// Values per sample (the network's `sizes[0]`).
    public let inputSize: Int
    /// Number of classes (the network's output size); labels are in `0 ..< classCount`.
    public let classCount: Int

    /// Samples from bytes scaled ÷255 when used: sample i is `bytes[i*inputSize ..< (i+1)*inputSize]`.
    /// - Precondition: `bytes.count == labels.count * inputSize`, `inputSize > 0`, `classCount > 0`.
    public init(bytes: [UInt8], labels: [UInt8], inputSize: Int, classCount: Int) {
        self.init(storage: .bytes(bytes), valueCount: bytes.count, labels: labels,
                  inputSize: inputSize, classCount: classCount)
    }

    /// Samples from Floats used as they are: sample i is `floats[i*inputSize ..< (i+1)*inputSize]`.
    /// - Precondition: `floats.count == labels.count * inputSize`, `inputSize > 0`, `classCount > 0`.
    public init(floats: [Float], labels: [UInt8], inputSize: Int, classCount: Int) {
        self.init(storage: .floats(floats), valueCount: floats.count, labels: labels,
                  inputSize: inputSize, classCount: classCount)
    }

    private init(storage: Storage, valueCount: Int, labels: [UInt8], inputSize: Int, classCount: Int) {
        precondition(inputSize > 0 && classCount > 0, "LabeledExamples needs positive inputSize and classCount")
        precondition(valueCount == labels.count * inputSize,
                     "LabeledExamples: \(valueCount) input values for \(labels.count) labels of \(inputSize) inputs")
        self.storage = storage
        self.labels = labels
        self.range = 0..<labels.count
        self.inputSize = inputSize
        self.classCount = classCount
    }

    private init(sharing other: LabeledExamples, range: Range<Int>) {
        storage = other.storage
        labels = other.labels
        self.range = range
        inputSize = other.inputSize
        classCount = other.classCount
    }

    /// The number of samples n.
    public var count: Int { range.count }

    /// Samples `range` (0-based, relative to this value) sharing the same storage — no copy.
    /// - Precondition: `range` lies within `0 ..< count`.
    public func subset(_ range: Range<Int>) -> LabeledExamples {
        precondition(range.lowerBound >= 0 && range.upperBound <= count, "subset \(range) outside 0..<\(count)")
        return LabeledExamples(sharing: self, range: (self.range.lowerBound + range.lowerBound) ..< (self.range.lowerBound + range.upperBound))
    }

    /// The `inputSize` input values x of sample `index`, bytes scaled to [0, 1].
    public func input(at index: Int) -> [Float] {
        [Float](unsafeUninitializedCapacity: inputSize) { buffer, initialized in
            if let base = buffer.baseAddress { copyInputs(CollectionOfOne(index), into: base) }
            initialized = inputSize
        }
    }

    /// The class label of sample `index`.
    public func label(at index: Int) -> Int {
        precondition(index >= 0 && index < count, "sample \(index) outside 0..<\(count)")
        return Int(labels[range.lowerBound + index])
    }

    /// The first sample whose label is not in `0 ..< classCount`, if any.
    func firstInvalidLabel() -> (index: Int, label: Int)? {
        guard let position = labels[range].firstIndex(where: { Int($0) >= classCount }) else { return nil }
        return (position - range.lowerBound, Int(labels[position]))
    }

    /// Writes samples `indices` (relative to this value) as consecutive rows of `inputSize` Floats
    /// starting at `destination`, scaling bytes to [0, 1]: the gather that forms a mini-batch.
    /// Bytes are multiplied by 1/255 in Double, which vectorises and rounds to exactly the Float
    /// b/255 for every byte b (checked for all 256), unlike a Float multiply.
    func copyInputs<Indices: Collection<Int>>(_ indices: Indices, into destination: UnsafeMutablePointer<Float>) {
        let width = inputSize
        let first = range.lowerBound
        for index in indices { precondition(index >= 0 && index < range.count, "sample \(index) outside 0..<\(count)") }
        switch storage {
        case .bytes(let bytes):
            bytes.withUnsafeBufferPointer { source in
                guard let base = source.baseAddress else { return }
                var row = destination
                for index in indices {
                    let sample = base + (first + index) * width
                    for k in 0..<width { row[k] = Float(Double(sample[k]) * (1.0 / 255)) }
                    row += width
                }
            }
        case .floats(let floats):
            floats.withUnsafeBufferPointer { source in
                guard let base = source.baseAddress else { return }
                var row = destination
                for index in indices {
                    row.update(from: base + (first + index) * width, count: width)
                    row += width
                }
            }
        }
    }

    /// Reads one value per 64-byte cache line of samples `indices`, so that memory fetches them
    /// (many lines in parallel) before the next mini-batch is gathered from randomly scattered
    /// samples. Returns a meaningless checksum the caller keeps, so the reads are not optimised away.
    func warmCache<Indices: Collection<Int>>(for indices: Indices) -> UInt32 {
        let (width, first) = (inputSize, range.lowerBound)
        switch storage {
        case .bytes(let bytes):
            return bytes.withUnsafeBufferPointer {
                Self.touchLines(of: $0, indices, first: first, width: width, valuesPerLine: 64) { UInt32($0) }
            }
        case .floats(let floats):
            return floats.withUnsafeBufferPointer {
                Self.touchLines(of: $0, indices, first: first, width: width, valuesPerLine: 16) { $0.bitPattern }
            }
        }
    }

    private static func touchLines<Value, Indices: Collection<Int>>(
        of source: UnsafeBufferPointer<Value>, _ indices: Indices, first: Int, width: Int, valuesPerLine: Int,
        _ bits: (Value) -> UInt32
    ) -> UInt32 {
        guard let base = source.baseAddress else { return 0 }
        var checksum: UInt32 = 0
        for index in indices {
            let sample = base + (first + index) * width
            for offset in stride(from: 0, to: width, by: valuesPerLine) { checksum &+= bits(sample[offset]) }
        }
        return checksum
    }

    /// Writes the labels of samples `indices` (relative to this value) to `destination`.
    func copyLabels<Indices: Collection<Int>>(_ indices: Indices, into destination: UnsafeMutablePointer<Int>) {
        var position = destination
        for index in indices {
            position.pointee = Int(labels[range.lowerBound + index])
            position += 1
        }
    }
}

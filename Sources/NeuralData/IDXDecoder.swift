/// Decodes the IDX format from a ``ByteStream``: magic `00 00 TT DD` (TT element type, DD
/// number of dimensions), DD big-endian UInt32 dimensions, then the values big-endian in
/// row-major order. Values are read straight into their final array and byte-swapped in place.
///
/// Memory follows the data, never the header: the array starts at the stream's
/// `initialCapacity` and doubles as decompressed bytes actually arrive, so a small file whose
/// header claims billions of values fails as truncated having allocated about what it held.
/// Reading goes in pieces of `pieceBytes`, asking `isCancelled` between them.
enum IDXDecoder {
    /// Bytes read between two looks at `isCancelled`.
    static let pieceBytes = 1 << 22

    /// A decoded array plus the dimensions its header declared (they differ from the array's
    /// only in the first one, when `firstDimensionLimit` cut the array short).
    struct Decoded {
        let array: IDXArray
        let declaredDimensions: [Int]
    }

    /// Decodes one IDX file. With `firstDimensionLimit`, only that many entries along the first
    /// dimension (e.g. the first N images) are read and the rest of the file is not checked.
    static func decode(
        from stream: ByteStream, path: String, firstDimensionLimit: Int? = nil,
        isCancelled: @escaping () -> Bool = { false }
    ) throws(DataError) -> Decoded {
        let reader = PieceReader(stream: stream, path: path, isCancelled: isCancelled)
        let magic = try stream.readBytes(4)
        guard magic.count == 4 else {
            if magic.count >= 2 && (magic[0] != 0 || magic[1] != 0) {
                throw .wrongMagic(path: path, firstBytes: magic)
            }
            throw .truncated(path: path, expectedBytes: 4, foundBytes: magic.count)
        }
        guard magic[0] == 0, magic[1] == 0 else { throw .wrongMagic(path: path, firstBytes: magic) }
        guard let elementType = IDXElementType(rawValue: magic[2]) else {
            throw .unknownElementType(path: path, code: magic[2])
        }
        let headerBytes = 4 + 4 * Int(magic[3])
        let dimensionBytes = try stream.readBytes(headerBytes - 4)
        guard dimensionBytes.count == headerBytes - 4 else {
            throw .truncated(path: path, expectedBytes: headerBytes, foundBytes: 4 + dimensionBytes.count)
        }
        let declared = stride(from: 0, to: dimensionBytes.count, by: 4).map { offset in
            dimensionBytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        guard let declaredBytes = byteCount(of: declared, elementType: elementType) else {
            throw .tooLarge(path: path, dimensions: declared)
        }
        let expectedFileBytes = headerBytes + declaredBytes

        var dimensions = declared
        if let limit = firstDimensionLimit, let first = dimensions.first {
            dimensions[0] = min(first, max(0, limit))
        }
        let isComplete = dimensions == declared
        let wanted = dimensions.reduce(1, *)
        guard wanted * elementType.byteWidth <= stream.remainingUpperBound else {
            let found = headerBytes + (try reader.drain())
            throw .truncated(path: path, expectedBytes: expectedFileBytes, foundBytes: found)
        }

        let (values, got) = try readValues(elementType, count: wanted, from: reader)
        guard got == wanted * elementType.byteWidth else {
            throw .truncated(path: path, expectedBytes: expectedFileBytes, foundBytes: headerBytes + got)
        }
        if isComplete {
            let extra = try reader.drain()
            guard extra == 0 else {
                throw .trailingBytes(
                    path: path, expectedBytes: expectedFileBytes, foundBytes: expectedFileBytes + extra)
            }
        }
        return Decoded(array: IDXArray(validated: dimensions, values: values), declaredDimensions: declared)
    }

    /// Bytes of data the dimensions describe, or nil if that overflows.
    static func byteCount(of dimensions: [Int], elementType: IDXElementType) -> Int? {
        var total = elementType.byteWidth
        for dimension in dimensions {
            let (product, overflow) = total.multipliedReportingOverflow(by: dimension)
            guard !overflow else { return nil }
            total = product
        }
        return total
    }

    /// Reads `count` values of `elementType`, returning them and the number of bytes read
    /// (less than `count × width` if the stream ended early).
    private static func readValues(
        _ elementType: IDXElementType, count: Int, from stream: PieceReader
    ) throws(DataError) -> (IDXValues, Int) {
        switch elementType {
        case .uint8:
            let (v, got) = try fill(UInt8.self, count: count, from: stream)
            return (.uint8(v), got)
        case .int8:
            let (v, got) = try fill(Int8.self, count: count, from: stream)
            return (.int8(v), got)
        case .int16:
            let (v, got) = try fill(Int16.self, count: count, from: stream)
            return (.int16(v), got)
        case .int32:
            let (v, got) = try fill(Int32.self, count: count, from: stream)
            return (.int32(v), got)
        case .float32:
            let (v, got) = try fill(Float.self, count: count, from: stream)
            return (.float32(v), got)
        case .float64:
            let (v, got) = try fill(Double.self, count: count, from: stream)
            return (.float64(v), got)
        }
    }

    /// Reads up to `count` big-endian values into an array's own storage, growing it as the bytes
    /// arrive (never beyond what arrived, rounded up to a doubling), and converts them to host
    /// order in place. Returns the array (at least the values read) and the bytes read.
    private static func fill<T: BitwiseCopyable & Numeric>(
        _: T.Type, count: Int, from stream: PieceReader
    ) throws(DataError) -> ([T], Int) {
        let width = MemoryLayout<T>.size
        var array = [T](repeating: 0, count: min(count, max(1, stream.initialCapacity / width)))
        var filled = 0
        while true {
            let result: Result<Int, DataError> = array.withUnsafeMutableBytes { bytes in
                Result { () throws(DataError) in try stream.fill(UnsafeMutableRawBufferPointer(rebasing: bytes[filled...])) }
            }
            filled += try result.get()
            guard filled == array.count * width, array.count < count else { break }
            array += repeatElement(0, count: min(count, array.count * 2) - array.count)
        }
        array.withUnsafeMutableBytes { bytes in
            BigEndian.toHostOrder(UnsafeMutableRawBufferPointer(rebasing: bytes[..<(filled / width * width)]), width: width)
        }
        return (array, filled)
    }
}

/// A ``ByteStream`` read in pieces of at most `IDXDecoder.pieceBytes`, with a look at
/// `isCancelled` before each piece.
struct PieceReader {
    let stream: ByteStream
    let path: String
    let isCancelled: () -> Bool

    var initialCapacity: Int { stream.initialCapacity }

    /// Fills `buffer` as far as the stream goes; returns the bytes written.
    func fill(_ buffer: UnsafeMutableRawBufferPointer) throws(DataError) -> Int {
        var filled = 0
        while filled < buffer.count {
            if isCancelled() { throw .interrupted(what: "'\(path)'") }
            let piece = UnsafeMutableRawBufferPointer(rebasing: buffer[filled..<min(buffer.count, filled + IDXDecoder.pieceBytes)])
            let got = try stream.read(into: piece)
            filled += got
            if got < piece.count { break }
        }
        return filled
    }

    /// Reads and discards the rest of the stream, returning how many bytes it held.
    func drain() throws(DataError) -> Int {
        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 8)
        defer { scratch.deallocate() }
        var total = 0
        while true {
            if isCancelled() { throw .interrupted(what: "'\(path)'") }
            let got = try stream.read(into: scratch)
            total += got
            if got < scratch.count { return total }
        }
    }
}

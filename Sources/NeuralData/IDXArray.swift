/// An n-dimensional array in the IDX format of LeCun's MNIST files.
///
/// In the file: magic `00 00 TT DD` (TT the element type code, DD the number of dimensions),
/// DD dimensions as big-endian UInt32, then the values big-endian, row-major (the last index
/// varies fastest). Here the values are decoded to host order; `values.count` is always the
/// product of `dimensions` (1 for zero dimensions). MNIST images are `uint8` with dimensions
/// `[count, rows, columns]`, labels `uint8` with `[count]`.
public struct IDXArray: Sendable, Equatable {
    /// The type of every value, as coded in the magic number.
    public let elementType: IDXElementType
    /// The size along each dimension, slowest-varying first (for images: count, rows, columns).
    public let dimensions: [Int]
    /// The values in row-major order, in host byte order.
    public let values: IDXValues

    /// An array of `values` shaped by `dimensions`; throws ``DataError/invalidArray(problem:)``
    /// unless there are at most 255 dimensions, each in 0…4,294,967,295, and their product
    /// equals `values.count`.
    public init(dimensions: [Int], values: IDXValues) throws(DataError) {
        guard dimensions.count <= 255 else {
            throw .invalidArray(problem: "IDX allows at most 255 dimensions, not \(dimensions.count)")
        }
        if let bad = dimensions.first(where: { $0 < 0 || $0 > Int(UInt32.max) }) {
            throw .invalidArray(problem: "dimension \(bad) is outside 0…4,294,967,295")
        }
        let product = IDXDecoder.byteCount(of: dimensions, elementType: .uint8)
        guard product == values.count else {
            throw .invalidArray(
                problem: "dimensions \(dimensions.dimensionsText) need \(product.map(\.grouped) ?? "too many") "
                    + "values, but \(values.count.grouped) were given")
        }
        self.init(validated: dimensions, values: values)
    }

    /// An array whose dimensions are known to fit its values.
    init(validated dimensions: [Int], values: IDXValues) {
        self.elementType = values.elementType
        self.dimensions = dimensions
        self.values = values
    }

    /// Decodes the bytes of an IDX file. Gzip-compressed bytes (starting `1f 8b`) are inflated
    /// first. `source` names the bytes' origin (a path) in error messages.
    public static func decode(_ bytes: [UInt8], source: String) throws(DataError) -> IDXArray {
        let result: Result<IDXArray, DataError> = bytes.withUnsafeBytes { buffer in
            do throws(DataError) {
                return .success(try decode(buffer, path: source, firstDimensionLimit: nil).array)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Reads an IDX file, gzip-compressed (recognised by its first bytes `1f 8b`, whatever its
    /// name) or raw. With `limit`, reads only the first `limit` entries along the first
    /// dimension (e.g. the first `limit` images) and decompresses no further.
    /// `isCancelled` is asked between pieces of a few megabytes; when it says yes, reading stops
    /// with ``DataError/interrupted(what:)``.
    public static func read(
        contentsOf path: String, limit: Int? = nil, isCancelled: @escaping () -> Bool = { false }
    ) throws(DataError) -> IDXArray {
        try readDeclaringDimensions(contentsOf: path, limit: limit, isCancelled: isCancelled).array
    }

    /// Like ``read(contentsOf:limit:)``, also returning the dimensions the header declared.
    static func readDeclaringDimensions(
        contentsOf path: String, limit: Int?, isCancelled: @escaping () -> Bool = { false }
    ) throws(DataError) -> IDXDecoder.Decoded {
        try FileBytes.withContents(of: path) { bytes throws(DataError) in
            try decode(bytes, path: path, firstDimensionLimit: limit, isCancelled: isCancelled)
        }
    }

    /// Decodes gzip or raw IDX bytes. A `.gz` name on bytes that are neither gzip nor IDX is
    /// reported as "not gzip"; a `.gz` name on raw IDX bytes (as some browsers save them) is fine.
    private static func decode(
        _ bytes: UnsafeRawBufferPointer, path: String, firstDimensionLimit: Int?, isCancelled: @escaping () -> Bool = { false }
    ) throws(DataError) -> IDXDecoder.Decoded {
        let start = Array(bytes.prefix(4))
        if start.count >= 2 && start[0] == 0x1f && start[1] == 0x8b {
            return try IDXDecoder.decode(
                from: try GzipInflater(bytes, path: path), path: path, firstDimensionLimit: firstDimensionLimit,
                isCancelled: isCancelled)
        }
        let looksLikeIDX = start.count >= 2 && start[0] == 0 && start[1] == 0
        if path.hasSuffix(".gz") && !looksLikeIDX {
            throw .notGzip(path: path, firstBytes: start)
        }
        return try IDXDecoder.decode(from: RawByteStream(bytes), path: path, firstDimensionLimit: firstDimensionLimit,
                                     isCancelled: isCancelled)
    }

    /// The raw (uncompressed) IDX file for this array: magic, big-endian dimensions, big-endian values.
    public func encoded() -> [UInt8] {
        var header: [UInt8] = [0, 0, elementType.rawValue, UInt8(dimensions.count)]
        for dimension in dimensions {
            let value = UInt32(truncatingIfNeeded: dimension)
            header += [UInt8(value >> 24), UInt8(value >> 16 & 0xff), UInt8(value >> 8 & 0xff), UInt8(value & 0xff)]
        }
        switch values {
        case .uint8(let v): return header + v
        case .int8(let v): return Self.append(v, to: header)
        case .int16(let v): return Self.append(v, to: header)
        case .int32(let v): return Self.append(v, to: header)
        case .float32(let v): return Self.append(v, to: header)
        case .float64(let v): return Self.append(v, to: header)
        }
    }

    /// Writes the array as an IDX file at `path`, gzip-compressed if `gzip` is true, atomically
    /// (a reader never sees a half-written file).
    public func write(toFile path: String, gzip: Bool) throws(DataError) {
        let bytes = encoded()
        try FileBytes.writeAtomically(gzip ? try GzipCompressor.compress(bytes, path: path) : bytes, to: path)
    }

    /// `header` followed by `values` in big-endian byte order.
    private static func append<T: BitwiseCopyable>(_ values: [T], to header: [UInt8]) -> [UInt8] {
        var bytes = header
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        bytes.withUnsafeMutableBytes { buffer in
            BigEndian.toHostOrder(
                UnsafeMutableRawBufferPointer(rebasing: buffer[header.count...]), width: MemoryLayout<T>.size)
        }
        return bytes
    }
}

import CZlib

/// One-shot gzip compression with zlib's `deflate` (window bits 15 + 16 select the gzip wrapper).
public enum GzipCompressor {
    /// The gzip file for `bytes`, at zlib's default compression level; `path` names the
    /// destination in error messages.
    public static func compress(_ bytes: [UInt8], path: String) throws(DataError) -> [UInt8] {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer {
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        let started = deflateInit2_(
            stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
            zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard started == Z_OK else {
            throw .unwritable(path: path, reason: "zlib could not start compressing (status \(started))")
        }
        defer { deflateEnd(stream) }
        guard bytes.count < Int(UInt32.max) / 2 else {
            throw .unwritable(path: path, reason: "the data is too large to compress in one piece")
        }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, uLong(bytes.count))) + 32)
        let status = bytes.withUnsafeBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.pointee.next_in = inBuffer.baseAddress.map { UnsafeMutablePointer(mutating: $0) }
                stream.pointee.avail_in = UInt32(inBuffer.count)
                stream.pointee.next_out = outBuffer.baseAddress
                stream.pointee.avail_out = UInt32(outBuffer.count)
                return deflate(stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else {
            throw .unwritable(path: path, reason: "zlib could not compress the data (status \(status))")
        }
        output.removeLast(Int(stream.pointee.avail_out))
        return output
    }
}

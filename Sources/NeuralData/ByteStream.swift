/// A source of decompressed IDX bytes, read front to back into caller-owned memory, so the
/// decoder can pour values straight into their final array (no intermediate copy).
protocol ByteStream: AnyObject {
    /// Fills as much of `buffer` as possible and returns the number of bytes written;
    /// fewer than `buffer.count` only at the end of the stream.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(DataError) -> Int

    /// A bound no smaller than the number of bytes still to come, used to reject a header that
    /// promises more data than the file can hold before allocating memory for it.
    var remainingUpperBound: Int { get }

    /// How many bytes to make room for before any arrive: the exact remainder for raw bytes; for
    /// a compressed stream a guess from its trailer and its size, since a header's claim (or a
    /// trailer's) is never trusted with memory — the room grows as the data actually arrives.
    var initialCapacity: Int { get }
}

extension ByteStream {
    /// Reads up to `count` bytes into a new array (shorter only at the end of the stream).
    func readBytes(_ count: Int) throws(DataError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        let got: Result<Int, DataError> = bytes.withUnsafeMutableBytes { buffer in
            do throws(DataError) { return .success(try read(into: buffer)) } catch { return .failure(error) }
        }
        return Array(bytes.prefix(try got.get()))
    }
}

/// The bytes of an uncompressed IDX file held in memory (an array or a mapped file).
final class RawByteStream: ByteStream {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    /// Streams `bytes`, which must stay valid while the stream is used.
    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        let count = min(buffer.count, bytes.count - offset)
        guard count > 0, let source = bytes.baseAddress, let target = buffer.baseAddress else { return 0 }
        target.copyMemory(from: source + offset, byteCount: count)
        offset += count
        return count
    }

    var remainingUpperBound: Int { bytes.count - offset }

    var initialCapacity: Int { remainingUpperBound }
}

import CZlib

/// Decompresses a gzip file held in memory as a ``ByteStream``, chunk by chunk, using zlib's
/// `inflate` with automatic gzip/zlib header detection (window bits 15 + 32). Concatenated
/// gzip members (as `cat a.gz b.gz` makes) are read as one stream, like `gunzip` does.
final class GzipInflater: ByteStream {
    /// Deflate cannot compress better than 1032 : 1, which bounds the decompressed size.
    private static let maximumRatio = 1032

    private let stream: UnsafeMutablePointer<z_stream>
    private let input: UnsafeRawBufferPointer
    private let path: String
    private var fed = 0
    private var finished = false
    private var delivered = 0

    /// Starts inflating `input` (which must stay valid while the stream is used); `path` names
    /// the file in error messages.
    init(_ input: UnsafeRawBufferPointer, path: String) throws(DataError) {
        self.input = input
        self.path = path
        // zlib keeps a pointer back to its z_stream, so the z_stream must not move: heap-allocate it.
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = inflateInit2_(stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw .corruptGzip(path: path, reason: "zlib could not start decompressing (status \(status))")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    var remainingUpperBound: Int {
        let unread = input.count - fed + Int(stream.pointee.avail_in)
        return unread.multipliedReportingOverflow(by: Self.maximumRatio).partialValue + 1024
    }

    /// The smaller of the size the gzip trailer states (the last member's ISIZE: the size modulo
    /// 2³², so only a guess) and 16 times the compressed size, and at least 64 KB.
    var initialCapacity: Int {
        let tail = Array(input.suffix(4))
        let stated = tail.count == 4 ? tail.reversed().reduce(0) { $0 << 8 | Int($1) } : 0
        return max(1 << 16, min(stated, input.count.multipliedReportingOverflow(by: 16).partialValue))
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(DataError) -> Int {
        guard let target = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return 0 }
        var produced = 0
        while produced < buffer.count && !finished {
            feedInputIfNeeded()
            let room = UInt32(clamping: buffer.count - produced)
            stream.pointee.next_out = target + produced
            stream.pointee.avail_out = room
            let status = inflate(stream, Z_NO_FLUSH)
            produced += Int(room - stream.pointee.avail_out)
            switch status {
            case Z_OK:
                continue
            case Z_STREAM_END:
                if nextMemberFollows() { inflateReset(stream) } else { finished = true }
            case Z_BUF_ERROR where stream.pointee.avail_in == 0 && fed == input.count:
                throw .corruptGzip(
                    path: path,
                    reason: "the compressed data ends early, after "
                        + "\((delivered + produced).grouped) decompressed bytes "
                        + "(the file is truncated, as an interrupted download or copy leaves it)")
            case Z_BUF_ERROR:
                continue
            case Z_MEM_ERROR:
                throw .corruptGzip(path: path, reason: "zlib ran out of memory")
            default:
                let detail = stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)"
                throw .corruptGzip(path: path, reason: "the compressed data is invalid (\(detail))")
            }
        }
        delivered += produced
        return produced
    }

    /// Hands zlib the next piece of input once it has consumed the previous one (zlib counts
    /// input in 32-bit units, so inputs over 4 GB go in pieces).
    private func feedInputIfNeeded() {
        guard stream.pointee.avail_in == 0, fed < input.count, let base = input.baseAddress else { return }
        let piece = min(input.count - fed, Int(UInt32.max))
        stream.pointee.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: UInt8.self) + fed)
        stream.pointee.avail_in = UInt32(piece)
        fed += piece
    }

    /// True when the unread input starts another gzip member (signature 1f 8b). Anything else
    /// after the end of the stream is ignored, as `gunzip` does.
    private func nextMemberFollows() -> Bool {
        feedInputIfNeeded()
        guard stream.pointee.avail_in >= 2, let next = stream.pointee.next_in else { return false }
        return next[0] == 0x1f && next[1] == 0x8b
    }
}

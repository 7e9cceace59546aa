import Glibc

/// Why a file could not be read, as a phrase that follows the file's name
/// (`/dev/zero: it is a character device, not a regular file`).
public enum ReadProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing exists at the path (or a directory on the way is missing); also for an empty path.
    case notFound
    /// The path is a directory.
    case isDirectory
    /// The path exists but is a device, a FIFO, a socket…: nns reads only regular files, since
    /// the others can be endless (`/dev/zero`) or block forever (a FIFO nobody writes to).
    case notRegular(FileKind)
    /// The process may not read it.
    case permissionDenied
    /// The file is larger than a file of its kind can be: `limit.bytes` for `limit.kind`.
    case tooLarge(bytes: Int, limit: ReadLimit)
    /// Another system error while opening or reading (the system's sentence).
    case failed(String)

    /// The problem after the file's name: "there is no such file", "it is a directory",
    /// "it is a character device, not a regular file", "it is 3 GB, larger than a model file can be (2 GB)".
    public var description: String {
        switch self {
        case .notFound: return "there is no such file"
        case .isDirectory: return "it is a directory, not a file"
        case .notRegular(let kind): return "it is \(kind), not a regular file"
        case .permissionDenied: return "permission denied"
        case .tooLarge(let bytes, let limit):
            return "it is \(sizeText(bytes)), larger than \(limit.kind) can be (\(sizeText(limit.bytes)))"
        case .failed(let reason): return reason
        }
    }
}

/// The most a file of some kind may hold, so that a huge file is refused before it is read.
public struct ReadLimit: Sendable, Equatable {
    /// The largest size accepted, in bytes.
    public let bytes: Int
    /// The kind of file as a noun phrase for messages: "an nns script", "an nns model file".
    public let kind: String

    /// At most `bytes` bytes for a file described as `kind`.
    public init(bytes: Int, kind: String) {
        self.bytes = bytes
        self.kind = kind
    }
}

/// Reading whole files that are known to be regular files: opened without blocking (a FIFO with
/// no writer cannot stall the open), checked with `fstat` on the open descriptor (no race with a
/// file swapped in between), and read up to a limit.
public enum RegularFile {
    /// All bytes of the regular file at `path`, which may hold at most `limit` bytes (nil: any size).
    /// - Throws: `ReadProblem`.
    public static func read(_ path: String, limit: ReadLimit? = nil) throws(ReadProblem) -> [UInt8] {
        let descriptor = try openChecked(path, limit: limit)
        defer { close(descriptor.fd) }
        let ceiling = limit?.bytes ?? Int.max
        var bytes = [UInt8](repeating: 0, count: descriptor.size)
        var filled = 0
        // The size from fstat is a hint: a file that grows while it is read is read to its end
        // (still within the limit); one that shrinks gives what is there.
        while true {
            if filled == bytes.count {
                var probe: UInt8 = 0
                let count = try readSome(descriptor.fd, &probe, 1)
                if count == 0 { break }
                if let limit, filled >= limit.bytes { throw .tooLarge(bytes: filled + 1, limit: limit) }
                bytes.append(probe)
                filled += 1
                bytes += repeatElement(0, count: min(max(bytes.count, 1 << 16), ceiling - bytes.count))
                continue
            }
            let result = bytes.withUnsafeMutableBytes { buffer in
                Result { () throws(ReadProblem) in try readSome(descriptor.fd, buffer.baseAddress! + filled, buffer.count - filled) }
            }
            let count = try result.get()
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// One `read` of up to `count` bytes, retried when a signal interrupts it; 0 at the end.
    private static func readSome(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) throws(ReadProblem) -> Int {
        while true {
            let got = Glibc.read(fd, buffer, count)
            if got >= 0 { return got }
            if errno != EINTR { throw .failed(systemError()) }
        }
    }

    /// Calls `body` with the bytes of the regular file at `path`, mapped into memory rather than
    /// copied (so a large raw file costs no heap); the buffer is valid only during the call.
    /// - Throws: `ReadProblem`, or what `body` throws.
    public static func withMappedBytes<R, E: Error>(
        _ path: String, limit: ReadLimit? = nil, _ body: (UnsafeRawBufferPointer) throws(E) -> R
    ) throws(MappedReadError<E>) -> R {
        let descriptor: (fd: Int32, size: Int)
        do {
            descriptor = try openChecked(path, limit: limit)
        } catch {
            throw .problem(error)
        }
        defer { close(descriptor.fd) }
        guard descriptor.size > 0 else {
            do { return try body(UnsafeRawBufferPointer(start: nil, count: 0)) } catch { throw .body(error) }
        }
        guard let base = mmap(nil, descriptor.size, PROT_READ, MAP_PRIVATE, descriptor.fd, 0), base != MAP_FAILED else {
            throw .problem(.failed(systemError()))
        }
        defer { munmap(base, descriptor.size) }
        do {
            return try body(UnsafeRawBufferPointer(start: base, count: descriptor.size))
        } catch {
            throw .body(error)
        }
    }

    /// The kind of thing at `path`, following symbolic links; nil when nothing is there.
    public static func kind(of path: String) -> FileKind? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileKind(mode: status.st_mode)
    }

    /// Opens `path` for reading without blocking and checks that it is a regular file within `limit`.
    private static func openChecked(_ path: String, limit: ReadLimit?) throws(ReadProblem) -> (fd: Int32, size: Int) {
        guard !path.isEmpty else { throw .notFound }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw .notFound
            case EACCES, EPERM: throw .permissionDenied
            case EISDIR: throw .isDirectory
            case ENXIO: throw .notRegular(kind(of: path) ?? .other)  // e.g. a socket
            default: throw .failed(systemError())
            }
        }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            let reason = systemError()
            close(fd)
            throw .failed(reason)
        }
        let kind = FileKind(mode: status.st_mode)
        guard kind == .regular else {
            close(fd)
            throw kind == .directory ? .isDirectory : .notRegular(kind)
        }
        let size = Int(status.st_size)
        if let limit, size > limit.bytes {
            close(fd)
            throw .tooLarge(bytes: size, limit: limit)
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return (fd, size)
    }
}

/// What `RegularFile.withMappedBytes` throws: the file's own problem, or the error of the body.
public enum MappedReadError<BodyError: Error>: Error {
    /// The file could not be opened or mapped.
    case problem(ReadProblem)
    /// The body threw.
    case body(BodyError)
}

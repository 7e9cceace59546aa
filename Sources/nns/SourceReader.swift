import Glibc

/// Reads the text of a script: a file named on the command line, or all of standard input.
enum SourceReader {
    /// The name diagnostics give commands read from standard input (`<stdin>:3:5: …`).
    static let standardInputName = "<stdin>"

    /// The UTF-8 text of the file at `path`.
    /// - Throws: `CommandLineError.unreadableScript` naming the file and the system's reason
    ///   (missing, a directory, no permission), or `.scriptNotText` for non-UTF-8 bytes.
    static func readScript(at path: String) throws(CommandLineError) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .unreadableScript(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw .unreadableScript(path: path, reason: String(cString: strerror(EISDIR)))
        }
        guard let bytes = readAll(from: descriptor) else {
            throw .unreadableScript(path: path, reason: String(cString: strerror(errno)))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .scriptNotText(path: path) }
        return text
    }

    /// Everything on standard input up to its end, invalid UTF-8 replaced by U+FFFD.
    static func readStandardInput() -> String {
        String(decoding: readAll(from: STDIN_FILENO) ?? [], as: UTF8.self)
    }

    /// All bytes from `descriptor` until end of file; nil on a read error (`errno` says which).
    private static func readAll(from descriptor: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            bytes.append(contentsOf: chunk[..<count])
        }
    }
}

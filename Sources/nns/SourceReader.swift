import Glibc
import NNSKernel
import NNScript

/// Reads the text of a script: a file named on the command line, or all of standard input —
/// both at most `Interpreter.scriptLimit` bytes, both required to be UTF-8 (the first invalid
/// byte is an error at its line and column, as for `run`).
enum SourceReader {
    /// The name diagnostics give commands read from standard input (`<stdin>:3:5: …`).
    static let standardInputName = "<stdin>"

    /// The bytes of the file at `path`. Unlike files named inside nns, this may be a pipe or a
    /// device (`nns <(generate)`, `nns /dev/stdin`): the user named it to run it.
    /// - Throws: `CommandLineError.unreadableScript` naming the file and the reason (missing,
    ///   a directory, no permission, too large).
    static func readScript(at path: String) throws(CommandLineError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .unreadableScript(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw .unreadableScript(path: path, reason: String(cString: strerror(EISDIR)))
        }
        return try readAll(from: descriptor, named: path)
    }

    /// The notebook in the `.ipynb` file at `path`.
    /// - Throws: `CommandLineError.unreadableScript` as for scripts, `.notANotebook` when the
    ///   file is not an nbformat 4 notebook.
    static func readNotebook(at path: String) throws(CommandLineError) -> Notebook {
        let bytes = try readScript(at: path)
        do {
            return try Notebook(ipynb: bytes, path: path)
        } catch {
            throw .notANotebook(error.description)
        }
    }

    /// Everything on standard input up to its end.
    static func readStandardInput() throws(CommandLineError) -> [UInt8] {
        try readAll(from: STDIN_FILENO, named: standardInputName)
    }

    /// The text of `bytes`, read from `name`, or the diagnostic for its first invalid UTF-8 byte.
    static func text(of bytes: [UInt8], named name: String) throws(Diagnostic) -> String {
        try UTF8Source.text(of: bytes, file: name)
    }

    /// All bytes from `descriptor` until end of file, at most `Interpreter.scriptLimit`.
    private static func readAll(from descriptor: Int32, named name: String) throws(CommandLineError) -> [UInt8] {
        let limit = Interpreter.scriptLimit
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadableScript(path: name, reason: String(cString: strerror(errno)))
            }
            guard bytes.count + count <= limit.bytes else {
                throw .unreadableScript(path: name, reason: "it is more than \(limit.bytes / 1_000_000) MB, larger than "
                                        + "\(limit.kind) can be")
            }
            bytes.append(contentsOf: chunk[..<count])
        }
    }
}

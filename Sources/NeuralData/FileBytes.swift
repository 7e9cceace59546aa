import SafeFiles

/// Reading and writing whole files with errors that say what went wrong with which path. Only
/// regular files are read (a FIFO, a device such as `/dev/zero`, a socket is refused before any
/// byte is read); writes are atomic (SafeFiles).
enum FileBytes {
    /// Calls `body` with the file's bytes (memory-mapped, so a large file is not copied into the
    /// process); the buffer is valid only during the call.
    static func withContents<R>(
        of path: String, _ body: (UnsafeRawBufferPointer) throws(DataError) -> R
    ) throws(DataError) -> R {
        do {
            return try RegularFile.withMappedBytes(path, body)
        } catch {
            switch error {
            case .problem(let problem): throw .unreadable(path: path, reason: problem.description)
            case .body(let error): throw error
            }
        }
    }

    /// Throws ``DataError/unreadable(path:reason:)`` unless `path` is a regular file this process
    /// may read.
    static func checkReadable(_ path: String) throws(DataError) {
        try withContents(of: path) { _ in }
    }

    /// Writes `bytes` to `path` atomically: to a temporary file in the same directory, then
    /// renamed over `path`, so readers never see a half-written file.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(DataError) {
        do {
            try AtomicWriter.write(bytes, to: path)
        } catch {
            throw .unwritable(path: path, reason: error.description)
        }
    }
}

import SafeFiles

/// Model files and exports are replaced atomically by SafeFiles' `AtomicWriter` (a locked
/// temporary sibling, synced, renamed over the target; symbolic links followed and kept;
/// directories, devices, FIFOs, sockets and read-only files refused); this adapts its problems
/// to `ModelFileError`.
enum AtomicFile {
    /// Writes `bytes` to `path` atomically (see `AtomicWriter.write`).
    /// - Throws: `ModelFileError` with `.isDirectory` or `.cannotWrite` (what went wrong).
    static func write(_ bytes: [UInt8], to path: String,
                      beforeRename: (_ temporaryPath: String) throws -> Void = { _ in }) throws(ModelFileError) {
        do {
            try AtomicWriter.write(bytes, to: path, beforeRename: beforeRename)
        } catch {
            let problem: ModelFileProblem = error == .isDirectory ? .isDirectory : .cannotWrite(reason: error.description)
            throw ModelFileError(path: path, problem: problem)
        }
    }
}

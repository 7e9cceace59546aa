import Foundation

/// Reading and writing whole files with errors that say what went wrong with which path.
enum FileBytes {
    /// Calls `body` with the file's bytes (memory-mapped where possible, so a large file is not
    /// copied into the process); the buffer is valid only during the call.
    static func withContents<R>(
        of path: String, _ body: (UnsafeRawBufferPointer) throws(DataError) -> R
    ) throws(DataError) -> R {
        try checkReadable(path)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        let result: Result<R, DataError> = data.withUnsafeBytes { bytes in
            do throws(DataError) { return .success(try body(bytes)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Throws ``DataError/unreadable(path:reason:)`` naming the reason a file cannot be read.
    static func checkReadable(_ path: String) throws(DataError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(path: path, reason: "there is no such file")
        }
        guard !isDirectory.boolValue else {
            throw .unreadable(path: path, reason: "it is a directory, not a file")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied")
        }
    }

    /// Writes `bytes` to `path` atomically: to a temporary file in the same directory, then
    /// renamed over `path`, so readers never see a half-written file.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(DataError) {
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .unwritable(path: path, reason: error.localizedDescription)
        }
    }
}

import Foundation

/// Replaces a file's contents all at once: the bytes go to a temporary file in the same
/// directory (`.NAME.tmp-XXXXXX`), which is flushed to disk (`fsync`) and then renamed over the
/// target. A crash or error at any point leaves either the old file or the new one, never a
/// mix; a failed write removes its temporary file and leaves the target untouched.
enum AtomicFile {
    /// Writes `bytes` to `path` atomically. If `path` is a symbolic link, the file it points to
    /// is replaced (the link stays). A new file gets mode 0644, a replaced one keeps its mode.
    /// `beforeRename` runs after the temporary file is complete and synced, just before the
    /// rename (tests use it to simulate an interruption).
    /// - Throws: `ModelFileError` with `.isDirectory` or `.cannotWrite` (the system's reason).
    static func write(_ bytes: [UInt8], to path: String,
                      beforeRename: (_ temporaryPath: String) throws -> Void = { _ in }) throws(ModelFileError) {
        func failure(_ reason: String) -> ModelFileError {
            ModelFileError(path: path, problem: .cannotWrite(reason: reason))
        }
        let target = resolvedTarget(path)
        var status = stat()
        let exists = stat(target, &status) == 0
        if exists, status.st_mode & S_IFMT == S_IFDIR { throw ModelFileError(path: path, problem: .isDirectory) }
        let directory = (target as NSString).deletingLastPathComponent.isEmpty ? "." : (target as NSString).deletingLastPathComponent
        var directoryStatus = stat()
        guard stat(directory, &directoryStatus) == 0, directoryStatus.st_mode & S_IFMT == S_IFDIR else {
            throw failure("the directory \(directory) does not exist")
        }

        var template = Array("\(directory)/.\((target as NSString).lastPathComponent).tmp-XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw failure("cannot create a temporary file in \(directory): \(systemError())") }
        let temporaryPath = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var renamed = false
        defer { if !renamed { unlink(temporaryPath) } }

        var written = true
        var reason = ""
        if fchmod(descriptor, exists ? status.st_mode & 0o7777 : 0o644) != 0 {
            (written, reason) = (false, "cannot set the permissions of \(temporaryPath): \(systemError())")
        } else if !writeAll(bytes, to: descriptor) {
            (written, reason) = (false, "writing \(temporaryPath) failed: \(systemError())")
        } else if fsync(descriptor) != 0 {
            (written, reason) = (false, "flushing \(temporaryPath) to disk failed: \(systemError())")
        }
        if close(descriptor) != 0, written {
            (written, reason) = (false, "closing \(temporaryPath) failed: \(systemError())")
        }
        guard written else { throw failure(reason) }
        do {
            try beforeRename(temporaryPath)
        } catch {
            throw failure("interrupted before the new file replaced the old one (\(error))")
        }
        guard rename(temporaryPath, target) == 0 else { throw failure("renaming \(temporaryPath) failed: \(systemError())") }
        renamed = true
        syncDirectory(directory)
    }

    /// The file a symbolic link at `path` points to (resolved fully), else `path` itself.
    private static func resolvedTarget(_ path: String) -> String {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) else {
            return path
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Writes every byte, retrying short writes and interrupted calls; false on an error (errno set).
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                guard let base = buffer.baseAddress else { return false }
                let count = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
    }

    /// Makes the rename itself durable; failures are ignored (some file systems refuse, and the
    /// data is already safe).
    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }
}

/// The current `errno` as the system's sentence, e.g. "Permission denied".
func systemError() -> String {
    String(cString: strerror(errno))
}

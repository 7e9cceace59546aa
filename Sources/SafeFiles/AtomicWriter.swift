import Glibc

/// Replaces a file's contents all at once. The bytes go to a temporary sibling in the target's
/// directory — unnamed (`O_TMPFILE`) while it is written and synced, then linked as
/// `.NAME.tmp-XXXXXX` just before it is renamed over the target — so a crash, a signal or an
/// error at any point leaves the old file or the new one, never a mix, and in practice no
/// temporary file either. The temporary is locked (`flock`) as long as its writer lives, which
/// is how the next write to the same target tells a stale temporary (from a process killed
/// between link and rename, or an older nns) from a live one, and removes it.
///
/// Targets: a regular file is replaced (keeping its mode, and its owner when running as root); a
/// symbolic link is followed, however many links deep, and the file it points to is replaced or
/// created, the link itself staying; a directory, a device, a FIFO or a socket is refused, as is
/// a read-only file (no write permission for anyone, or none for this user).
public enum AtomicWriter {
    /// Writes `bytes` to `path` atomically. `beforeRename` runs once the temporary file is
    /// complete, synced and named, just before the rename (tests use it to simulate an interruption).
    /// - Throws: `WriteProblem`; `.failed` also when `beforeRename` throws.
    public static func write(_ bytes: [UInt8], to path: String,
                             beforeRename: (_ temporaryPath: String) throws -> Void = { _ in }) throws(WriteProblem) {
        let (target, existing) = try checkedTarget(path)
        let directory = parentDirectory(of: target)
        removeStaleTemporaries(of: target, in: directory)

        let file = try TemporaryFile(in: directory, for: target)
        defer { file.discard() }
        if let existing {
            _ = fchmod(file.descriptor, existing.st_mode & 0o7777)
            if geteuid() == 0 { _ = fchown(file.descriptor, existing.st_uid, existing.st_gid) }
        }
        try file.writeAll(bytes)
        try file.sync()
        let temporaryPath = try file.name()
        do {
            try beforeRename(temporaryPath)
        } catch {
            throw .failed("interrupted before the new file replaced the old one (\(error))")
        }
        guard rename(temporaryPath, target) == 0 else {
            throw .failed("renaming the temporary file \(temporaryPath) to \(target) failed: \(systemError())")
        }
        file.renamed()
        syncDirectory(directory)
    }

    /// The file a write to `path` would replace or create (symbolic links followed), after every
    /// check `write` makes before it creates anything; writes nothing.
    /// - Throws: the `WriteProblem` that `write` would throw for the target.
    public static func target(of path: String) throws(WriteProblem) -> String {
        try checkedTarget(path).target
    }

    /// The target and, when it exists, its status; throws for every target that must not be written.
    private static func checkedTarget(_ path: String) throws(WriteProblem) -> (target: String, existing: stat?) {
        guard !path.isEmpty else { throw .noFileName }
        guard !path.hasSuffix("/") else { throw .namesDirectory }
        let target = try followLinks(path)
        let existing = try checkTarget(target)
        try checkDirectory(parentDirectory(of: target))
        return (target, existing)
    }

    /// The file `path` finally names: symbolic links followed one by one (relative ones from the
    /// link's own directory), as far as they lead, even to a file that does not exist yet.
    static func followLinks(_ path: String) throws(WriteProblem) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, FileKind(mode: status.st_mode) == .symbolicLink else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length > 0 else { throw .failed("cannot read the symbolic link \(current): \(systemError())") }
            let destination = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination : joined(parentDirectory(of: current), destination)
        }
        throw .tooManyLinks
    }

    /// The status of the regular file at `target`, nil if nothing is there; throws for anything
    /// that must not be replaced.
    private static func checkTarget(_ target: String) throws(WriteProblem) -> stat? {
        var status = stat()
        guard lstat(target, &status) == 0 else {
            if errno == ENOENT { return nil }
            if errno == ENOTDIR { throw .missingDirectory(parentDirectory(of: target)) }
            throw .failed("cannot examine \(target): \(systemError())")
        }
        let kind = FileKind(mode: status.st_mode)
        if kind == .directory { throw .isDirectory }
        guard kind == .regular else { throw .notRegular(kind) }
        if status.st_mode & 0o222 == 0 { throw .readOnly(mode: Int(status.st_mode & 0o7777)) }
        if access(target, W_OK) != 0 {
            if errno == EROFS { throw .failed("the file system is mounted read-only") }
            if errno == EACCES { throw .readOnly(mode: Int(status.st_mode & 0o7777)) }
        }
        return status
    }

    private static func checkDirectory(_ directory: String) throws(WriteProblem) {
        var status = stat()
        guard stat(directory, &status) == 0, FileKind(mode: status.st_mode) == .directory else {
            throw .missingDirectory(directory)
        }
    }

    /// Removes `.NAME.tmp-XXXXXX` siblings of `target` that no live writer holds locked.
    static func removeStaleTemporaries(of target: String, in directory: String) {
        let prefix = "." + lastComponent(of: target) + ".tmp-"
        guard let stream = opendir(directory) else { return }
        defer { closedir(stream) }
        var stale: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasPrefix(prefix), name.utf8.count == prefix.utf8.count + 6 else { continue }
            stale.append(joined(directory, name))
        }
        for path in stale {
            let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { continue }
            var status = stat()
            if fstat(fd, &status) == 0, FileKind(mode: status.st_mode) == .regular, flock(fd, LOCK_EX | LOCK_NB) == 0 {
                unlink(path)
            }
            close(fd)
        }
    }

    /// Makes the rename itself durable; failures are ignored (some file systems refuse, and the
    /// data is already safe).
    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// The directory part of `path` ("." for a bare name, "/" for a file in the root).
    static func parentDirectory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        return directory.isEmpty ? "/" : directory
    }

    /// The last component of `path`.
    static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// `name` inside `directory`.
    static func joined(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}

/// The temporary sibling a write goes to: created unnamed where the file system allows
/// (`O_TMPFILE`), else as `.NAME.tmp-XXXXXX`; locked for its whole life; removed unless renamed.
private final class TemporaryFile {
    /// `O_TMPFILE` (`__O_TMPFILE | O_DIRECTORY` on Linux), which Swift does not import.
    private static let unnamedFlag: Int32 = 0o20_000_000 | O_DIRECTORY

    let descriptor: Int32
    private let directory: String
    private let target: String
    /// The temporary's name once it has one.
    private var path: String?
    private var registration: TemporaryFiles.Registration?
    private var isRenamed = false

    init(in directory: String, for target: String) throws(WriteProblem) {
        self.directory = directory
        self.target = target
        var fd = open(directory, Self.unnamedFlag | O_WRONLY | O_CLOEXEC, 0o666)
        if fd < 0 {
            // No O_TMPFILE on this file system: a named temporary from the start.
            var template = Array(AtomicWriter.joined(directory, ".\(AtomicWriter.lastComponent(of: target)).tmp-XXXXXX").utf8CString)
            fd = mkstemp(&template)
            guard fd >= 0 else {
                throw .failed("cannot create a temporary file in \(directory): \(systemError())")
            }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            let name = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            path = name
            registration = TemporaryFiles.register(name)
            let mask = umask(0o022)
            umask(mask)
            _ = fchmod(fd, 0o666 & ~mask)
        }
        descriptor = fd
        _ = flock(fd, LOCK_EX)
    }

    func writeAll(_ bytes: [UInt8]) throws(WriteProblem) {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .writing(errno, "writing the temporary file in \(directory)")
            }
            offset += count
        }
    }

    func sync() throws(WriteProblem) {
        guard fsync(descriptor) == 0 else { throw .writing(errno, "flushing the temporary file in \(directory) to disk") }
    }

    /// The temporary's name, giving it one now if it was created unnamed.
    func name() throws(WriteProblem) -> String {
        if let path { return path }
        let prefix = AtomicWriter.joined(directory, ".\(AtomicWriter.lastComponent(of: target)).tmp-")
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        for _ in 0..<100 {
            let candidate = prefix + String((0..<6).map { _ in letters.randomElement()! })
            if linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, candidate, AT_SYMLINK_FOLLOW) == 0 {
                path = candidate
                registration = TemporaryFiles.register(candidate)
                return candidate
            }
            if errno != EEXIST { throw .failed("cannot name the temporary file in \(directory): \(systemError())") }
        }
        throw .failed("cannot name the temporary file in \(directory): every name tried exists")
    }

    func renamed() {
        isRenamed = true
    }

    /// Removes the temporary unless it was renamed into place, and releases everything.
    func discard() {
        if !isRenamed, let path { unlink(path) }
        TemporaryFiles.unregister(registration)
        close(descriptor)
    }
}

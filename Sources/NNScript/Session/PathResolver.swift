import Foundation

/// Where a path the user wrote points — the one rule for every command that names a file
/// (`save`, `open`, `export`, `load idx`, `run`, `to=`) and for path completion: a leading `~`
/// (alone or as `~/…`) is the home directory; a relative path starts in a directory, the
/// session's current directory unless another is given (`load … from=DIR`, the directory of the
/// script that runs another).
///
/// `resolve` keeps a path relative when the current directory is "." (so it reads as typed);
/// `absolute` anchors it at the process's working directory; `canonical` also removes `.` and
/// `..` and resolves symbolic links, so that one file has one name.
struct PathResolver: Sendable, Equatable {
    /// The directory `~` stands for (`HOME`); nil or empty leaves `~` as written.
    let home: String?
    /// Where relative paths start: a directory, or "." (or "") for the process's working directory.
    let currentDirectory: String

    /// A resolver expanding `~` to `home`, starting relative paths in `currentDirectory`.
    init(home: String?, currentDirectory: String) {
        self.home = home
        self.currentDirectory = currentDirectory
    }

    /// `path` with a leading `~` or `~/` replaced by `home` (`~user/…` is left alone).
    func expandingHome(_ path: String) -> String {
        guard let home, !home.isEmpty, path == "~" || path.hasPrefix("~/") else { return path }
        return home + path.dropFirst()
    }

    /// `path` (`~` expanded) as seen from `directory` — itself `~`-expanded and taken from the
    /// current directory when relative; nil means the current directory. An absolute path stays
    /// as it is, "." is the directory itself, and a relative path is appended to the directory
    /// unless that is "." or "" (then it stays relative). Not normalised.
    func resolve(_ path: String, in directory: String? = nil) -> String {
        let base = directory.map { Self.join(currentDirectory, expandingHome($0)) } ?? currentDirectory
        return Self.join(base, expandingHome(path))
    }

    /// `resolve(path, in: directory)`, anchored at the process's working directory when it is
    /// still relative: an absolute path, not normalised.
    func absolute(_ path: String, in directory: String? = nil) -> String {
        let resolved = resolve(path, in: directory)
        return resolved.hasPrefix("/") ? resolved : Self.join(FileManager.default.currentDirectoryPath, resolved)
    }

    /// `absolute(path, in: directory)` normalised (no `.`, `..` or repeated `/`) with symbolic
    /// links resolved: the one name of the file, for telling whether two paths are the same file.
    func canonical(_ path: String, in directory: String? = nil) -> String {
        URL(fileURLWithPath: absolute(path, in: directory)).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// `path` appended to `directory` (one "/" between them); `path` itself when it is absolute
    /// or `directory` is "." or ""; `directory` when `path` is ".".
    private static func join(_ directory: String, _ path: String) -> String {
        if path == "." { return directory }
        if path.hasPrefix("/") || directory.isEmpty || directory == "." { return path }
        return (directory.hasSuffix("/") ? directory : directory + "/") + path
    }
}

import Foundation

/// File-name completion for path arguments (`run`, `save`, `open`, `load idx images=`, `to=`).
public enum PathCompletion {
    /// Paths that complete `prefix`: entries of its directory (the current directory when it
    /// has no `/`; `~/` is the home directory) whose names start with its last component,
    /// written with the prefix's directory part as typed, directories ending in `/`. Hidden
    /// entries appear only when the last component starts with `.`. Sorted; empty when the
    /// directory cannot be read.
    public static func candidates(for prefix: String) -> [String] {
        let slash = prefix.lastIndex(of: "/")
        let directoryPart = slash.map { String(prefix[...$0]) } ?? ""
        let namePrefix = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
        let home = ProcessInfo.processInfo.environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
        let directory = PathResolver(home: home, currentDirectory: ".").resolve(directoryPart.isEmpty ? "." : directoryPart)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasPrefix(namePrefix) && (!$0.hasPrefix(".") || namePrefix.hasPrefix(".")) }
            .map { name in
                var isDirectory: ObjCBool = false
                let full = (directory as NSString).appendingPathComponent(name)
                _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
                return directoryPart + name + (isDirectory.boolValue ? "/" : "")
            }
            .sorted()
    }
}

import Foundation

extension SessionOptions {
    /// Where a path the user wrote points: a leading `~` (alone or as `~/…`) replaced by `HOME`
    /// from `environment`; a relative path joined to `currentDirectory` (itself taken from the
    /// process's directory when relative). Not normalised, symbolic links not resolved.
    func absolutePath(_ path: String) -> String {
        var expanded = path
        if let home = environment["HOME"], !home.isEmpty, path == "~" || path.hasPrefix("~/") {
            expanded = home + path.dropFirst()
        }
        if expanded.hasPrefix("/") { return expanded }
        var base = currentDirectory
        if !base.hasPrefix("/") { base = FileManager.default.currentDirectoryPath + "/" + base }
        return base + "/" + expanded
    }
}

/// The kind of picture file a `to=` path names, from its extension (case-insensitive).
enum PictureFileKind: Sendable, Equatable {
    /// `.png`.
    case png
    /// `.svg`.
    case svg
    /// Anything else, including no extension.
    case other

    /// The kind of `path`: what follows its last "." in the last path component.
    init(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
            self = .other
            return
        }
        switch name[name.index(after: dot)...].lowercased() {
        case "png": self = .png
        case "svg": self = .svg
        default: self = .other
        }
    }
}

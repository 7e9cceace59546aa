/// The kind of picture file a `to=` path names, from its extension (case-insensitive).
enum PictureFileKind: Sendable, Equatable {
    /// `.png`.
    case png
    /// `.svg`.
    case svg
    /// Anything else, including no extension.
    case other

    /// The kind of `path`: what follows the last "." of its last path component.
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

    /// The extension without its dot ("png"); empty for `.other`.
    var fileExtension: String {
        switch self {
        case .png: return "png"
        case .svg: return "svg"
        case .other: return ""
        }
    }
}

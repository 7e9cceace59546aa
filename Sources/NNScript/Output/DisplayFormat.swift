/// One representation of a `Displayable`, named by its MIME type as Jupyter names it.
public enum DisplayFormat: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Plain text (UTF-8), what a terminal prints: every displayable has it.
    case text = "text/plain"
    /// A PNG picture (binary).
    case png = "image/png"
    /// An SVG picture (UTF-8 text).
    case svg = "image/svg+xml"
    /// An HTML fragment (UTF-8 text): a figure with its caption, a table.
    case html = "text/html"

    /// The MIME type.
    public var mimeType: String { rawValue }

    /// Whether the representation is bytes rather than UTF-8 text (JSON carries it as base64).
    public var isBinary: Bool { self == .png }

    /// The extension of files holding this format, without its dot.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .png: return "png"
        case .svg: return "svg"
        case .html: return "html"
        }
    }

    /// The format a `to=` path names by its extension (case-insensitive; `.htm` is HTML); nil
    /// for any other extension or none. Text is not written to files (redirect the output).
    public init?(path: String) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "png": self = .png
        case "svg": self = .svg
        case "html", "htm": self = .html
        default: return nil
        }
    }

    public static func < (left: DisplayFormat, right: DisplayFormat) -> Bool {
        allCases.firstIndex(of: left)! < allCases.firstIndex(of: right)!
    }
}

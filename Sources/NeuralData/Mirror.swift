/// A place the files of a data set can be fetched from: a web server's base URL or a local
/// directory (for offline machines, tests, or a shared copy on a lab server).
public enum Mirror: Sendable, Equatable, CustomStringConvertible {
    /// A local directory holding the `.gz` files; they are copied.
    case directory(String)
    /// A base URL (http, https or ftp, ending in `/`) the file names are appended to; fetched with curl.
    case url(String)

    /// Parses a mirror as written in `MNIST_MIRROR`: an `http://`, `https://` or `ftp://` URL, a
    /// `file://` URL or a directory path (relative to `currentDirectory`).
    public init(parsing text: String, currentDirectory: String) {
        let lowered = text.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("ftp://") {
            self = .url(text.hasSuffix("/") ? text : text + "/")
        } else if lowered.hasPrefix("file://") {
            self = .directory(DataLocator.absolute(String(text.dropFirst("file://".count)), from: currentDirectory))
        } else {
            self = .directory(DataLocator.absolute(text, from: currentDirectory))
        }
    }

    /// Where `fileName` is on this mirror: a URL or a path.
    public func location(of fileName: String) -> String {
        switch self {
        case .directory(let path): path + "/" + fileName
        case .url(let base): base + fileName
        }
    }

    /// The directory path or base URL.
    public var description: String {
        switch self {
        case .directory(let path): path
        case .url(let base): base
        }
    }
}

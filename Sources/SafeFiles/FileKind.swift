import Glibc

/// What kind of thing a path names, from the `st_mode` of `stat`/`fstat`.
public enum FileKind: Sendable, Equatable, CustomStringConvertible {
    /// A regular file: the only kind nns reads or replaces.
    case regular
    /// A directory.
    case directory
    /// A character device such as `/dev/null`, `/dev/zero` or a terminal.
    case characterDevice
    /// A block device such as a disk.
    case blockDevice
    /// A named pipe (FIFO): reading it waits for a writer.
    case fifo
    /// A Unix domain socket.
    case socket
    /// A symbolic link (only `lstat` reports this).
    case symbolicLink
    /// Anything else.
    case other

    /// The kind encoded in `mode` (`st_mode`).
    public init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFLNK: self = .symbolicLink
        default: self = .other
        }
    }

    /// The kind as a noun phrase: "a regular file", "a character device", "a FIFO (named pipe)".
    public var description: String {
        switch self {
        case .regular: return "a regular file"
        case .directory: return "a directory"
        case .characterDevice: return "a character device"
        case .blockDevice: return "a block device"
        case .fifo: return "a FIFO (named pipe)"
        case .socket: return "a socket"
        case .symbolicLink: return "a symbolic link"
        case .other: return "not a regular file"
        }
    }
}

/// `bytes` for messages: `840 bytes`, `64 MB`, `1.5 GB` (decimal units, as `ls --si`).
func sizeText(_ bytes: Int) -> String {
    if bytes < 1_000 { return bytes == 1 ? "1 byte" : "\(bytes) bytes" }
    let units: [(Double, String)] = [(1e12, "TB"), (1e9, "GB"), (1e6, "MB"), (1e3, "KB")]
    for (scale, unit) in units where Double(bytes) >= scale {
        let value = Double(bytes) / scale
        let rounded = value >= 100 ? String(Int(value.rounded())) : String((value * 10).rounded() / 10)
        return (rounded.hasSuffix(".0") ? String(rounded.dropLast(2)) : rounded) + " " + unit
    }
    return "\(bytes) bytes"
}

/// The current `errno` as the system's sentence, e.g. "Permission denied".
func systemError(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
}

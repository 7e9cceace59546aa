import Glibc

/// Why a file could not be written, as a phrase that follows the file's name. Whatever the
/// problem, the file that was there (if any) is unchanged and no temporary file is left.
public enum WriteProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path is empty.
    case noFileName
    /// The path ends with `/`, so it can only name a directory.
    case namesDirectory
    /// The path is a directory.
    case isDirectory
    /// The path is a device, a FIFO, a socket…, which a save must never replace.
    case notRegular(FileKind)
    /// The file exists and is read-only (`mode` its permission bits); nns does not replace it,
    /// as editors refuse to overwrite a read-only file unasked.
    case readOnly(mode: Int)
    /// The directory the file would go into does not exist (or is not a directory).
    case missingDirectory(String)
    /// Symbolic links lead to more links than the system follows (a loop).
    case tooManyLinks
    /// The system's file-size limit (`ulimit -f`, `limit` bytes when known) is smaller than the file.
    case fileTooLarge(limit: Int?)
    /// The device is full (or the quota is reached).
    case noSpace
    /// Another system error, with its sentence and what was being done.
    case failed(String)

    /// The problem after the file's name, e.g. "it is a character device, not a regular file; …".
    public var description: String {
        switch self {
        case .noFileName:
            return "no file name was given"
        case .namesDirectory:
            return "the path ends with '/', so it names a directory; put a file name after the '/'"
        case .isDirectory:
            return "it is a directory; give the path of a file inside it"
        case .notRegular(let kind):
            return "it is \(kind), not a regular file; nns writes only regular files and never replaces anything else"
        case .readOnly(let mode):
            return "the file is read-only (mode \(String(mode, radix: 8).leftPadded(to: 4))); make it writable first "
                + "(chmod u+w) or write to another name"
        case .missingDirectory(let directory):
            return "the directory \(directory) does not exist"
        case .tooManyLinks:
            return "it leads through too many symbolic links (a loop of links?)"
        case .fileTooLarge(let limit):
            let known = limit.map { " (\(sizeText($0)))" } ?? ""
            return "file too large: it exceeds the size limit for files this process may write\(known), set with 'ulimit -f'"
        case .noSpace:
            return "no space left on the device"
        case .failed(let reason):
            return reason
        }
    }

    /// The problem for a failed write system call (`errno` = `code`), while doing `action`.
    static func writing(_ code: Int32, _ action: String) -> WriteProblem {
        switch code {
        case EFBIG: return .fileTooLarge(limit: currentFileSizeLimit())
        case ENOSPC, EDQUOT: return .noSpace
        default: return .failed("\(action) failed: \(systemError(code))")
        }
    }

    /// The soft `RLIMIT_FSIZE` in bytes; nil when unlimited or unknown.
    static func currentFileSizeLimit() -> Int? {
        var limit = rlimit()
        guard getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else {
            return nil
        }
        return Int(clamping: limit.rlim_cur)
    }
}

extension String {
    /// The string with leading zeros up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

/// Why a multipart message read from a socket is not a Jupyter message nns accepts. Such a
/// message is dropped (and logged); it is never acted on.
public enum WireError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No `<IDS|MSG>` delimiter frame.
    case missingDelimiter
    /// Fewer than the signature and four JSON frames after the delimiter.
    case tooFewFrames(Int)
    /// The signature frame is empty while the connection has a key.
    case missingSignature
    /// The signature does not match the message (wrong key, altered message, forgery).
    case badSignature
    /// A JSON frame (`header`, `parent_header`, `metadata` or `content`) does not parse.
    case badJSON(part: String)
    /// The header lacks what every message needs.
    case badHeader(String)

    public var description: String {
        switch self {
        case .missingDelimiter: return "no <IDS|MSG> delimiter frame"
        case .tooFewFrames(let count): return "\(count) frames after the delimiter, need at least 5 (signature, header, parent header, metadata, content)"
        case .missingSignature: return "the message is not signed"
        case .badSignature: return "the message's signature is wrong"
        case .badJSON(let part): return "its \(part) is not valid JSON"
        case .badHeader(let reason): return reason
        }
    }
}

import Foundation

/// The header every Jupyter message carries (messaging protocol 5.3): who sent it, in which
/// session, when, and what kind of message it is.
public struct MessageHeader: Sendable, Equatable {
    /// The protocol version nns speaks, written into every header it sends.
    public static let protocolVersion = "5.3"

    /// Unique id of this message (a UUID).
    public var messageID: String
    /// The sender's session id (the kernel's own for messages it sends).
    public var session: String
    /// The sender's user name.
    public var username: String
    /// When it was sent: ISO 8601 with microseconds and zone, `2024-05-01T12:00:00.123456Z`.
    public var date: String
    /// `execute_request`, `status`, `stream`, …
    public var messageType: String
    /// The protocol version of the sender.
    public var version: String

    /// A header from its parts.
    public init(messageID: String, session: String, username: String, date: String, messageType: String,
                version: String = MessageHeader.protocolVersion) {
        self.messageID = messageID
        self.session = session
        self.username = username
        self.date = date
        self.messageType = messageType
        self.version = version
    }

    /// A new header for a message of `type` sent now by `session` as `username`.
    public static func new(_ type: String, session: String, username: String) -> MessageHeader {
        MessageHeader(messageID: UUID().uuidString.lowercased(), session: session, username: username,
                      date: timestamp(Date()), messageType: type)
    }

    /// The header of a received message. `msg_id` and `msg_type` are required; the rest may
    /// be missing (older clients) and default to "".
    /// - Throws: `WireError.badHeader` naming what is missing.
    public init(json: JSON) throws(WireError) {
        guard json.object != nil else { throw .badHeader("the header is not a JSON object") }
        guard let id = json["msg_id"]?.string else { throw .badHeader("the header has no msg_id") }
        guard let type = json["msg_type"]?.string, !type.isEmpty else { throw .badHeader("the header has no msg_type") }
        self.init(messageID: id, session: json["session"]?.string ?? "", username: json["username"]?.string ?? "",
                  date: json["date"]?.string ?? "", messageType: type, version: json["version"]?.string ?? "")
    }

    /// The header as the JSON object sent on the wire.
    public var json: JSON {
        ["msg_id": .string(messageID), "session": .string(session), "username": .string(username),
         "date": .string(date), "msg_type": .string(messageType), "version": .string(version)]
    }

    /// `date` in the header's format, in UTC.
    public static func timestamp(_ date: Date) -> String {
        var time = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&time, &parts)
        let micro = Int((date.timeIntervalSince1970 - Double(time)) * 1_000_000)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", parts.tm_year + 1900, parts.tm_mon + 1,
                      parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec, min(999_999, max(0, micro)))
    }
}

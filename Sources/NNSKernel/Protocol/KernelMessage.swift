/// One Jupyter message, as read from or written to a socket: the routing identities (ROUTER
/// sockets put the sender's there), the header, the parent's header (the request a reply or
/// an output belongs to; `{}` for none), metadata, content, and any binary buffers.
public struct KernelMessage: Sendable, Equatable {
    /// ZeroMQ routing prefixes, sent back unchanged with the reply.
    public var identities: [[UInt8]]
    /// The message's own header.
    public var header: MessageHeader
    /// The header of the message this one answers, exactly as received; `{}` for none.
    public var parentHeader: JSON
    /// Metadata (usually `{}`).
    public var metadata: JSON
    /// The content, whose shape depends on `header.messageType`.
    public var content: JSON
    /// Extra binary frames after the content.
    public var buffers: [[UInt8]]

    /// A message from its parts.
    public init(identities: [[UInt8]] = [], header: MessageHeader, parentHeader: JSON = [:], metadata: JSON = [:],
                content: JSON = [:], buffers: [[UInt8]] = []) {
        self.identities = identities
        self.header = header
        self.parentHeader = parentHeader
        self.metadata = metadata
        self.content = content
        self.buffers = buffers
    }

    /// The message type (`execute_request`, …).
    public var type: String { header.messageType }
}

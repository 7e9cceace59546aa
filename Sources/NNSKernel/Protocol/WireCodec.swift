/// Turns `KernelMessage`s into ZeroMQ multipart frames and back, signing what it writes and
/// checking the signature of what it reads:
///
///     [identity …] "<IDS|MSG>" signature header parent_header metadata content [buffer …]
public struct WireCodec: Sendable {
    /// The frame between the routing identities and the message.
    public static let delimiter = Array("<IDS|MSG>".utf8)

    /// The signer of this connection.
    public let signer: MessageSigner

    /// A codec signing with `signer`.
    public init(signer: MessageSigner) {
        self.signer = signer
    }

    /// The message in `frames`.
    /// - Throws: `WireError` for a missing delimiter, too few frames, a missing or wrong
    ///   signature (checked before any JSON is parsed), bad JSON or an incomplete header.
    public func decode(_ frames: [[UInt8]]) throws(WireError) -> KernelMessage {
        guard let split = frames.firstIndex(of: Self.delimiter) else { throw .missingDelimiter }
        let rest = frames[(split + 1)...]
        guard rest.count >= 5 else { throw .tooFewFrames(rest.count) }
        let signature = rest[rest.startIndex]
        let parts = Array(rest[(rest.startIndex + 1)...(rest.startIndex + 4)])
        if signer.isSigning {
            guard !signature.isEmpty else { throw .missingSignature }
            guard signer.isValid(signature, for: parts) else { throw .badSignature }
        }
        let names = ["header", "parent header", "metadata", "content"]
        var values: [JSON] = []
        for (part, name) in zip(parts, names) {
            guard let value = try? JSON(parsing: part) else { throw .badJSON(part: name) }
            values.append(value)
        }
        return KernelMessage(
            identities: Array(frames[..<split]), header: try MessageHeader(json: values[0]),
            parentHeader: values[1], metadata: values[2], content: values[3],
            buffers: Array(rest.dropFirst(5)))
    }

    /// The frames of `message`, signed.
    public func encode(_ message: KernelMessage) -> [[UInt8]] {
        let parts = [message.header.json.serialized(), message.parentHeader.serialized(),
                     message.metadata.serialized(), message.content.serialized()]
        return message.identities + [Self.delimiter, signer.signature(of: parts)] + parts + message.buffers
    }
}

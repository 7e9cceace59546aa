import Testing
@testable import NNSKernel

/// Framing: frames serialized by jupyter_client's `Session` (key below, identity `client-1`)
/// decode, and what nns encodes decodes back; anything malformed or unsigned is refused.
@Suite struct WireCodecTests {
    static let codec = WireCodec(signer: MessageSigner(key: MessageSignerTests.key))

    /// `Session(key=…, username="u", session="s1").serialize(msg, ident=[b"client-1"])` of an
    /// execute_request with msg_id "m1".
    static let pythonFrames: [[UInt8]] = [
        "client-1", "<IDS|MSG>", "89a8b4407740a313097c0bd8ff214a014ad527cb28f397b89901773e1ed44139",
        #"{"msg_id": "m1", "msg_type": "execute_request", "username": "u", "session": "s1", "date": "2024-01-01T00:00:00.000000Z", "version": "5.4"}"#,
        "{}", "{}", #"{"code": "echo hi", "silent": false}"#,
    ].map { Array($0.utf8) }

    @Test func decodesWhatJupyterClientSends() throws {
        let message = try Self.codec.decode(Self.pythonFrames)
        #expect(message.identities == [Array("client-1".utf8)])
        #expect(message.header.messageID == "m1")
        #expect(message.type == "execute_request")
        #expect(message.header.session == "s1" && message.header.username == "u" && message.header.version == "5.4")
        #expect(message.content["code"]?.string == "echo hi")
        #expect(message.content["silent"]?.bool == false)
        #expect(message.parentHeader == [:])
    }

    @Test func refusesAnAlteredOrUnsignedMessage() {
        var altered = Self.pythonFrames
        altered[6] = Array(#"{"code": "let x = 666", "silent": false}"#.utf8)
        #expect(throws: WireError.badSignature) { try Self.codec.decode(altered) }
        var unsigned = Self.pythonFrames
        unsigned[2] = []
        #expect(throws: WireError.missingSignature) { try Self.codec.decode(unsigned) }
        let otherKey = WireCodec(signer: MessageSigner(key: Array("other".utf8)))
        #expect(throws: WireError.badSignature) { try otherKey.decode(Self.pythonFrames) }
    }

    @Test func refusesMalformedFrames() {
        #expect(throws: WireError.missingDelimiter) { try Self.codec.decode([Array("garbage".utf8)]) }
        #expect(throws: WireError.tooFewFrames(2)) { try Self.codec.decode([WireCodec.delimiter, [0x61], [0x62]]) }
        let badJSON = [Array("{not json".utf8), Array("{}".utf8), Array("{}".utf8), Array("{}".utf8)]
        let signed = [WireCodec.delimiter, Self.codec.signer.signature(of: badJSON)] + badJSON
        #expect(throws: WireError.badJSON(part: "header")) { try Self.codec.decode(signed) }
        let noType = [Array(#"{"msg_id":"x"}"#.utf8), Array("{}".utf8), Array("{}".utf8), Array("{}".utf8)]
        #expect(throws: WireError.badHeader("the header has no msg_type")) {
            try Self.codec.decode([WireCodec.delimiter, Self.codec.signer.signature(of: noType)] + noType)
        }
    }

    @Test func encodesSignedFramesThatDecodeBack() throws {
        let request = try Self.codec.decode(Self.pythonFrames)
        var reply = KernelMessage(header: .new("execute_reply", session: "k", username: "nns"),
                                  parentHeader: request.header.json, content: ["status": "ok", "execution_count": 1])
        reply.identities = request.identities
        reply.buffers = [[1, 2, 3]]
        let frames = Self.codec.encode(reply)
        #expect(frames[0] == Array("client-1".utf8) && frames[1] == WireCodec.delimiter)
        #expect(frames[2].count == 64)
        let back = try Self.codec.decode(frames)
        #expect(back == reply)
        #expect(back.header.version == "5.3")
        #expect(back.parentHeader["msg_id"]?.string == "m1")
    }

    @Test func headersCarryEveryField() {
        let header = MessageHeader.new("status", session: "s", username: "u")
        for field in ["msg_id", "session", "username", "date", "msg_type", "version"] {
            #expect(header.json[field]?.string?.isEmpty == false, "\(field)")
        }
        #expect(header.date.wholeMatch(of: /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z/) != nil, "\(header.date)")
    }
}

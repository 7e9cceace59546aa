import Testing
@testable import NNSKernel

/// HMAC-SHA256 signatures checked against vectors computed with Python's `hmac` module:
///
///     hmac.new(key, digestmod=hashlib.sha256); h.update(part) for each part; h.hexdigest()
@Suite struct MessageSignerTests {
    static let key = Array("5ca1ab1e-460d-4d1f-9c0e-1b7a2f1c2d3e".utf8)
    static let header = Array(#"{"msg_id":"a1","session":"s1","username":"u","date":"2024-01-01T00:00:00.000000Z","msg_type":"kernel_info_request","version":"5.3"}"#.utf8)

    @Test func signsTheFourPartsAsPythonsHmacDoes() {
        let signer = MessageSigner(key: Self.key)
        let parts = [Self.header, Array("{}".utf8), Array("{}".utf8), Array("{}".utf8)]
        #expect(String(decoding: signer.signature(of: parts), as: UTF8.self)
            == "b6b40a976c94475964820daa0442e067884e7aa69e6a1c3c801be62c42af903f")
    }

    @Test func matchesTheStandardHMACVector() {
        let signer = MessageSigner(key: Array("key".utf8))
        #expect(String(decoding: signer.signature(of: [Array("The quick brown fox jumps over the lazy dog".utf8)]), as: UTF8.self)
            == "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8")
    }

    @Test func keysAndPartsAreUTF8() {
        let signer = MessageSigner(key: Array("clé".utf8))
        let parts = [#"{"msg_id":"b2","msg_type":"execute_request"}"#, #"{"msg_id":"a1","msg_type":"kernel_info_request"}"#,
                     #"{"k":"é"}"#, #"{"code":"echo \"héllo\""}"#].map { Array($0.utf8) }
        #expect(String(decoding: signer.signature(of: parts), as: UTF8.self)
            == "14fc6d12aafd13337ef7fef1a581c79f8dea07613b4f31eb4172ac575d14a3f1")
    }

    @Test func checksSignaturesWholly() {
        let signer = MessageSigner(key: Self.key)
        let parts = [Self.header, Array("{}".utf8), Array("{}".utf8), Array("{}".utf8)]
        let good = signer.signature(of: parts)
        #expect(signer.isValid(good, for: parts))
        var lastDigitChanged = good
        lastDigitChanged[63] = lastDigitChanged[63] == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
        #expect(!signer.isValid(lastDigitChanged, for: parts))
        #expect(!signer.isValid(Array(good.prefix(63)), for: parts))
        #expect(!signer.isValid([], for: parts))
        #expect(!signer.isValid(good, for: [Self.header, Array("{}".utf8), Array("{}".utf8), Array(#"{"x":1}"#.utf8)]))
        #expect(!MessageSigner(key: Array("other".utf8)).isValid(good, for: parts))
    }

    @Test func anEmptyKeyTurnsSigningOff() {
        let signer = MessageSigner(key: [])
        #expect(!signer.isSigning)
        #expect(signer.signature(of: [Self.header]).isEmpty)
        #expect(signer.isValid([], for: [Self.header]))
    }
}

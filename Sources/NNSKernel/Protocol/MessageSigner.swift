import Crypto

/// Signs and checks Jupyter messages: HMAC-SHA256, keyed with the connection file's `key`,
/// over the header, parent header, metadata and content frames, written as lowercase hex.
/// With an empty key (a connection file that turns signing off) signatures are empty and
/// every message is accepted, as the protocol says.
public struct MessageSigner: Sendable {
    /// The key's bytes (`SymmetricKey` is not `Sendable`, so one is made per signature).
    private let key: [UInt8]

    /// A signer for `key` (the connection file's, as UTF-8 bytes); empty: no signing.
    public init(key: [UInt8]) {
        self.key = key
    }

    /// Whether messages are signed (the key is not empty).
    public var isSigning: Bool { !key.isEmpty }

    /// The lowercase hex HMAC-SHA256 of `parts` concatenated; empty without a key.
    public func signature(of parts: [[UInt8]]) -> [UInt8] {
        guard isSigning else { return [] }
        var hmac = HMAC<SHA256>(key: SymmetricKey(data: key))
        for part in parts { hmac.update(data: part) }
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in hmac.finalize() {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return hex
    }

    /// Whether `signature` is the signature of `parts`, compared in constant time (the time
    /// taken does not depend on how many leading characters match). Always true without a key.
    public func isValid(_ signature: [UInt8], for parts: [[UInt8]]) -> Bool {
        guard isSigning else { return true }
        return Self.constantTimeEqual(signature, self.signature(of: parts))
    }

    /// Whether `a` and `b` are equal, looking at every byte whatever the first difference.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}

/// Turning the bytes of a script (a file, standard input, a `run` file) into text the same way
/// wherever they come from: UTF-8 is required, and the first byte that is not UTF-8 is an error
/// at its line and column — never silently replaced by "�" in one place and refused in another.
public enum UTF8Source {
    /// The text of `bytes` (a leading byte-order mark dropped), or a diagnostic at the first
    /// invalid byte; `file` names the source in the location.
    public static func text(of bytes: [UInt8], file: String?) throws(Diagnostic) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let bad = firstInvalidOffset(in: body) {
            let valid = String(decoding: body[..<bad], as: UTF8.self)
            let source = SourceText(valid, file: file)
            let span = source.span(at: source.scalars.count, length: 1)
            throw Diagnostic(.invalidUTF8(byte: body[bad]), at: span, sourceLine: source.line(span.start.line))
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// The offset of the first byte that does not belong to a well-formed UTF-8 sequence
    /// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), or nil.
    static func firstInvalidOffset(in bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF  // allowed range of the second byte
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            for k in 1..<length {
                guard index + k < bytes.endIndex else { return index }
                let byte = bytes[index + k]
                let (min, max) = k == 1 ? (low, high) : (0x80, 0xBF)
                guard byte >= min, byte <= max else { return index }
            }
            index += length
        }
        return nil
    }
}

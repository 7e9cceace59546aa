extension Int {
    /// The number with thousands separators, independent of locale: `60000` → `"60,000"`.
    var grouped: String {
        let digits = String(magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return self < 0 ? "-" + result : result
    }
}

extension Array where Element == Int {
    /// Dimensions as written in messages: `[60000, 28, 28]` → `"60,000 × 28 × 28"`.
    var dimensionsText: String {
        isEmpty ? "(none: a single value)" : map(\.grouped).joined(separator: " × ")
    }
}

extension Array where Element == UInt8 {
    /// Bytes as lower-case hexadecimal pairs: `[0x1f, 0x8b]` → `"1f 8b"`.
    var hexText: String { map(Self.hex).joined(separator: " ") }

    /// Bytes as lower-case hexadecimal digits without separators: `[0x1f, 0x8b]` → `"1f8b"`.
    var hexDigits: String { map(Self.hex).joined() }

    private static func hex(_ byte: UInt8) -> String {
        byte < 16 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
    }
}

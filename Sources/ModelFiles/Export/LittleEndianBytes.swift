extension Array where Element == UInt8 {
    /// Appends `value` as `T.bitWidth / 8` little-endian bytes.
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        var littleEndian = value.littleEndian
        Swift.withUnsafeBytes(of: &littleEndian) { append(contentsOf: $0) }
    }

    /// Appends each Float32 as its 4 IEEE 754 bytes, little-endian (bit-exact, NaN payloads included).
    mutating func appendLittleEndian(_ values: [Float]) {
        reserveCapacity(count + 4 * values.count)
        for value in values { appendLittleEndian(value.bitPattern) }
    }
}

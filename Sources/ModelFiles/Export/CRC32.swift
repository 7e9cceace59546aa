/// The CRC-32 checksum zip files use (IEEE 802.3, reflected polynomial 0xEDB88320, initial and
/// final XOR 0xFFFFFFFF): `crc32(Array("123456789".utf8)) == 0xCBF43926`.
func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    bytes.withUnsafeBufferPointer { buffer in
        for byte in buffer {
            crc = crc32Table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
    }
    return crc ^ 0xFFFF_FFFF
}

/// The CRC of each byte value, one table lookup per byte.
private let crc32Table: [UInt32] = (0..<256).map { (index: UInt32) in
    var crc = index
    for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    return crc
}

/// In-place conversion of packed multi-byte values between big-endian (the IDX byte order) and
/// host order. The same swap works both ways; on a big-endian host it does nothing.
enum BigEndian {
    /// Swaps every `width`-byte value (1, 2, 4 or 8) in `bytes` between big-endian and host order.
    static func toHostOrder(_ bytes: UnsafeMutableRawBufferPointer, width: Int) {
        switch width {
        case 2: swap(bytes, as: UInt16.self)
        case 4: swap(bytes, as: UInt32.self)
        case 8: swap(bytes, as: UInt64.self)
        default: return
        }
    }

    private static func swap<T: FixedWidthInteger>(_ bytes: UnsafeMutableRawBufferPointer, as _: T.Type) {
        let width = MemoryLayout<T>.size
        for offset in stride(from: 0, to: bytes.count - width + 1, by: width) {
            let value = bytes.loadUnaligned(fromByteOffset: offset, as: T.self)
            bytes.storeBytes(of: T(bigEndian: value), toByteOffset: offset, as: T.self)
        }
    }
}

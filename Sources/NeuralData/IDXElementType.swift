/// The element type of an IDX file: the third byte of its magic number (`00 00 TT DD`).
///
/// Multi-byte values are stored big-endian in the file; ``IDXArray`` decodes them to host
/// order. MNIST and Fashion-MNIST use only `.uint8` (pixels 0…255 and labels 0…9).
public enum IDXElementType: UInt8, Sendable, CaseIterable {
    /// Unsigned byte, 1 byte per value (code 0x08).
    case uint8 = 0x08
    /// Signed byte, 1 byte per value (code 0x09).
    case int8 = 0x09
    /// Signed 16-bit integer, 2 bytes per value (code 0x0B).
    case int16 = 0x0B
    /// Signed 32-bit integer, 4 bytes per value (code 0x0C).
    case int32 = 0x0C
    /// IEEE 754 single precision, 4 bytes per value (code 0x0D).
    case float32 = 0x0D
    /// IEEE 754 double precision, 8 bytes per value (code 0x0E).
    case float64 = 0x0E

    /// Bytes one value occupies in the file (1, 2, 4 or 8).
    public var byteWidth: Int {
        switch self {
        case .uint8, .int8: 1
        case .int16: 2
        case .int32, .float32: 4
        case .float64: 8
        }
    }

    /// The name used in messages, e.g. `uint8`.
    public var name: String {
        switch self {
        case .uint8: "uint8"
        case .int8: "int8"
        case .int16: "int16"
        case .int32: "int32"
        case .float32: "float32"
        case .float64: "float64"
        }
    }
}

/// The decoded values of an IDX file, in file order (row-major over the dimensions, first
/// dimension slowest), one case per ``IDXElementType``, already in host byte order.
public enum IDXValues: Sendable, Equatable {
    /// Unsigned bytes (`IDXElementType.uint8`), e.g. MNIST pixels 0…255 or labels 0…9.
    case uint8([UInt8])
    /// Signed bytes (`IDXElementType.int8`).
    case int8([Int8])
    /// Signed 16-bit integers (`IDXElementType.int16`).
    case int16([Int16])
    /// Signed 32-bit integers (`IDXElementType.int32`).
    case int32([Int32])
    /// Single-precision floats (`IDXElementType.float32`).
    case float32([Float])
    /// Double-precision floats (`IDXElementType.float64`).
    case float64([Double])

    /// The element type these values are written as.
    public var elementType: IDXElementType {
        switch self {
        case .uint8: .uint8
        case .int8: .int8
        case .int16: .int16
        case .int32: .int32
        case .float32: .float32
        case .float64: .float64
        }
    }

    /// Number of values (the product of the array's dimensions).
    public var count: Int {
        switch self {
        case .uint8(let v): v.count
        case .int8(let v): v.count
        case .int16(let v): v.count
        case .int32(let v): v.count
        case .float32(let v): v.count
        case .float64(let v): v.count
        }
    }
}

import CZlib

/// A minimal PNG writer (ISO/IEC 15948): 8-bit greyscale or 8-bit RGB, any size, no
/// interlacing. Each scanline is stored unfiltered (filter type 0) and the whole image is
/// compressed with zlib's `compress2` into one IDAT chunk; chunk CRCs come from zlib's `crc32`.
public enum PNGEncoder {
    /// The pixel layouts supported; the raw value is the PNG colour type.
    public enum ColorType: UInt8, Sendable {
        /// One byte per pixel, 0 = black … 255 = white.
        case greyscale = 0
        /// Three bytes per pixel: red, green, blue.
        case rgb = 2

        /// Bytes per pixel.
        public var channels: Int { self == .greyscale ? 1 : 3 }
    }

    /// The 8-byte signature every PNG file starts with.
    public static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// The bytes of a PNG file holding the image.
    /// - Parameter pixels: row-major, top row first, `width · height · colorType.channels` bytes
    ///   (for RGB each pixel's red, green, blue in turn).
    /// - Throws: `.nonPositiveSize` for a side < 1 or > 2³¹−1, `.pixelCountMismatch` for a wrong
    ///   number of bytes, `.compressionFailed` if zlib fails.
    public static func encode(width: Int, height: Int, colorType: ColorType, pixels: [UInt8]) throws(DisplayError) -> [UInt8] {
        let limit = Int(Int32.max)
        guard width > 0, width <= limit else { throw .nonPositiveSize(what: "PNG width", value: width) }
        guard height > 0, height <= limit else { throw .nonPositiveSize(what: "PNG height", value: height) }
        let rowBytes = width * colorType.channels
        guard pixels.count / rowBytes == height, pixels.count % rowBytes == 0 else {
            throw .pixelCountMismatch(width: width * colorType.channels, height: height, actual: pixels.count)
        }
        var scanlines = [UInt8]()
        scanlines.reserveCapacity((rowBytes + 1) * height)
        for row in 0..<height {
            scanlines.append(0)
            scanlines += pixels[(row * rowBytes)..<((row + 1) * rowBytes)]
        }
        var header = bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, colorType.rawValue, 0, 0, 0]
        return signature + chunk("IHDR", header) + chunk("IDAT", try deflate(scanlines)) + chunk("IEND", [])
    }

    /// `data` as a zlib stream (RFC 1950), the format of PNG image data.
    static func deflate(_ data: [UInt8]) throws(DisplayError) -> [UInt8] {
        var capacity = compressBound(uLong(data.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        let status = output.withUnsafeMutableBufferPointer { destination in
            data.withUnsafeBufferPointer { source in
                compress2(destination.baseAddress, &capacity, source.baseAddress, uLong(data.count), Z_BEST_COMPRESSION)
            }
        }
        guard status == Z_OK else { throw .compressionFailed(status: status) }
        return Array(output.prefix(Int(capacity)))
    }

    /// One chunk: length, type, data, and the CRC-32 of type and data.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeAndData = Array(type.utf8) + data
        let crc = typeAndData.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        return bigEndian(UInt32(data.count)) + typeAndData + bigEndian(UInt32(crc))
    }

    /// The four bytes of `value`, most significant first (PNG's byte order).
    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}

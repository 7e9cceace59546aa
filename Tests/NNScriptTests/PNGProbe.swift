import Foundation

/// Decodes a PNG file written by a view with Python's zlib (an independent decoder: chunks with
/// CRC checks, IHDR, inflated IDAT, the five scanline filters) and answers the tests' questions:
/// size, colour type, and pixel values.
struct PNGProbe {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let width: Int
    let height: Int
    /// 0 = greyscale, 2 = RGB.
    let colorType: Int
    /// Row-major samples, `channels` per pixel.
    let samples: [UInt8]

    var channels: Int { colorType == 2 ? 3 : 1 }

    /// The samples of the pixel at column `x`, row `y` (one grey value, or red, green, blue).
    func pixel(_ x: Int, _ y: Int) -> [UInt8] {
        let offset = (y * width + x) * channels
        return Array(samples[offset ..< offset + channels])
    }

    private static let decoder = #"""
    import sys, zlib, struct
    data = open(sys.argv[1], 'rb').read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'signature'
    pos, idat, header = 8, b'', None
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc, = struct.unpack('>I', data[pos + 8 + length:pos + 12 + length])
        assert zlib.crc32(kind + body) & 0xffffffff == crc, 'crc of ' + kind.decode()
        if kind == b'IHDR': header = struct.unpack('>IIBBBBB', body)
        if kind == b'IDAT': idat += body
        pos += 12 + length
    width, height, depth, color = header[:4]
    assert depth == 8 and color in (0, 2)
    channels = 3 if color == 2 else 1
    raw, stride, rows, previous = zlib.decompress(idat), width * channels, [], bytearray(width * channels)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            p = a + b - c
            predictor = [0, a, b, (a + b) // 2,
                         a if abs(p - a) <= abs(p - b) and abs(p - a) <= abs(p - c) else (b if abs(p - b) <= abs(p - c) else c)][kind]
            line[i] = (line[i] + predictor) & 0xff
        rows.append(bytes(line))
        previous = line
    sys.stdout.write('%d %d %d\n' % (width, height, color))
    sys.stdout.buffer.write(b''.join(rows))
    """#

    /// Decodes the PNG at `path`; throws if Python rejects it (bad signature, CRC, filter…).
    init(path: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", Self.decoder, path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let newline = data.firstIndex(of: 10) else {
            throw Failure(description: "python3 could not decode \(path): \(String(decoding: message, as: UTF8.self))")
        }
        let header = String(decoding: data[..<newline], as: UTF8.self).split(separator: " ").compactMap { Int($0) }
        guard header.count == 3 else { throw Failure(description: "bad decoder header for \(path)") }
        (width, height, colorType) = (header[0], header[1], header[2])
        samples = [UInt8](data[data.index(after: newline)...])
        guard samples.count == width * height * channels else {
            throw Failure(description: "\(path): \(samples.count) samples for \(width)×\(height)")
        }
    }
}

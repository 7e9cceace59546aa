import CZlib

/// An independent, strict PNG reader for the tests: parses every chunk, checks each CRC-32,
/// reads IHDR, inflates the concatenated IDAT data and undoes the five scanline filters.
/// Supports what the encoder may write (8-bit greyscale or RGB, no interlace).
struct PNGReader {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    struct Chunk {
        let type: String
        let data: [UInt8]
    }

    let width: Int
    let height: Int
    let colorType: UInt8
    let chunks: [Chunk]
    /// Decoded pixels, row-major, `channels` bytes per pixel.
    let pixels: [UInt8]

    var channels: Int { colorType == 2 ? 3 : 1 }

    init(_ bytes: [UInt8]) throws {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard Array(bytes.prefix(8)) == signature else { throw Failure(description: "bad signature") }
        var chunks: [Chunk] = []
        var offset = 8
        func u32(_ at: Int) -> Int {
            Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
        }
        while offset < bytes.count {
            guard offset + 12 <= bytes.count else { throw Failure(description: "truncated chunk header") }
            let length = u32(offset)
            guard offset + 12 + length <= bytes.count else { throw Failure(description: "truncated chunk") }
            let typeAndData = Array(bytes[(offset + 4)..<(offset + 8 + length)])
            let stored = UInt(u32(offset + 8 + length))
            let computed = typeAndData.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
            let type = String(decoding: typeAndData.prefix(4), as: UTF8.self)
            guard stored == computed else { throw Failure(description: "CRC mismatch in \(type)") }
            chunks.append(Chunk(type: type, data: Array(typeAndData.dropFirst(4))))
            offset += 12 + length
        }
        guard chunks.first?.type == "IHDR", chunks.last?.type == "IEND" else {
            throw Failure(description: "chunk order: \(chunks.map(\.type))")
        }
        let header = chunks[0].data
        guard header.count == 13 else { throw Failure(description: "IHDR length \(header.count)") }
        let headerBytes = header
        func h32(_ at: Int) -> Int {
            Int(headerBytes[at]) << 24 | Int(headerBytes[at + 1]) << 16 | Int(headerBytes[at + 2]) << 8 | Int(headerBytes[at + 3])
        }
        width = h32(0)
        height = h32(4)
        colorType = header[9]
        guard header[8] == 8, header[10] == 0, header[11] == 0, header[12] == 0 else {
            throw Failure(description: "unsupported IHDR \(header)")
        }
        self.chunks = chunks
        let compressed = chunks.filter { $0.type == "IDAT" }.flatMap(\.data)
        let channels = colorType == 2 ? 3 : 1
        let stride = width * channels
        var raw = [UInt8](repeating: 0, count: (stride + 1) * height)
        var rawLength = uLongf(raw.count)
        let status = raw.withUnsafeMutableBufferPointer { destination in
            compressed.withUnsafeBufferPointer { uncompress(destination.baseAddress, &rawLength, $0.baseAddress, uLong($0.count)) }
        }
        guard status == Z_OK, Int(rawLength) == raw.count else {
            throw Failure(description: "inflate status \(status), \(rawLength) of \(raw.count) bytes")
        }
        var pixels = [UInt8](repeating: 0, count: stride * height)
        for row in 0..<height {
            let filter = raw[row * (stride + 1)]
            for column in 0..<stride {
                let x = raw[row * (stride + 1) + 1 + column]
                let a = column >= channels ? Int(pixels[row * stride + column - channels]) : 0
                let b = row > 0 ? Int(pixels[(row - 1) * stride + column]) : 0
                let c = row > 0 && column >= channels ? Int(pixels[(row - 1) * stride + column - channels]) : 0
                let predictor: Int
                switch filter {
                case 0: predictor = 0
                case 1: predictor = a
                case 2: predictor = b
                case 3: predictor = (a + b) / 2
                case 4:
                    let p = a + b - c
                    let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
                    predictor = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
                default: throw Failure(description: "filter type \(filter)")
                }
                pixels[row * stride + column] = UInt8((Int(x) + predictor) & 0xFF)
            }
        }
        self.pixels = pixels
    }

    /// The pixel at (x, y) as RGB (grey repeated for greyscale).
    func rgb(_ x: Int, _ y: Int) -> [UInt8] {
        let offset = (y * width + x) * channels
        return channels == 3 ? Array(pixels[offset..<(offset + 3)]) : Array(repeating: pixels[offset], count: 3)
    }
}

import Foundation
import Testing
@testable import NNSDisplay

@Suite struct PNGEncoderTests {
    /// Deterministic pseudo-random bytes (a linear congruential generator).
    func noise(_ count: Int, seed: UInt32) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(state >> 24)
        }
    }

    @Test(arguments: [(1, 1), (28, 28), (37, 5), (3, 200)])
    func greyscaleRoundTrips(width: Int, height: Int) throws {
        let pixels = noise(width * height, seed: UInt32(width * 1000 + height))
        let png = try PNGEncoder.encode(width: width, height: height, colorType: .greyscale, pixels: pixels)
        let decoded = try PNGReader(png)
        #expect(decoded.width == width)
        #expect(decoded.height == height)
        #expect(decoded.colorType == 0)
        #expect(decoded.pixels == pixels)
        #expect(decoded.chunks.map(\.type) == ["IHDR", "IDAT", "IEND"])
    }

    @Test(arguments: [(1, 1), (13, 7), (64, 3)])
    func rgbRoundTrips(width: Int, height: Int) throws {
        let pixels = noise(width * height * 3, seed: UInt32(width + 7 * height))
        let png = try PNGEncoder.encode(width: width, height: height, colorType: .rgb, pixels: pixels)
        let decoded = try PNGReader(png)
        #expect((decoded.width, decoded.height, decoded.colorType) == (width, height, 2))
        #expect(decoded.pixels == pixels)
    }

    @Test func realDigitRoundTrips() throws {
        let digit = try MNISTSample.testImages(count: 1)[0]
        let decoded = try PNGReader(try PNGEncoder.encode(width: 28, height: 28, colorType: .greyscale, pixels: digit))
        #expect(decoded.pixels == digit)
    }

    @Test func startsWithSignatureAndHeader() throws {
        let png = try PNGEncoder.encode(width: 300, height: 2, colorType: .rgb, pixels: [UInt8](repeating: 7, count: 1800))
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR length 13, type, width 300 = 0x012C, height 2, depth 8, colour type 2.
        #expect(Array(png[8..<29]) == [0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 1, 0x2C, 0, 0, 0, 2, 8, 2, 0, 0, 0])
    }

    @Test func corruptedByteFailsTheCRCCheck() throws {
        var png = try PNGEncoder.encode(width: 2, height: 2, colorType: .greyscale, pixels: [0, 85, 170, 255])
        png[20] ^= 1  // inside the IHDR data
        #expect(throws: PNGReader.Failure.self) { try PNGReader(png) }
    }

    @Test func rejectsWrongPixelCountAndSizes() {
        #expect(throws: DisplayError.pixelCountMismatch(width: 6, height: 2, actual: 5)) {
            try PNGEncoder.encode(width: 2, height: 2, colorType: .rgb, pixels: [1, 2, 3, 4, 5])
        }
        #expect(throws: DisplayError.nonPositiveSize(what: "PNG width", value: 0)) {
            try PNGEncoder.encode(width: 0, height: 2, colorType: .greyscale, pixels: [])
        }
        #expect(throws: DisplayError.nonPositiveSize(what: "PNG height", value: -1)) {
            try PNGEncoder.encode(width: 2, height: -1, colorType: .greyscale, pixels: [])
        }
    }

    @Test func pythonZlibReadsTheImageData() throws {
        // A second, independent inflater: Python's zlib, when python3 is installed.
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else { return }
        let pixels: [UInt8] = [0, 64, 128, 255, 1, 2]
        let png = try PNGEncoder.encode(width: 3, height: 2, colorType: .greyscale, pixels: pixels)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nns-display-\(UUID().uuidString).png")
        try Data(png).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import struct, sys, zlib
            b = open(sys.argv[1], 'rb').read(); i = 8; idat = b''
            while i < len(b):
                n, = struct.unpack('>I', b[i:i+4]); t = b[i+4:i+8]; d = b[i+8:i+8+n]
                assert struct.unpack('>I', b[i+8+n:i+12+n])[0] == zlib.crc32(t + d)
                if t == b'IHDR': w, h = struct.unpack('>II', d[:8])
                if t == b'IDAT': idat += d
                i += 12 + n
            raw = zlib.decompress(idat)
            print(w, h, ' '.join(str(x) for x in raw))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(output == "3 2 0 0 64 128 0 255 1 2\n")
    }
}

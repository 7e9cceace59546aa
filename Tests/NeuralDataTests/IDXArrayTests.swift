import Foundation
import Testing
@testable import NeuralData
import TestSupport

/// One small array of every element type, with values that exercise sign and byte order.
let everyElementType: [IDXArray] = {
    let shapes: [(IDXValues, [Int])] = [
        (.uint8([0, 1, 127, 128, 255, 42]), [2, 3]),
        (.int8([-128, -1, 0, 1, 127, 5]), [3, 2]),
        (.int16([-32768, -2, 0, 258, 32767, 7]), [6]),
        (.int32([Int32.min, -65536, 0, 16_909_060, Int32.max, 9, 10, 11]), [2, 2, 2]),
        (.float32([-1.5, 0, 3.25, .infinity, 1e-30, -0.0]), [1, 6]),
        (.float64([-2.5, 0, Double.pi, -.infinity, 1e300, .leastNonzeroMagnitude]), [2, 1, 3]),
    ]
    return shapes.map { IDXArray(validated: $0.1, values: $0.0) }
}()

@Suite struct IDXArrayTests {
    @Test(arguments: everyElementType)
    func encodedBytesDecodeToTheSameArray(array: IDXArray) throws {
        let decoded = try IDXArray.decode(array.encoded(), source: "memory")
        #expect(decoded == array)
        #expect(decoded.elementType == array.values.elementType)
    }

    @Test(arguments: everyElementType, [false, true])
    func filesReadBackRawAndGzip(array: IDXArray, gzip: Bool) throws {
        let directory = try ScratchDirectory.newDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/array-\(array.elementType.name)" + (gzip ? ".gz" : "")
        try array.write(toFile: path, gzip: gzip)
        let start = try TestData.bytes(of: path).prefix(2)
        #expect(Array(start) == (gzip ? [0x1f, 0x8b] : [0x00, 0x00]))
        #expect(try IDXArray.read(contentsOf: path) == array)
    }

    @Test func headerAndValuesAreBigEndian() throws {
        let array = try IDXArray(dimensions: [2], values: .int16([0x0102, -2]))
        #expect(array.encoded() == [0, 0, 0x0B, 1, 0, 0, 0, 2, 0x01, 0x02, 0xff, 0xfe])
        let floats = try IDXArray(dimensions: [1], values: .float32([1.0]))
        #expect(floats.encoded().suffix(4) == [0x3f, 0x80, 0x00, 0x00])
    }

    @Test func decodeAcceptsGzipBytes() throws {
        let array = everyElementType[3]
        let compressed = try GzipCompressor.compress(array.encoded(), path: "memory")
        #expect(try IDXArray.decode(compressed, source: "memory.gz") == array)
    }

    @Test func concatenatedGzipMembersReadAsOneFile() throws {
        let bytes = everyElementType[0].encoded()
        let split = bytes.count / 2
        let twoMembers = try GzipCompressor.compress(Array(bytes[..<split]), path: "a")
            + GzipCompressor.compress(Array(bytes[split...]), path: "b")
        #expect(try IDXArray.decode(twoMembers, source: "two.gz") == everyElementType[0])
    }

    @Test func rawBytesUnderAGzipNameStillRead() throws {
        let directory = try ScratchDirectory.newDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = try TestData.write(everyElementType[1].encoded(), named: "saved-by-browser.gz", in: directory)
        #expect(try IDXArray.read(contentsOf: path) == everyElementType[1])
    }

    @Test func limitReadsOnlyTheFirstEntries() throws {
        let array = try IDXArray(dimensions: [4, 2], values: .int32([1, 2, 3, 4, 5, 6, 7, 8]))
        let directory = try ScratchDirectory.newDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/four.gz"
        try array.write(toFile: path, gzip: true)
        let firstTwo = try IDXArray.read(contentsOf: path, limit: 2)
        #expect(firstTwo.dimensions == [2, 2])
        #expect(firstTwo.values == .int32([1, 2, 3, 4]))
        #expect(try IDXArray.read(contentsOf: path, limit: 99) == array)
    }

    @Test func zeroDimensionsHoldOneValue() throws {
        let scalar = try IDXArray(dimensions: [], values: .float64([2.5]))
        #expect(try IDXArray.decode(scalar.encoded(), source: "scalar") == scalar)
    }

    @Test func initRejectsDimensionsThatDoNotFitTheValues() {
        #expect(throws: DataError.invalidArray(problem: "dimensions 2 × 3 need 6 values, but 5 were given")) {
            try IDXArray(dimensions: [2, 3], values: .uint8([1, 2, 3, 4, 5]))
        }
    }

    @Test func realMNISTLabelsDecode() throws {
        let labels = try IDXArray.read(contentsOf: TestData.mnistFile("t10k-labels-idx1-ubyte.gz"))
        #expect(labels.elementType == .uint8)
        #expect(labels.dimensions == [10_000])
        guard case .uint8(let values) = labels.values else { Issue.record("not uint8"); return }
        #expect(Array(values.prefix(10)) == [7, 2, 1, 0, 4, 1, 4, 9, 5, 9])
    }
}

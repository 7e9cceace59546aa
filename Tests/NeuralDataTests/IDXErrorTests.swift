import Foundation
import Testing
@testable import NeuralData
import TestSupport

/// Malformed files give typed errors with these exact messages (golden texts).
@Suite struct IDXErrorTests {
    let scratchDirectory: ScratchDirectory
    var directory: String { scratchDirectory.path }
    let labels = IDXArray(validated: [4], values: .uint8([1, 2, 3, 4]))

    init() throws {
        scratchDirectory = try ScratchDirectory()
    }

    /// Reads `bytes` stored as `name` and returns the error, or nil if none was thrown.
    func error(reading bytes: [UInt8], named name: String) throws -> DataError? {
        let path = try TestData.write(bytes, named: name, in: directory)
        do {
            _ = try IDXArray.read(contentsOf: path)
            return nil
        } catch {
            return error
        }
    }

    @Test func wrongMagic() throws {
        let error = try #require(try error(reading: Array("P5\n28 28\n255\n".utf8), named: "digit.pgm"))
        #expect(error == .wrongMagic(path: directory + "/digit.pgm", firstBytes: [0x50, 0x35, 0x0a, 0x32]))
        #expect(error.description == """
            '\(directory)/digit.pgm' is not an IDX file: it starts with 50 35 0a 32, but an IDX file starts \
            with 00 00, an element-type code and the number of dimensions (MNIST images: 00 00 08 03, labels: \
            00 00 08 01). Check that the path names an IDX file such as train-images-idx3-ubyte.gz.
            """)
    }

    @Test func unknownElementType() throws {
        let error = try #require(try error(reading: [0, 0, 0x0A, 1, 0, 0, 0, 0], named: "odd.idx"))
        #expect(error.description == """
            '\(directory)/odd.idx' has the unknown IDX element type 0a (third byte of the magic number); known \
            types are 08 uint8, 09 int8, 0b int16, 0c int32, 0d float32, 0e float64. The file is damaged or \
            not an IDX file.
            """)
    }

    @Test func truncatedRawFile() throws {
        let bytes = Array(labels.encoded().dropLast(3))
        let error = try #require(try error(reading: bytes, named: "labels-idx1-ubyte"))
        #expect(error == .truncated(path: directory + "/labels-idx1-ubyte", expectedBytes: 12, foundBytes: 9))
        #expect(error.description == """
            '\(directory)/labels-idx1-ubyte' is truncated: expected 12 bytes (header and data), found 9. \
            Download or copy the file again (an interrupted download or copy leaves files like this).
            """)
    }

    @Test func truncatedGzipFileCountsDecompressedBytes() throws {
        let images = IDXArray(validated: [3, 28, 28], values: .uint8(.init(repeating: 7, count: 3 * 784)))
        let bytes = try GzipCompressor.compress(Array(images.encoded().dropLast(1000)), path: "x")
        let error = try #require(try error(reading: bytes, named: "images.gz"))
        #expect(error == .truncated(path: directory + "/images.gz", expectedBytes: 2368, foundBytes: 1368))
        #expect(error.description.contains("expected 2,368 bytes once decompressed (header and data), found 1,368"))
    }

    @Test func truncatedHeader() throws {
        let error = try #require(try error(reading: [0, 0, 8, 3, 0, 0], named: "short"))
        #expect(error == .truncated(path: directory + "/short", expectedBytes: 16, foundBytes: 6))
    }

    @Test func emptyFile() throws {
        let error = try #require(try error(reading: [], named: "empty"))
        #expect(error.description == """
            '\(directory)/empty' is empty: an IDX file needs at least a 4-byte magic number. Download or copy \
            the file again.
            """)
    }

    @Test func headerPromisingFarMoreThanTheFileHoldsFailsWithoutAllocating() throws {
        let bytes: [UInt8] = [0, 0, 0x0E, 2, 0x0f, 0xff, 0xff, 0xff, 0x0f, 0xff, 0xff, 0xff, 1, 2, 3]
        let error = try #require(try error(reading: bytes, named: "huge"))
        #expect(error == .truncated(path: directory + "/huge", expectedBytes: 12 + 8 * 0x0fff_ffff * 0x0fff_ffff, foundBytes: 15))
    }

    @Test func trailingBytes() throws {
        let error = try #require(try error(reading: labels.encoded() + [9, 9], named: "long"))
        #expect(error.description == """
            '\(directory)/long' is longer than its header says: expected 12 bytes, found 14. The dimensions \
            in the header do not match the data: the file is damaged or was written incorrectly.
            """)
    }

    @Test func notGzip() throws {
        let html = Array("<!DOCTYPE html><title>404</title>".utf8)
        let error = try #require(try error(reading: html, named: "train-images-idx3-ubyte.gz"))
        #expect(error == .notGzip(path: directory + "/train-images-idx3-ubyte.gz", firstBytes: [0x3c, 0x21, 0x44, 0x4f]))
        #expect(error.description == """
            '\(directory)/train-images-idx3-ubyte.gz' is not a gzip file: its name ends in .gz, but it \
            starts with 3c 21 44 4f instead of the gzip signature 1f 8b (it looks like a web page, perhaps an \
            error page saved by a download). Download or copy the file again.
            """)
    }

    @Test func corruptGzip() throws {
        var bytes = try GzipCompressor.compress(labels.encoded(), path: "x")
        for index in 10..<bytes.count - 8 { bytes[index] ^= 0x5a }
        let error = try #require(try error(reading: bytes, named: "labels.gz"))
        guard case .corruptGzip(let path, let reason) = error else {
            Issue.record("expected corruptGzip, got \(error)")
            return
        }
        #expect(path == directory + "/labels.gz")
        #expect(reason.hasPrefix("the compressed data is invalid ("))
        #expect(error.description.hasPrefix("'\(directory)/labels.gz' is a damaged gzip file: the compressed data is invalid ("))
        #expect(error.description.hasSuffix("). Download or copy the file again (`gzip -t FILE` checks a .gz file)."))
    }

    @Test func gzipCutShort() throws {
        let real = try TestData.bytes(of: TestData.mnistFile("t10k-labels-idx1-ubyte.gz"))
        let error = try #require(try error(reading: Array(real.prefix(2000)), named: "t10k-labels-idx1-ubyte.gz"))
        guard case .corruptGzip(_, let reason) = error else {
            Issue.record("expected corruptGzip, got \(error)")
            return
        }
        #expect(reason.hasPrefix("the compressed data ends early, after "))
        #expect(reason.hasSuffix(" decompressed bytes (the file is truncated, as an interrupted download or copy leaves it)"))
    }

    @Test func missingFile() {
        let path = directory + "/no-such-file.gz"
        #expect(throws: DataError.unreadable(path: path, reason: "there is no such file")) {
            try IDXArray.read(contentsOf: path)
        }
        #expect(DataError.unreadable(path: path, reason: "there is no such file").description == """
            cannot read '\(path)': there is no such file. Check the path (a relative path starts from the \
            current directory) and the file's permissions.
            """)
    }

    @Test func directoryInsteadOfFile() {
        #expect(throws: DataError.unreadable(path: directory, reason: "it is a directory, not a file")) {
            try IDXArray.read(contentsOf: directory)
        }
    }
}

import Foundation
import Glibc
import Testing
@testable import NeuralData
import TestSupport

/// Files that lie about their size, files that are not files, and long reads that are asked to
/// stop: refused by name, with memory that follows the data that arrives, never the header.
@Suite struct IDXHardeningTests {
    let scratchDirectory: ScratchDirectory
    var directory: String { scratchDirectory.path }

    init() throws {
        scratchDirectory = try ScratchDirectory()
    }

    /// An IDX uint8 header with `dimensions`, then `payload` bytes of value 7.
    func idx(_ dimensions: [UInt32], payload: Int) -> [UInt8] {
        var bytes: [UInt8] = [0, 0, 8, UInt8(dimensions.count)]
        for d in dimensions { bytes += [UInt8(d >> 24), UInt8(d >> 16 & 0xff), UInt8(d >> 8 & 0xff), UInt8(d & 0xff)] }
        return bytes + [UInt8](repeating: 7, count: payload)
    }

    /// A stream over `bytes` that records the largest buffer a reader asked it to fill.
    final class RecordingStream: ByteStream {
        let bytes: [UInt8]
        var offset = 0
        var largestRequest = 0
        let initialCapacity: Int
        init(_ bytes: [UInt8], initialCapacity: Int) {
            self.bytes = bytes
            self.initialCapacity = initialCapacity
        }
        func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
            largestRequest = max(largestRequest, buffer.count)
            let count = min(buffer.count, bytes.count - offset)
            for i in 0..<count { buffer[i] = bytes[offset + i] }
            offset += count
            return count
        }
        /// As a compressed stream would claim: far more than it holds.
        var remainingUpperBound: Int { Int.max / 2 }
    }

    @Test func aHeaderClaimingBillionsOfValuesAllocatesOnlyAboutWhatArrives() throws {
        let stream = RecordingStream(idx([5_000_000, 28, 28], payload: 300_000), initialCapacity: 65_536)
        #expect(throws: DataError.truncated(path: "claim", expectedBytes: 16 + 3_920_000_000, foundBytes: 16 + 300_000)) {
            try IDXDecoder.decode(from: stream, path: "claim")
        }
        // The array doubled from 64 KB as bytes came: never more than twice what the stream held.
        #expect(stream.largestRequest <= 2 * 300_000)
    }

    /// No images of 4,294,967,295 × 4,294,967,125 pixels: a valid IDX file (0 × R × C holds no
    /// bytes) whose image size overflows Int (fuzzer regression zero-images-of-overflowing-size).
    @Test func zeroImagesOfAnOverflowingSizeAreRefused() throws {
        let images = try TestData.write(idx([0, 0xffff_ffff, 0xffff_ff55], payload: 0), named: "images", in: directory)
        let labels = try TestData.write(idx([0], payload: 0), named: "labels", in: directory)
        let error = #expect(throws: DataError.self) { try LabeledImages.load(images: images, labels: labels, name: "huge") }
        #expect(error?.description.contains("images of 4,294,967,295 × 4,294,967,125 pixels are larger than nns handles "
                                            + "(at most 16,777,216 pixels per image)") == true, "\(String(describing: error))")
        #expect(throws: DataError.self) {
            try LabeledImages(name: "wide", pixels: [], labels: [], rows: 4097, columns: 4096)
        }
    }

    @Test func aGzipThatClaimsFiveMillionImagesIsTruncatedNotAnAllocation() throws {
        let payload = idx([5_000_000, 28, 28], payload: 2_000_000)
        let path = try TestData.write(try GzipCompressor.compress(payload, path: "claim.gz"), named: "claim.gz", in: directory)
        let error = #expect(throws: DataError.self) { try IDXArray.read(contentsOf: path) }
        #expect(error == .truncated(path: path, expectedBytes: 16 + 3_920_000_000, foundBytes: 16 + 2_000_000))
    }

    @Test func devicesAndFIFOsAreRefusedByName() throws {
        #expect(throws: DataError.unreadable(path: "/dev/zero", reason: "it is a character device, not a regular file")) {
            try IDXArray.read(contentsOf: "/dev/zero")
        }
        let fifo = directory + "/images.gz"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: DataError.unreadable(path: fifo, reason: "it is a FIFO (named pipe), not a regular file")) {
            try LabeledImages.load(images: fifo, labels: fifo, name: "x")
        }
    }

    @Test func aLongReadStopsWhenAskedAndSaysSo() throws {
        let path = try TestData.write(idx([2_000, 100, 100], payload: 20_000_000), named: "big-idx3-ubyte", in: directory)
        var asked = 0
        #expect(throws: DataError.interrupted(what: "'\(path)'")) {
            try IDXArray.read(contentsOf: path, isCancelled: { asked += 1; return asked > 2 })
        }
        #expect(DataError.interrupted(what: "'a.gz'").description == "interrupted while reading 'a.gz'; nothing was loaded")
    }

    @Test func aRealGzipFileStillReads() throws {
        let images = try IDXArray.read(contentsOf: TestData.mnistFile("t10k-images-idx3-ubyte.gz"), limit: 100)
        #expect(images.dimensions == [100, 28, 28])
    }
}

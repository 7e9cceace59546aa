import Foundation
import Glibc
import SafeFiles
import Testing
import TestSupport

/// Reading refuses everything but a regular file before reading a byte, so no path can block
/// nns (a FIFO) or make it read forever (`/dev/zero`), and caps what it reads.
@Suite struct RegularFileTests {
    let scratch: ScratchDirectory

    init() throws {
        scratch = try ScratchDirectory()
    }

    @Test func aRegularFileIsReadWhole() throws {
        let path = try scratch.write("a.txt", "hello\n")
        #expect(try RegularFile.read(path) == Array("hello\n".utf8))
        #expect(try RegularFile.read(try scratch.write("empty", "")) == [])
    }

    @Test func aLargerFileThanTheBufferIsReadWhole() throws {
        let text = String(repeating: "0123456789", count: 50_000)
        #expect(try RegularFile.read(try scratch.write("big", text)).count == 500_000)
    }

    @Test func devZeroIsRefusedBeforeAnyByteIsRead() {
        #expect(throws: ReadProblem.notRegular(.characterDevice)) { try RegularFile.read("/dev/zero") }
        #expect(ReadProblem.notRegular(.characterDevice).description == "it is a character device, not a regular file")
    }

    @Test func aFIFOWithNoWriterIsRefusedAtOnce() throws {
        let path = scratch.path + "/pipe"
        #expect(mkfifo(path, 0o600) == 0)
        let started = Date()
        #expect(throws: ReadProblem.notRegular(.fifo)) { try RegularFile.read(path) }
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(throws: MappedReadError<ReadProblem>.self) { try RegularFile.withMappedBytes(path) { _ throws(ReadProblem) in } }
    }

    @Test func missingDirectoryAndEmptyPathsAreNamedAsSuch() {
        #expect(throws: ReadProblem.notFound) { try RegularFile.read(scratch.path + "/nothing") }
        #expect(throws: ReadProblem.notFound) { try RegularFile.read(scratch.path + "/no/such/file") }
        #expect(throws: ReadProblem.notFound) { try RegularFile.read("") }
        #expect(throws: ReadProblem.isDirectory) { try RegularFile.read(scratch.path) }
    }

    @Test func aFileOverItsLimitIsRefusedWithBothSizes() throws {
        let path = try scratch.write("script.nns", String(repeating: "x", count: 2_000))
        let limit = ReadLimit(bytes: 1_000, kind: "an nns script")
        #expect(throws: ReadProblem.tooLarge(bytes: 2_000, limit: limit)) { try RegularFile.read(path, limit: limit) }
        #expect(ReadProblem.tooLarge(bytes: 2_000, limit: limit).description
                == "it is 2 KB, larger than an nns script can be (1 KB)")
        #expect(try RegularFile.read(path, limit: ReadLimit(bytes: 2_000, kind: "x")).count == 2_000)
    }

    @Test func mappedBytesSeeTheFileAndAnEmptyOne() throws {
        let path = try scratch.write("m", "mapped")
        let text = try RegularFile.withMappedBytes(path) { (bytes) throws(ReadProblem) in String(decoding: bytes, as: UTF8.self) }
        #expect(text == "mapped")
        let count = try RegularFile.withMappedBytes(try scratch.write("e", "")) { (bytes) throws(ReadProblem) in bytes.count }
        #expect(count == 0)
    }

    @Test func kindsAreNamedForMessages() {
        #expect(RegularFile.kind(of: "/dev/null") == .characterDevice)
        #expect(RegularFile.kind(of: "/") == .directory)
        #expect(RegularFile.kind(of: "/no/such") == nil)
        #expect(FileKind.fifo.description == "a FIFO (named pipe)")
    }
}

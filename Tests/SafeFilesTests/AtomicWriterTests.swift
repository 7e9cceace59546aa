import Foundation
import Glibc
import SafeFiles
import Testing
import TestSupport

/// What a save may replace: regular files only, through symbolic links (which stay), never a
/// device, FIFO, socket, directory or read-only file; stale temporaries of the same target go.
@Suite struct AtomicWriterTests {
    let scratch: ScratchDirectory

    init() throws {
        scratch = try ScratchDirectory()
    }

    private func contents(_ path: String) throws -> String {
        try String(contentsOfFile: path, encoding: .utf8)
    }

    private func listing() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: scratch.path).sorted()
    }

    private func mode(_ path: String) -> Int {
        var status = stat()
        stat(path, &status)
        return Int(status.st_mode & 0o7777)
    }

    @Test func aNewFileIsCreatedWithTheUmaskAndNoTemporaryIsLeft() throws {
        let path = scratch.path + "/model.json"
        let mask = umask(0o022)
        defer { umask(mask) }
        try AtomicWriter.write(Array("new".utf8), to: path)
        #expect(try contents(path) == "new")
        #expect(mode(path) == 0o644)
        #expect(try listing() == ["model.json"])
    }

    @Test func aReplacedFileKeepsItsMode() throws {
        let path = try scratch.write("model.json", "old")
        chmod(path, 0o640)
        try AtomicWriter.write(Array("new".utf8), to: path)
        #expect(try contents(path) == "new")
        #expect(mode(path) == 0o640)
    }

    @Test func aFIFOIsRefusedAndStaysAFIFO() throws {
        let path = scratch.path + "/pipe"
        #expect(mkfifo(path, 0o644) == 0)
        #expect(throws: WriteProblem.notRegular(.fifo)) { try AtomicWriter.write(Array("x".utf8), to: path) }
        #expect(RegularFile.kind(of: path) == .fifo)
        #expect(try listing() == ["pipe"])
    }

    @Test func aCharacterDeviceIsRefusedDirectlyAndThroughALink() throws {
        // `target(of:)` makes every check `write` makes and writes nothing, so this is safe as root.
        #expect(throws: WriteProblem.notRegular(.characterDevice)) { try AtomicWriter.target(of: "/dev/null") }
        let link = scratch.path + "/null-link"
        #expect(symlink("/dev/null", link) == 0)
        #expect(throws: WriteProblem.notRegular(.characterDevice)) { try AtomicWriter.target(of: link) }
        #expect(WriteProblem.notRegular(.characterDevice).description
                == "it is a character device, not a regular file; nns writes only regular files and never replaces anything else")
    }

    @Test func aSocketIsRefused() throws {
        let path = scratch.path + "/s"
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in path.utf8.enumerated() { raw[index] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
        #expect(throws: WriteProblem.notRegular(.socket)) { try AtomicWriter.write(Array("x".utf8), to: path) }
    }

    @Test func aDanglingSymbolicLinkGetsItsTargetCreatedAndStaysALink() throws {
        let link = scratch.path + "/link.json"
        #expect(symlink("real.json", link) == 0)
        try AtomicWriter.write(Array("new".utf8), to: link)
        #expect(try contents(scratch.path + "/real.json") == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.json")
        #expect(try listing() == ["link.json", "real.json"])
    }

    @Test func aChainOfLinksIntoAnotherDirectoryIsFollowedToTheEnd() throws {
        try FileManager.default.createDirectory(atPath: scratch.path + "/models", withIntermediateDirectories: false)
        let real = try scratch.write("models/real.json", "old")
        #expect(symlink("models/real.json", scratch.path + "/first") == 0)
        #expect(symlink("first", scratch.path + "/second") == 0)
        try AtomicWriter.write(Array("new".utf8), to: scratch.path + "/second")
        #expect(try contents(real) == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path + "/second") == "first")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/models") == ["real.json"])
    }

    @Test func aLoopOfLinksIsRefused() {
        #expect(symlink("b", scratch.path + "/a") == 0)
        #expect(symlink("a", scratch.path + "/b") == 0)
        #expect(throws: WriteProblem.tooManyLinks) { try AtomicWriter.write(Array("x".utf8), to: scratch.path + "/a") }
    }

    @Test func aReadOnlyFileIsRefusedEvenForRoot() throws {
        let path = try scratch.write("model.json", "old")
        chmod(path, 0o444)
        #expect(throws: WriteProblem.readOnly(mode: 0o444)) { try AtomicWriter.write(Array("new".utf8), to: path) }
        #expect(try contents(path) == "old")
        #expect(WriteProblem.readOnly(mode: 0o444).description
                == "the file is read-only (mode 0444); make it writable first (chmod u+w) or write to another name")
        #expect(try listing() == ["model.json"])
    }

    @Test func pathsThatCannotNameAFileAreRefused() throws {
        #expect(throws: WriteProblem.noFileName) { try AtomicWriter.write([], to: "") }
        #expect(throws: WriteProblem.namesDirectory) { try AtomicWriter.write([], to: scratch.path + "/m.json/") }
        #expect(throws: WriteProblem.isDirectory) { try AtomicWriter.write([], to: scratch.path) }
        #expect(throws: WriteProblem.missingDirectory(scratch.path + "/no")) {
            try AtomicWriter.write([], to: scratch.path + "/no/m.json")
        }
        let file = try scratch.write("plain", "x")
        #expect(throws: WriteProblem.missingDirectory(file)) { try AtomicWriter.write([], to: file + "/m.json") }
        #expect(try listing() == ["plain"])
    }

    @Test func staleTemporariesOfTheSameTargetAreRemovedAndLiveOnesKept() throws {
        let path = try scratch.write("model.json", "old")
        let stale = try scratch.write(".model.json.tmp-AbC123", "half a model")
        let live = try scratch.write(".model.json.tmp-LiVe99", "being written")
        let other = try scratch.write(".other.json.tmp-XyZ789", "another target's")
        let holder = open(live, O_RDONLY)
        defer { close(holder) }
        #expect(flock(holder, LOCK_EX) == 0)
        try AtomicWriter.write(Array("new".utf8), to: path)
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: live))
        #expect(FileManager.default.fileExists(atPath: other))
        #expect(try contents(path) == "new")
    }

    @Test func anInterruptionBeforeTheRenameLeavesTheOldFileAndNoTemporary() throws {
        struct Stop: Error {}
        let path = try scratch.write("model.json", "old")
        var seen: String?
        #expect(throws: WriteProblem.self) {
            try AtomicWriter.write(Array("new".utf8), to: path) { temporary in
                seen = temporary
                #expect(TemporaryFiles.registeredPaths.contains(temporary))
                throw Stop()
            }
        }
        let temporary = try #require(seen)
        #expect((temporary as NSString).lastPathComponent.hasPrefix(".model.json.tmp-"))
        #expect(!TemporaryFiles.registeredPaths.contains(temporary))
        #expect(try contents(path) == "old")
        #expect(try listing() == ["model.json"])
    }

    @Test func registeredTemporariesAreRemovedByRemoveAll() throws {
        let path = try scratch.write(".x.tmp-ABCDEF", "partial")
        TemporaryFiles.prepare()
        let registration = try #require(TemporaryFiles.register(path))
        TemporaryFiles.removeAll()
        TemporaryFiles.unregister(registration)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func fileTooLargeNamesTheLimit() {
        #expect(WriteProblem.fileTooLarge(limit: 1_024).description
                == "file too large: it exceeds the size limit for files this process may write (1 KB), set with 'ulimit -f'")
    }
}

import Foundation
import Testing
import TestSupport

/// Standard output that fails — a pipe closed by its reader, a full device, a closed descriptor
/// — is reported once on standard error with exit status 1, and the script's own file writes
/// still happen; a file-size limit is "file too large", not a silent SIGXFSZ.
@Suite struct StreamTests {
    let scratch: ScratchDirectory

    init() throws {
        scratch = try ScratchDirectory()
    }

    /// Runs `command` with bash in the scratch directory: `$NNS` is the binary.
    func shell(_ command: String) throws -> NNSBinary.Run {
        try NNSBinary.run(["-c", command], executable: "/bin/bash", environment: ["NNS": NNSBinary.path], in: scratch.path)
    }

    func errorReports(in text: String) -> Int {
        text.components(separatedBy: "nns: cannot write to standard output").count - 1
    }

    @Test func aPipeClosedByItsReaderIsReportedOnceAndTheSaveStillHappens() throws {
        let run = try shell("\"$NNS\" -c 'net 784 30 10; echo a; echo b; echo c; save m.json; echo d' | head -1; "
                            + "echo status=${PIPESTATUS[0]}")
        #expect(run.stdout.hasPrefix("net: 784"))
        #expect(run.stdout.hasSuffix("status=1\n"))
        #expect(errorReports(in: run.stderr) <= 1)
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/m.json"))
    }

    @Test func aFullDeviceIsReportedOnceWithStatusOne() throws {
        let run = try shell("\"$NNS\" -c 'echo hi; net 4 3 2; save m.json; echo bye' > /dev/full; echo status=$?")
        #expect(run.stdout == "status=1\n")
        #expect(errorReports(in: run.stderr) == 1)
        #expect(run.stderr.contains("nns: cannot write to standard output: No space left on device"))
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/m.json"))
    }

    @Test func aClosedStandardOutputIsReportedAndNeverReusedForAFile() throws {
        let run = try shell("\"$NNS\" -c 'net 4 3 2; save m.json; echo bye' >&-; echo status=$?")
        #expect(run.stdout == "status=1\n")
        #expect(run.stderr.contains("nns: cannot write to standard output: it is closed"))
        let saved = try String(contentsOfFile: scratch.path + "/m.json", encoding: .utf8)
        #expect(saved.hasPrefix("{"), "the model file holds the model, not nns's output")
        #expect(!saved.contains("bye"))
    }

    @Test func aFileSizeLimitIsFileTooLargeAndLeavesNoTemporary() throws {
        let run = try shell("ulimit -f 10; \"$NNS\" -c 'net 784 100 10; save big.json; echo after'; echo status=$?")
        #expect(run.stdout.hasSuffix("status=1\n"))
        #expect(run.stderr.contains("big.json: cannot be written: file too large: it exceeds the size limit for files this "
                                    + "process may write (10.2 KB), set with 'ulimit -f'"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    @Test func invalidUTF8OnStandardInputIsAnErrorAtItsPlace() throws {
        let run = try NNSBinary.run([], stdin: "echo ok\necho caf\u{e9}")
        #expect(run.status == 0)
        let bad = try shell("printf 'echo ok\\necho \\377\\n' | \"$NNS\"; echo status=$?")
        #expect(bad.stdout == "status=1\n")
        #expect(bad.stderr.hasPrefix("<stdin>:2:6: invalid UTF-8 (byte 0xFF): nns scripts are UTF-8 text"))
    }
}

import Foundation
import Testing
import TestSupport

/// The command line itself: help, version and every kind of bad usage (exit status 2).
@Suite struct CommandLineTests {
    @Test func versionPrintsTheVersionAndSucceeds() throws {
        let run = try NNSBinary.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test func helpDescribesEveryWayToRunAndTheFlags() throws {
        let run = try NNSBinary.run(["--help"])
        #expect(run.status == 0)
        for expected in ["nns [<options>] [[run] <file.nns>|<file.ipynb>]", "-c <commands>", "nns kernel install",
                         "nns kernel -f <connection-file>", "nns convert <from> <to>", "--echo", "--seed", "--data",
                         "--keep-going", "--version", "Exit status: 0 success, 1 a command failed, 2 bad usage"] {
            #expect(run.stdout.contains(expected), "help lacks \(expected)")
        }
    }

    @Test func anUnknownFlagIsBadUsage() throws {
        let run = try NNSBinary.run(["--epochs", "3"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("Unknown option '--epochs'"))
        #expect(run.stdout.isEmpty)
    }

    @Test func aSeedThatIsNotANumberIsBadUsage() throws {
        let run = try NNSBinary.run(["--seed", "many", "-c", "seed"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("many"))
    }

    @Test func aMissingScriptIsBadUsageAndNamed() throws {
        let run = try NNSBinary.run(["no-such-script.nns"])
        #expect(run.status == 2)
        #expect(run.stderr == "nns: cannot read script 'no-such-script.nns': No such file or directory\n")
    }

    @Test func aDirectoryIsNotAScript() throws {
        let scratch = try ScratchDirectory()
        let run = try NNSBinary.run([scratch.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("cannot read script '\(scratch.path)': Is a directory"))
    }

    @Test func binaryContentIsNotAScript() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path + "/weights.bin"
        try Data([0xff, 0xfe, 0x00, 0x81]).write(to: URL(fileURLWithPath: path))
        let run = try NNSBinary.run([path])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(path):1:1: invalid UTF-8 (byte 0xFF): nns scripts are UTF-8 text — is this an nns script?"))
    }

    @Test func commandsAndAScriptTogetherAreBadUsage() throws {
        let run = try NNSBinary.run(["-c", "seed", "a.nns"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("give either -c COMMANDS or a script, not both"))
    }

    @Test func runNeedsAScript() throws {
        let run = try NNSBinary.run(["run"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("'nns run' needs a script"))
    }

    @Test func onlyOneScriptIsRun() throws {
        let run = try NNSBinary.run(["a.nns", "b.nns"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("unexpected argument 'b.nns'"))
    }
}

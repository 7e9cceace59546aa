import Foundation
import Testing
import TestSupport

/// `nns FILE.nns`, `nns run FILE.nns` and executable `#!/usr/bin/env nns` scripts.
@Suite struct ScriptFileTests {
    let scratch: ScratchDirectory

    init() throws {
        scratch = try ScratchDirectory()
    }

    @Test func aScriptRunsInOrderAndSucceeds() throws {
        let script = try scratch.write("ok.nns", "# a comment\necho first\nlet eta = 0.5\necho eta is $eta\n")
        let run = try NNSBinary.run([script])
        #expect(run.status == 0)
        #expect(run.stdout == "first\neta is 0.5\n")
        #expect(run.stderr.isEmpty)
    }

    @Test func runFileIsTheSameAsFile() throws {
        let script = try scratch.write("run.nns", "echo via run\n")
        let run = try NNSBinary.run(["run", script])
        #expect(run.status == 0)
        #expect(run.stdout == "via run\n")
    }

    @Test func aFailingCommandStopsTheScriptWithFileLineAndColumn() throws {
        let script = try scratch.write("typo.nns", "echo before\n\nsgd epoch=3\necho after\n")
        let run = try NNSBinary.run([script])
        #expect(run.status == 1)
        #expect(run.stdout == "before\n")
        #expect(run.stderr.hasPrefix("\(script):3:5: unknown argument 'epoch' for sgd — did you mean 'epochs'?\n"))
        #expect(run.stderr.contains("  sgd epoch=3\n      ^~~~~"))
    }

    @Test func keepGoingRunsTheRestButStillFails() throws {
        let script = try scratch.write("keep.nns", "echo before\nsdg\necho after\n")
        let run = try NNSBinary.run(["--keep-going", script])
        #expect(run.status == 1)
        #expect(run.stdout == "before\nafter\n")
        #expect(run.stderr.contains("\(script):2:1: unknown command 'sdg' — did you mean 'sgd'?"))
    }

    @Test func quitEndsTheScriptSuccessfully() throws {
        let script = try scratch.write("quit.nns", "echo one\nquit\necho never\n")
        let run = try NNSBinary.run([script])
        #expect(run.status == 0)
        #expect(run.stdout == "one\n")
    }

    @Test func quitAfterAnEarlierFailureStillFails() throws {
        let script = try scratch.write("late-quit.nns", "sdg\nquit\n")
        let run = try NNSBinary.run(["--keep-going", script])
        #expect(run.status == 1)
    }

    @Test func aSyntaxErrorRunsNothing() throws {
        let script = try scratch.write("open.nns", "echo one\nnet [784, 30\n")
        let run = try NNSBinary.run([script])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("\(script):2:5: '[' is never closed — add ']'"))
    }

    @Test func anExecutableScriptWithAShebangRunsThroughEnv() throws {
        let script = try scratch.write("tool.nns", "#!/usr/bin/env nns\necho from the shebang script\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let binDirectory = URL(fileURLWithPath: NNSBinary.path).deletingLastPathComponent().path
        let path = binDirectory + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let run = try NNSBinary.run([], executable: script, environment: ["PATH": path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "from the shebang script\n")
    }

    @Test func relativeScriptPathsAreNamedAsWrittenAndResolvedFromTheWorkingDirectory() throws {
        try scratch.write("here.nns", "sdg\n")
        let run = try NNSBinary.run(["here.nns"], in: scratch.path)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("here.nns:1:1: unknown command 'sdg'"))
    }
}

import Foundation
import Testing

/// `nns FILE.nns`, `nns run FILE.nns` and executable `#!/usr/bin/env nns` scripts.
@Suite struct ScriptFileTests {
    let scratch: ScratchDirectory

    init() throws {
        scratch = try ScratchDirectory()
    }

    @Test func aScriptRunsInOrderAndSucceeds() throws {
        let script = try scratch.write("# a comment\necho first\nlet eta = 0.5\necho eta is $eta\n", to: "ok.nns")
        let run = try NNSBinary.run([script])
        #expect(run.status == 0)
        #expect(run.stdout == "first\neta is 0.5\n")
        #expect(run.stderr.isEmpty)
    }

    @Test func runFileIsTheSameAsFile() throws {
        let script = try scratch.write("echo via run\n", to: "run.nns")
        let run = try NNSBinary.run(["run", script])
        #expect(run.status == 0)
        #expect(run.stdout == "via run\n")
    }

    @Test func aFailingCommandStopsTheScriptWithFileLineAndColumn() throws {
        let script = try scratch.write("echo before\n\nsgd epoch=3\necho after\n", to: "typo.nns")
        let run = try NNSBinary.run([script])
        #expect(run.status == 1)
        #expect(run.stdout == "before\n")
        #expect(run.stderr.hasPrefix("\(script):3:5: unknown argument 'epoch' for sgd — did you mean 'epochs'?\n"))
        #expect(run.stderr.contains("  sgd epoch=3\n      ^~~~~"))
    }

    @Test func keepGoingRunsTheRestButStillFails() throws {
        let script = try scratch.write("echo before\nsdg\necho after\n", to: "keep.nns")
        let run = try NNSBinary.run(["--keep-going", script])
        #expect(run.status == 1)
        #expect(run.stdout == "before\nafter\n")
        #expect(run.stderr.contains("\(script):2:1: unknown command 'sdg' — did you mean 'sgd'?"))
    }

    @Test func quitEndsTheScriptSuccessfully() throws {
        let script = try scratch.write("echo one\nquit\necho never\n", to: "quit.nns")
        let run = try NNSBinary.run([script])
        #expect(run.status == 0)
        #expect(run.stdout == "one\n")
    }

    @Test func quitAfterAnEarlierFailureStillFails() throws {
        let script = try scratch.write("sdg\nquit\n", to: "late-quit.nns")
        let run = try NNSBinary.run(["--keep-going", script])
        #expect(run.status == 1)
    }

    @Test func aSyntaxErrorRunsNothing() throws {
        let script = try scratch.write("echo one\nnet [784, 30\n", to: "open.nns")
        let run = try NNSBinary.run([script])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("\(script):2:5: '[' is never closed — add ']'"))
    }

    @Test func anExecutableScriptWithAShebangRunsThroughEnv() throws {
        let script = try scratch.write("#!/usr/bin/env nns\necho from the shebang script\n", to: "tool.nns")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        let binDirectory = URL(fileURLWithPath: NNSBinary.path).deletingLastPathComponent().path
        let path = binDirectory + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let run = try NNSBinary.run([], executable: script, environment: ["PATH": path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "from the shebang script\n")
    }

    @Test func relativeScriptPathsAreNamedAsWrittenAndResolvedFromTheWorkingDirectory() throws {
        try scratch.write("sdg\n", to: "here.nns")
        let run = try NNSBinary.run(["here.nns"], in: scratch.path)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("here.nns:1:1: unknown command 'sdg'"))
    }
}

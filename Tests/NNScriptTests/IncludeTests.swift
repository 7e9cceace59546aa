import Testing
@testable import NNScript
import TestSupport

/// `run FILE`: relative paths, shared variables, errors with the inner file's location, the
/// recursion guard.
@Suite struct IncludeTests {
    @Test func runStartsRelativePathsAtTheIncludingScriptsDirectory() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("lib/inner.nns", "echo inner sees $x\nlet y = 2\nrun deeper/last.nns")
        try scratch.write("lib/deeper/last.nns", "echo last")
        let main = try scratch.write("main.nns", "let x = 1\nrun lib/inner.nns\necho main sees $y")
        let session = InterpreterHarness()
        #expect(session.run("run \"\(main)\"") == .success)
        #expect(session.output == "inner sees 1\nlast\nmain sees 2\n")
        #expect(session.errors == "")
    }

    @Test func atThePromptRelativePathsStartAtTheCurrentDirectory() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("a.nns", "echo from a")
        let session = InterpreterHarness(SessionOptions(currentDirectory: scratch.path))
        #expect(session.run("run a.nns") == .success)
        #expect(session.output == "from a\n")
    }

    @Test func anErrorInsideIsReportedWithTheInnerFileLineAndColumn() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("sub/inner.nns", "echo one\n\nsgd  epoch=3\necho never")
        try scratch.write("main.nns", "run sub/inner.nns\necho after")
        let session = InterpreterHarness(SessionOptions(currentDirectory: scratch.path))
        #expect(session.run("run main.nns\necho not either", file: nil) == .failure)
        #expect(session.output == "one\n")
        #expect(session.errors == """
            sub/inner.nns:3:6: unknown argument 'epoch' for sgd — did you mean 'epochs'?
              sgd  epoch=3
                   ^~~~~

            """)
    }

    @Test func aScriptGivenByNameShowsItsNameInNestedLocations() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("examples/lib.nns", "echo $nope")
        let session = InterpreterHarness(SessionOptions(currentDirectory: scratch.path))
        #expect(session.run("run lib.nns", file: "examples/main.nns") == .failure)
        #expect(session.errors.hasPrefix("examples/lib.nns:1:6: undefined variable '$nope'"))
    }

    @Test func keepGoingContinuesInsideAndAfterTheIncludedScript() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("inner.nns", "echo a\nnope\necho b")
        let session = InterpreterHarness(SessionOptions(keepGoing: true, currentDirectory: scratch.path))
        #expect(session.run("run inner.nns; echo c") == .failure)
        #expect(session.output == "a\nb\nc\n")
    }

    @Test func aScriptThatRunsItselfIsRefused() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("a.nns", "echo in a\nrun b.nns")
        try scratch.write("b.nns", "run ./a.nns")
        let session = InterpreterHarness(SessionOptions(currentDirectory: scratch.path))
        #expect(session.run("run a.nns") == .failure)
        #expect(session.output == "in a\n")
        #expect(session.errors == """
            b.nns:1:5: './a.nns' is already running (a.nns → b.nns → ./a.nns) — a script cannot run itself
              run ./a.nns
                  ^~~~~~~

            """)
    }

    @Test func theTopLevelScriptCountsForTheRecursionGuard() throws {
        let scratch = try ScratchDirectory()
        let path = try scratch.write("self.nns", "run self.nns")
        let session = InterpreterHarness()
        #expect(session.run("run self.nns", file: path) == .failure)
        #expect(session.errors.contains("is already running"))
    }

    @Test func missingScriptsAndDirectoriesAreExplained() throws {
        let scratch = try ScratchDirectory()
        let session = InterpreterHarness(SessionOptions(currentDirectory: scratch.path))
        #expect(session.run("run nothere.nns") == .failure)
        #expect(session.errors.hasPrefix("1:5: cannot read script 'nothere.nns': there is no such file\n  run nothere.nns\n      ^~~~~~~~~~~"))
        session.sink.clear()
        #expect(session.run("run .") == .failure)
        #expect(session.errors.hasPrefix("1:5: cannot read script '.': it is a directory"))
    }

    @Test func aShebangLineIsAComment() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("s.nns", "#!/usr/bin/env nns\necho ok\n")
        let session = InterpreterHarness(SessionOptions(currentDirectory: scratch.path))
        #expect(session.run("run s.nns") == .success)
        #expect(session.output == "ok\n")
    }
}

import Testing
@testable import NNScript

/// `let`, `for`, `time`, `echo`, `vars`, `quit`, and how failures stop (or do not stop) a script.
@Suite struct StatementTests {
    @Test func letDefinesAndEchoPrints() {
        let session = InterpreterHarness()
        #expect(session.run("let eta = 0.5\nlet sets = validation,test\necho \"eta =\" $eta $sets") == .success)
        #expect(session.output == "eta = 0.5 [validation, test]\n")
        #expect(session.errors == "")
    }

    @Test func varsListsSortedValuesAsSource() {
        let session = InterpreterHarness()
        session.run("vars")
        #expect(session.output == "no variables — define one with 'let eta = 0.5'\n")
        session.sink.clear()
        session.run("let sizes = [784, 30, 10]; let a = \"x y\"; vars")
        #expect(session.output == "a = \"x y\"\nsizes = [784, 30, 10]\n")
    }

    @Test func forRunsTheBodyPerEntryAndScopesItsVariable() {
        let session = InterpreterHarness()
        let outcome = session.run("""
            let x = outer
            for x in [1, 2.5, three] {
                echo x is $x
            }
            echo after $x
            """)
        #expect(outcome == .success)
        #expect(session.output == "x is 1\nx is 2.5\nx is three\nafter outer\n")
    }

    @Test func loopVariableIsUndefinedAfterTheLoopWhenItWasNew() {
        let session = InterpreterHarness()
        #expect(session.run("for i in [1] { echo $i }") == .success)
        #expect(session.interpreter.variables["i"] == nil)
    }

    @Test func nestedLoops() {
        let session = InterpreterHarness()
        session.run("for a in [1, 2] { for b in [x, y] { echo $a $b } }")
        #expect(session.output == "1 x\n1 y\n2 x\n2 y\n")
    }

    @Test func forOverANonListIsAnErrorAtTheValue() {
        let session = InterpreterHarness()
        #expect(session.run("let n = 3\nfor x in $n { echo $x }", file: "loop.nns") == .failure)
        #expect(session.errors == """
            loop.nns:2:10: 'for' needs a list after 'in', like [0.25, 1.0, 3.0], got '3'
              for x in $n { echo $x }
                       ^~

            """)
    }

    @Test func timeReportsCPUAndWallTimeAfterTheOutput() throws {
        let session = InterpreterHarness()
        #expect(session.run("time echo hi") == .success)
        let lines = session.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == "hi")
        #expect(lines[1].hasPrefix("CPU times: user "))
        #expect(lines[1].contains(", sys: ") && lines[1].contains(", total: "))
        #expect(try #require(lines.last).hasPrefix("Wall time: "))
    }

    @Test func durationsAreFormattedLikeIPython() {
        #expect(Stopwatch.format(1.234) == "1.23 s")
        #expect(Stopwatch.format(12.345) == "12.3 s")
        #expect(Stopwatch.format(0.0456) == "45.6 ms")
        #expect(Stopwatch.format(0.000_012_3) == "12.3 µs")
        #expect(Stopwatch.format(0.5) == "500 ms")
        #expect(Stopwatch.format(125) == "2min 5s")
        #expect(Stopwatch.format(3_725) == "1h 2min 5s")
    }

    @Test func quitStopsEverythingAfterIt() {
        let session = InterpreterHarness()
        #expect(session.run("echo a; quit; echo b") == .quit)
        #expect(session.output == "a\n")
        let alias = InterpreterHarness()
        #expect(alias.run("for i in [1, 2] { echo $i; exit }") == .quit)
        #expect(alias.output == "1\n")
    }

    @Test func aScriptStopsAtItsFirstError() {
        let session = InterpreterHarness()
        let outcome = session.run("echo one\nsdg epochs=3\necho two", file: "s.nns")
        #expect(outcome == .failure)
        #expect(session.output == "one\n")
        #expect(session.errors == """
            s.nns:2:1: unknown command 'sdg' — did you mean 'sgd'?
              sdg epochs=3
              ^~~

            """)
        #expect(session.interpreter.failedCommandCount == 1)
        #expect(session.interpreter.session.lastError?.location.line == 2)
    }

    @Test func keepGoingRunsTheRestAndStillFails() {
        let session = InterpreterHarness(SessionOptions(keepGoing: true))
        let outcome = session.run("echo one\nsdg\nfor i in [1, 2] { echo $i; sgd m=0 }\necho two", file: "s.nns")
        #expect(outcome == .failure)
        #expect(session.output == "one\n1\n2\ntwo\n")
        #expect(session.interpreter.failedCommandCount == 3)
        #expect(session.errors.contains("s.nns:3:34: 'm' must be at least 1, got 0"))
    }

    @Test func aSyntaxErrorRunsNothing() {
        let session = InterpreterHarness()
        #expect(session.run("echo one\nnet [784, 30") == .failure)
        #expect(session.output == "")
        #expect(session.errors.hasPrefix("2:5: '[' is never closed"))
    }

    @Test func echoOptionPrintsEachStatementBeforeItsOutput() {
        let session = InterpreterHarness(SessionOptions(echo: true))
        session.run("let a = 1\nfor x in [1, 2] { echo $x }\ntime echo \\\n  done")
        let expected = """
            > let a = 1
            > for x in [1, 2] {…}
            > # x = 1
            > echo $x
            1
            > # x = 2
            > echo $x
            2
            > time echo done
            done
            """
        #expect(session.output.hasPrefix(expected + "\n"))
    }

    @Test func commandsWithoutAnExecutorSayTheyAreNotAvailable() {
        let session = InterpreterHarness()
        #expect(session.run("export book.npz") == .failure)
        #expect(session.errors.hasPrefix("1:1: 'export' is not available yet in this build of nns"))
    }

    @Test func cancellationStopsBetweenStatements() {
        let session = InterpreterHarness()
        session.interpreter.isCancellationRequested = { true }
        #expect(session.run("echo a; echo b") == .success)
        #expect(session.output == "a\n")
        #expect(session.errors == "interrupted — stopped before echo b\n")
        #expect(session.interpreter.lastRunWasInterrupted)
    }

    @Test func seedShowsAndSets() {
        let session = InterpreterHarness(SessionOptions(seed: 7))
        session.run("seed; seed 42; seed")
        #expect(session.output == "seed 7\nseed 42\n")
    }
}

import Foundation
import Glibc
import Testing
import TestSupport
@testable import NNScript

/// No input can overflow the stack: nesting of lists, indices, blocks and `time` is bounded in
/// the parser, loops, `time` and `run` are bounded in the interpreter, and values built from
/// variables are bounded in depth and size. Each limit is an error at the place where it was
/// exceeded, and the session goes on.
///
/// The tests run the interpreter on a thread with the main thread's 8 MB stack, as the CLI does:
/// on a smaller stack `StackSpace` stops nesting earlier (tested below too).
@Suite struct NestingLimitTests {
    /// Runs `source` in a fresh session on a thread with `stackSize` bytes of stack and returns
    /// the harness.
    func run(_ source: String, file: String? = nil, stackSize: Int = 8 << 20,
             options: SessionOptions = SessionOptions()) -> InterpreterHarness {
        let session = InterpreterHarness(options)
        let done = DispatchSemaphore(value: 0)
        let handOver = UncheckedSendable(session)  // used by that thread only while this one waits
        let thread = Thread {
            handOver.value.run(source, file: file)
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        return session
    }

    @Test func listsNestedOneLevelTooDeepAreAnErrorAtTheBracket() {
        let limit = Parser.maximumNesting
        let ok = run("echo " + String(repeating: "[", count: limit) + String(repeating: "]", count: limit))
        #expect(ok.errors.isEmpty)
        let deep = run("echo " + String(repeating: "[", count: 4_000) + String(repeating: "]", count: 4_000))
        #expect(deep.errors.hasPrefix("1:\(6 + limit): nesting deeper than \(limit) levels (lists, indices, blocks and 'time' counted together)"))
        #expect(deep.interpreter.failedCommandCount == 1)
    }

    @Test func nestedIndicesAreCountedToo() {
        let deep = run("echo test[" + String(repeating: "a[", count: 3_000) + "1" + String(repeating: "]", count: 3_001))
        #expect(deep.errors.contains("nesting deeper than 100 levels"))
    }

    @Test func nestedBlocksClosedOrNotStopAtTheLimit() {
        let open = String(repeating: "for x in [1] {\n", count: 2_900)
        let unclosed = run(open)
        #expect(unclosed.errors.hasPrefix("101:10: nesting deeper than 100 levels"))
        #expect(isComplete(open), "too deep is an error now, not a request for more lines")
        let closed = run(open + "echo hi\n" + String(repeating: "}\n", count: 2_900))
        #expect(closed.errors.hasPrefix("101:10: nesting deeper than 100 levels"))
        let fine = run(String(repeating: "for x in [1] {\n", count: 99) + "echo hi\n" + String(repeating: "}\n", count: 99))
        #expect(fine.output == "hi\n")
    }

    @Test func aChainOfTimeStopsAtTheLimit() {
        let session = run(String(repeating: "time ", count: 6_400) + "echo hi")
        #expect(session.errors.hasPrefix("1:501: nesting deeper than 100 levels"))
    }

    @Test func aChainOfScriptsRunningTheNextStopsAtTheRunDepthLimit() throws {
        let scratch = try ScratchDirectory()
        for i in 0..<100 { try scratch.write("s\(i).nns", "run s\(i + 1).nns\n") }
        try scratch.write("s100.nns", "echo end\n")
        let session = run("run s0.nns", options: SessionOptions(currentDirectory: scratch.path))
        #expect(session.errors.contains("'s64.nns' would be the 65th script running at once (s0.nns → s1.nns → … → s63.nns → s64.nns)"
            + " — scripts may run scripts at most 64 deep"))
        #expect(session.output.isEmpty)
        #expect(session.interpreter.nesting == 0 && session.interpreter.includeStack.isEmpty)
    }

    @Test func loopsAndRunsAcrossScriptsAreBoundedTogether() throws {
        let scratch = try ScratchDirectory()
        let loops = String(repeating: "for x in [1] {\n", count: 90)
        let closing = String(repeating: "}\n", count: 90)
        for i in 0..<10 { try scratch.write("s\(i).nns", loops + "run s\(i + 1).nns\n" + closing) }
        try scratch.write("s10.nns", "echo end\n")
        let session = run("run s0.nns", options: SessionOptions(currentDirectory: scratch.path))
        #expect(session.errors.contains("loops, 'time' and 'run' are nested deeper than 200 levels here"))
        #expect(session.output.isEmpty)
    }

    @Test func aSmallStackStopsNestingBeforeItOverflows() {
        let session = run("echo " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100),
                          stackSize: 256 << 10)
        #expect(session.errors.contains("nesting deeper than"))
        let loops = run(String(repeating: "for x in [1] {\n", count: 99) + "echo hi\n" + String(repeating: "}\n", count: 99),
                        stackSize: 256 << 10)
        #expect(loops.errors.contains("nesting deeper than"))
    }

    @Test func valuesBuiltFromVariablesAreBoundedInDepthAndSize() {
        let doubling = run("let a = [1]\nfor i in [" + Array(repeating: "1", count: 30).joined(separator: ",")
                           + "] { let a = [$a, $a] }\necho done")
        #expect(doubling.errors.contains("this list holds more than 1,000,000 values in all (inner lists counted)"))
        let deep = run("let a = [1]\nfor i in [" + Array(repeating: "1", count: 150).joined(separator: ",")
                       + "] { let a = [$a] }")
        #expect(deep.errors.contains("this list nests lists deeper than 100 levels"))
        #expect(deep.interpreter.variables["a"].map { $0.size.depth } == 100)
    }
}

/// A value handed to another thread while the handing thread waits for it.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

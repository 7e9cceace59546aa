import Foundation
import Testing
import TestSupport
@testable import NNScript

/// Every command that can take more than a moment stops when cancellation is requested, having
/// changed nothing (training keeps what it learned). At the prompt an interruption ends the
/// entry; in a script (scope `.command`) it ends only the running command and the script goes on.
@Suite struct InterruptionTests {
    /// A session with the first 200 test and training images loaded and a fitting network.
    func loaded(scope: InterruptionScope = .entry) -> InterpreterHarness {
        let session = InterpreterHarness()
        session.run(TestData.loadTrain(limit: 200) + "; " + TestData.loadTest(limit: 200) + "; net 784 10 10")
        session.sink.clear()
        session.interpreter.interruptionScope = scope
        return session
    }

    @Test func longCommandsStopWhenAskedAndChangeNothing() {
        for command in ["eval test", "confusion test", "errors test", TestData.loadTrain(limit: 100)] {
            let session = loaded()
            let before = session.interpreter.session.dataSet(.train)?.count
            session.interpreter.isCancellationRequested = { true }
            #expect(session.run(command) == .success, "\(command)")
            #expect(session.errors.hasPrefix("interrupted — "), "\(command): \(session.errors)")
            #expect(session.errors.contains("stopped before it finished; nothing was changed"), "\(command)")
            #expect(session.interpreter.lastRunWasInterrupted, "\(command)")
            #expect(session.interpreter.failedCommandCount == 0, "\(command)")
            #expect(session.interpreter.session.dataSet(.train)?.count == before, "\(command)")
        }
    }

    @Test func aDownloadStopsBeforeItStartsWhenAskedAndCreatesNothing() throws {
        let scratch = try ScratchDirectory()
        let environment = ["HOME": scratch.path, "MNIST_MIRROR": scratch.path + "/mirror"]
        let session = InterpreterHarness(SessionOptions(environment: environment, currentDirectory: scratch.path))
        session.interpreter.isCancellationRequested = { true }
        #expect(session.run("load mnist") == .success)
        #expect(session.errors.hasPrefix("interrupted — load stopped before it finished; nothing was changed"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    @Test func openStopsWhenAsked() throws {
        let scratch = try ScratchDirectory()
        let session = InterpreterHarness(SessionOptions(currentDirectory: scratch.path))
        session.run("net 784 100 10; save big.json; net 4 3 2")
        session.interpreter.isCancellationRequested = { true }
        #expect(session.run("open big.json") == .success)
        #expect(session.errors.hasPrefix("interrupted — open stopped before it finished"))
        #expect(session.interpreter.session.network?.sizes == [4, 3, 2])
    }

    @Test func atThePromptAnInterruptionEndsTheEntry() {
        let session = loaded()
        let asked = CancellationFlag()
        session.interpreter.isCancellationRequested = { asked.isSet }
        asked.set()
        session.run("eval test; echo after")
        #expect(!session.output.contains("after"))
    }

    @Test func inAScriptAnInterruptedCommandEndsAloneAndTheScriptGoesOn() {
        let session = loaded(scope: .command)
        let asked = CancellationFlag()
        session.interpreter.isCancellationRequested = { asked.isSet }
        session.interpreter.acknowledgeInterruption = { asked.clear() }
        asked.set()
        #expect(session.run("sgd epochs=3 monitor=none; echo after; eval test") == .success)
        #expect(session.errors.hasPrefix("interrupted in epoch 0 after 0 of 20 mini-batches; the network keeps what it learned"))
        #expect(session.output.contains("after\n"))
        #expect(session.output.contains("test: "))
        #expect(session.interpreter.session.history.count == 1)
        #expect(session.interpreter.session.history.first?.ending == "cancelled")
        #expect(!session.interpreter.lastRunWasInterrupted)
    }

    @Test func terminationEndsAScriptBetweenStatements() {
        let session = loaded(scope: .command)
        let ending = CancellationFlag()
        session.interpreter.isTerminationRequested = { ending.isSet }
        ending.set()
        #expect(session.run("echo one; echo two") == .success)
        #expect(session.output.isEmpty)
        #expect(session.errors == "stopping — nns was asked to end; stopped before echo one\n")
        #expect(session.interpreter.lastRunWasInterrupted)
    }
}

/// A flag shared with the interpreter's polling closures.
final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
    func clear() { lock.withLock { value = false } }
}

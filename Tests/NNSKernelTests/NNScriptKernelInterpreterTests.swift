import Foundation
import NNScript
import Synchronization
import Testing
import TestSupport
@testable import NNSKernel

/// The nns language behind the kernel: real cells in a real session, their outputs as the
/// kernel would send them.
@Suite struct NNScriptKernelInterpreterTests {
    /// What a cell produced, in order.
    final class RecordingOutput: KernelOutput {
        enum Event: Equatable {
            case stream(StreamName, String)
            case display([String: JSON], id: String?, update: Bool)
            case result([String: JSON])
        }
        var events: [Event] = []
        var times: [ContinuousClock.Instant] = []
        func stream(_ name: StreamName, _ text: String) { events.append(.stream(name, text)) }
        func display(_ data: [String: JSON], metadata: [String: JSON], displayID: String?, update: Bool) {
            events.append(.display(data, id: displayID, update: update))
            times.append(.now)
        }
        func result(_ data: [String: JSON], metadata: [String: JSON]) { events.append(.result(data)) }
        var stdout: String { events.map { if case .stream(.stdout, let text) = $0 { text } else { "" } }.joined() }
        var stderr: String { events.map { if case .stream(.stderr, let text) = $0 { text } else { "" } }.joined() }
        var displays: [(data: [String: JSON], id: String?, update: Bool)] {
            events.compactMap { if case .display(let data, let id, let update) = $0 { (data, id, update) } else { nil } }
        }
    }

    static func loadTrain(limit: Int) -> String {
        let directory = RealData.directory.path + "/mnist-train-5k"
        return "load idx images=\"\(directory)/train-images-idx3-ubyte.gz\" labels=\"\(directory)/train-labels-idx1-ubyte.gz\" "
            + "as=train limit=\(limit) split=\(limit - limit / 5)"
    }

    /// The stop button, for the interruption test.
    final class Flag: Sendable {
        let raised = Atomic<Bool>(false)
    }

    let interrupted = Flag()
    let kernel: NNScriptKernelInterpreter

    init() {
        let flag = interrupted
        kernel = NNScriptKernelInterpreter(options: SessionOptions(terminalWidth: 100)) { flag.raised.load(ordering: .relaxed) }
    }

    func run(_ code: String) -> (ExecutionOutcome, RecordingOutput) {
        let output = RecordingOutput()
        return (kernel.execute(code, executionCount: 1, output: output), output)
    }

    @Test func aViewIsOneBundleWithTextPNGAndHTML() throws {
        let (outcome, output) = run("net 784 10 10\nweights layer=1 grid")
        #expect(outcome == .ok)
        #expect(output.displays.count == 1)
        let data = try #require(output.displays.first).data
        #expect(Set(data.keys) == ["text/plain", "image/png", "text/html"])
        let base64 = try #require(data["image/png"]?.string)
        let png = try #require(Data(base64Encoded: base64))
        #expect(Array(png.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        #expect(data["text/html"]?.string?.contains("data:image/png;base64,") == true)
        #expect(data["text/plain"]?.string?.contains("layer 1: incoming weights") == true)
        #expect(output.stdout.hasPrefix("net: 784"))  // the net line is text, the view is not
    }

    @Test func everyPictureViewSendsAPNG() throws {
        let (loaded, _) = run("seed 1\n\(Self.loadTrain(limit: 500))\nnet 784 20 10\nsgd epochs=2 m=10 monitor=validation")
        #expect(loaded == .ok)
        for view in ["show train[3]", "predict validation[0]", "weights neuron=2", "weights grid", "activations validation[1]",
                     "confusion validation", "errors validation n=5", "plot", "plot cost", "history"] {
            let (outcome, output) = run(view)
            #expect(outcome == .ok, "\(view)")
            #expect(output.displays.count == 1, "\(view)")
            #expect(output.displays.first?.data["image/png"] != nil, "\(view)")
        }
        let (_, plot) = run("plot")
        #expect(plot.displays.first?.data["image/svg+xml"]?.string?.hasPrefix("<svg") == true)
        let (_, confusion) = run("confusion validation")
        #expect(confusion.displays.first?.data["text/html"]?.string?.contains("<table>") == true)
    }

    @Test func aFailedCellIsOneErrorAndNothingOnStderr() throws {
        let (outcome, output) = run("echo before\nsgd epoch=3")
        guard case .error(let error) = outcome else { Issue.record("no error"); return }
        #expect(error.name == "ArgumentError")
        #expect(error.value == "unknown argument 'epoch' for sgd — did you mean 'epochs'?")
        #expect(error.traceback == ["2:5: unknown argument 'epoch' for sgd — did you mean 'epochs'?", "  sgd epoch=3", "      ^~~~~"])
        #expect(output.stderr.isEmpty)
        #expect(output.stdout == "before\n")
        guard case .error(let syntax) = run("net [784, 30}").0 else { Issue.record("no error"); return }
        #expect(syntax.name == "SyntaxError")
        guard case .error(let unknown) = run("sdg").0 else { Issue.record("no error"); return }
        #expect(unknown.name == "UnknownCommand")
    }

    @Test func theSessionCarriesFromCellToCellAndSurvivesAFailure() {
        #expect(run("let eta = 0.5\nnet 784 10 10").0 == .ok)
        if case .ok = run("net 784 0 10").0 { Issue.record("net 784 0 10 succeeded") }
        let (outcome, output) = run("$eta\ninfo")
        #expect(outcome == .ok)
        #expect(output.events.first == .result(["text/plain": "0.5"]))
        #expect(output.stdout.contains("784 → 10 sigmoid → 10 sigmoid"))
    }

    @Test func anInterruptionEndsTheCellWithWhereTrainingStopped() throws {
        #expect(run("seed 1\n\(Self.loadTrain(limit: 500))\nnet 784 10 10").0 == .ok)
        interrupted.raised.store(true, ordering: .relaxed)
        let (outcome, output) = run("sgd epochs=5 m=10\necho never")
        interrupted.raised.store(false, ordering: .relaxed)
        guard case .error(let error) = outcome else { Issue.record("not interrupted"); return }
        #expect(error.name == "KeyboardInterrupt")
        #expect(error.value == "interrupted in epoch 0 after 0 of 40 mini-batches; the network keeps what it learned")
        #expect(output.stderr.isEmpty && !output.stdout.contains("never"))
        #expect(run("eval validation").0 == .ok)
    }

    @Test func trainingProgressIsOneDisplayUpdatedAtMostTenTimesASecond() throws {
        #expect(run("seed 1\n\(Self.loadTrain(limit: 5000))\nnet 784 30 10").0 == .ok)
        let started = ContinuousClock.now
        let (outcome, output) = run("sgd epochs=4 m=10 monitor=validation")
        let seconds = (ContinuousClock.now - started) / .seconds(1)
        #expect(outcome == .ok)
        let displays = output.displays
        #expect(!displays.isEmpty)
        #expect(Set(displays.map(\.id)).count == 1 && displays[0].id != nil)
        #expect(displays.first?.update == false && displays.dropFirst().allSatisfy(\.update))
        #expect(Double(displays.count) <= seconds * 10 + 2, "\(displays.count) updates in \(seconds) s")
        #expect(displays.last?.data["text/plain"]?.string?.contains("epoch 4/4") == true)
        #expect(displays.last?.data["text/html"]?.string?.contains("<progress") == true)
        #expect(output.stdout.components(separatedBy: "Epoch ").count == 5)
    }

    @Test func completionCountsCodePoints() {
        let code = "echo \"é→\"; sgd ep"
        let matches = kernel.complete(code, cursor: code.unicodeScalars.count)
        #expect(matches.matches == ["epochs="])
        #expect(matches.start == code.unicodeScalars.count - 2 && matches.end == code.unicodeScalars.count)
        let inside = kernel.complete("eval t\nsgd", cursor: 6)
        #expect(inside.matches == ["test", "train"] && inside.start == 5 && inside.end == 6)
    }

    @Test func inspectionIsTheHelpOfTheCommandUnderTheCursor() {
        #expect(kernel.inspect("sgd epochs=3", cursor: 8)?.hasPrefix("sgd — ") == true)
        #expect(kernel.inspect("help weights", cursor: 7)?.hasPrefix("weights — ") == true)
        #expect(kernel.inspect("echo é; time sgd", cursor: 16)?.hasPrefix("sgd — ") == true)
        #expect(kernel.inspect("# a comment", cursor: 4) == nil)
        #expect(kernel.inspect("sdg", cursor: 1) == nil)
    }

    @Test func completenessOfCells() {
        #expect(kernel.isComplete("net 784 30 10") == .complete)
        #expect(kernel.isComplete("for x in [1] {") == .incomplete)
        #expect(kernel.isComplete("sgd \\") == .incomplete)
        #expect(kernel.isComplete("}") == .invalid)
        #expect(kernel.isComplete("30 epochs") == .invalid)
    }
}

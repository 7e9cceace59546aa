import Foundation
import Testing
@testable import NNScript

/// The heavy views of a [784, 100, 10] network on the 10,000 MNIST test images answer within
/// 0.2 s in a release build. Opt-in (it needs release optimisation to mean anything): set
/// `NNS_VIEW_TIMING` to a file path, run
/// `swift test -c release -Xswiftc -enable-testing --filter ViewSpeedTests`, and read the
/// seconds per command from that file.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["NNS_VIEW_TIMING"] != nil))
struct ViewSpeedTests {
    static let limit = 0.2

    @Test(arguments: [false, true])
    func heavyViewsAnswerWithinTheLimit(colour: Bool) throws {
        let images = try ViewFixture.load("mnist/t10k", name: "mnist test")
        #expect(images.count == 10_000)
        let options = SessionOptions(isTerminal: colour, color: colour, terminalWidth: 120)
        let harness = InterpreterHarness(options)
        harness.interpreter.session.dataSets[.test] = LoadedDataSet(images, origin: "mnist test")
        harness.interpreter.session.network = try ViewFixture.untrainedNetwork(sizes: [784, 100, 10])
        var report = ""
        for command in ["confusion test", "errors test n=20", "weights layer=1 grid", "weights"] {
            var times: [Double] = []
            for _ in 0..<5 {
                harness.sink.clear()
                let clock = ContinuousClock()
                let start = clock.now
                #expect(harness.run(command) == .success)
                let elapsed = start.duration(to: clock.now)
                times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            }
            let first = times[0]
            let best = times.min() ?? first
            #expect(first < Self.limit, "\(command): \(first) s")
            report += "\(colour ? "colour" : "plain ") \(command): first \(String(format: "%.4f", first)) s, "
                + "best of 5 \(String(format: "%.4f", best)) s\n"
        }
        let path = ProcessInfo.processInfo.environment["NNS_VIEW_TIMING"] ?? "/dev/null"
        let previous = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        try (previous + report).write(toFile: path, atomically: true, encoding: .utf8)
    }
}

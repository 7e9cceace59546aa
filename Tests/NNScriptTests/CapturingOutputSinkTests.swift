import Testing
@testable import NNScript

/// The test sink keeps both streams, separately and interleaved.
@Suite struct CapturingOutputSinkTests {
    @Test func keepsOutputAndErrorsInOrder() {
        let sink = CapturingOutputSink()
        let output: any OutputSink = sink
        output.write("Epoch 0: 9129 / 10000\n")
        output.writeError("1:5: unknown argument\n")
        output.write("done\n")
        #expect(sink.output == "Epoch 0: 9129 / 10000\ndone\n")
        #expect(sink.errors == "1:5: unknown argument\n")
        #expect(sink.transcript == "Epoch 0: 9129 / 10000\n1:5: unknown argument\ndone\n")
        #expect(sink.all == [.output("Epoch 0: 9129 / 10000\n"), .error("1:5: unknown argument\n"), .output("done\n")])
        sink.clear()
        #expect(sink.transcript.isEmpty)
    }
}

import Testing
@testable import NNScript

/// The views in a session built with real commands: `load`, `net`, `sgd`, then looking inside.
@Suite struct InspectionSessionTests {
    /// A session with 1,000 training and 1,000 test images, a seeded [784, 10, 10] network and
    /// `runs` sgd runs of one epoch each, monitoring the test set.
    static func session(runs: Int) -> InterpreterHarness {
        let harness = InterpreterHarness()
        harness.run(TestData.loadTrain(limit: 1000))
        harness.run(TestData.loadTest(limit: 1000))
        harness.run("seed 1; net 784 10 10")
        for _ in 0..<runs { harness.run("sgd epochs=1 eta=3 m=10 monitor=test") }
        harness.sink.clear()
        return harness
    }

    @Test func everyViewRunsAfterTraining() {
        let harness = Self.session(runs: 1)
        for command in ["show test[7]", "show train[0]", "predict test[7]", "weights", "weights neuron=3",
                        "weights layer=2 grid", "activations test[0]", "confusion", "errors n=5", "history", "plot",
                        "plot cost"] {
            harness.sink.clear()
            #expect(harness.run(command) == .success, "\(command)")
            #expect(harness.errors == "", "\(command)")
            #expect(!harness.output.isEmpty, "\(command)")
        }
    }

    @Test func historyListsEachSgdRunAndPlotContinuesItsEpochs() throws {
        let harness = Self.session(runs: 2)
        harness.run("history")
        #expect(harness.output.hasPrefix("""
            run 1: sgd epochs=1 eta=3 m=10 lambda=0 on train (n = 1,000), 1 epoch, completed
            run 2: sgd epochs=1 eta=3 m=10 lambda=0 on train (n = 1,000), 1 epoch, completed
            """))
        #expect(harness.output.contains("│   2 │     0 │"))
        let runs = harness.interpreter.session.history.map { TrainingRun(record: $0) }
        #expect(try TrainingCurves.series(runs, metric: .accuracy).map(\.x) == [[0, 1]])
    }

    @Test func aNewNetworkStartsANewHistory() {
        let harness = Self.session(runs: 1)
        harness.run("net 784 10 10")
        harness.run("history")
        #expect(harness.errors.hasPrefix("1:1: no training history yet"))
    }

    @Test func theConfusionAccuracyIsEvalsAccuracy() throws {
        let harness = Self.session(runs: 1)
        harness.run("eval test")
        let evaluation = harness.output
        harness.sink.clear()
        harness.run("confusion test")
        let network = try #require(harness.interpreter.session.network)
        let correct = network.evaluate(try #require(harness.interpreter.session.dataSet(.test)).examples).correct
        #expect(evaluation.contains("\(correct) / 1000"))
        #expect(harness.output.contains("(\(correct) / 1,000)"))
    }
}

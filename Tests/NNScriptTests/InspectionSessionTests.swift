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
            net 1: 784 → 10 sigmoid → 10 sigmoid, quadratic cost
              run 1: sgd epochs=1 eta=3 m=10 lambda=0 on train (n = 1,000), 1 epoch, completed
              run 2: sgd epochs=1 eta=3 m=10 lambda=0 on train (n = 1,000), 1 epoch, completed
            """))
        #expect(harness.output.contains("│   2 │     0 │"))
        #expect(try TrainingCurves.series(harness.interpreter.session.trainingRuns, metric: .accuracy).map(\.x) == [[0, 1]])
    }

    @Test func aNewNetworkStartsItsOwnHistoryButTheSessionKeepsEveryRun() throws {
        let harness = Self.session(runs: 1)
        harness.run("net 784 10 10")
        #expect(harness.interpreter.session.history.isEmpty)
        harness.sink.clear()
        harness.run("history")
        #expect(harness.errors == "")
        #expect(harness.output.hasPrefix("net 1: 784 → 10 sigmoid → 10 sigmoid, quadratic cost\n  run 1: sgd"))
        harness.sink.clear()
        harness.run("sgd epochs=1 eta=1 m=10 monitor=test; history")
        #expect(harness.output.contains("net 2: 784 → 10 sigmoid → 10 sigmoid, quadratic cost\n  run 2: sgd epochs=1 eta=1"))
        #expect(harness.interpreter.session.trainingRuns.map(\.network) == [1, 2])
        #expect(harness.interpreter.session.history == [try #require(harness.interpreter.session.trainingRuns.last).record])
    }

    /// examples/eta-sweep.nns in small: three networks in a `for` loop, one epoch each, then
    /// `history` and `plot` show all three runs.
    @Test func anEtaSweepShowsEveryNetworksRun() throws {
        let harness = InterpreterHarness()
        let outcome = harness.run("""
            \(TestData.loadTrain(limit: 500, split: 400))
            for eta in [0.25, 1.0, 3.0] {
                seed 1
                net 784 30 10
                sgd epochs=1 eta=$eta m=10 monitor=validation
            }
            """)
        #expect(outcome == .success)
        harness.sink.clear()
        harness.run("history")
        let runLines = harness.output.split(separator: "\n").filter { $0.hasPrefix("  run ") }
        #expect(runLines.map { String($0.prefix(33)) } == [
            "  run 1: sgd epochs=1 eta=0.25 m=", "  run 2: sgd epochs=1 eta=1 m=10 ", "  run 3: sgd epochs=1 eta=3 m=10 "])
        for network in 1...3 {
            #expect(harness.output.contains("net \(network): 784 → 30 sigmoid → 10 sigmoid, quadratic cost\n"))
        }
        #expect(harness.output.contains("│ net │ run │ epoch │"))
        #expect(harness.output.contains("│   3 │   3 │     0 │"))

        harness.sink.clear()
        #expect(harness.run("plot") == .success)
        let series = try TrainingCurves.series(harness.interpreter.session.trainingRuns, metric: .accuracy)
        #expect(series.map(\.name) == ["net 1 validation (eta=0.25)", "net 2 validation (eta=1)", "net 3 validation (eta=3)"])
        for name in series.map(\.name) { #expect(harness.output.contains(name)) }
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

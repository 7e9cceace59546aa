import Foundation
import ModelFiles
import Synchronization
import Testing
@testable import NNScript

/// `sgd` and `eval` on real MNIST images: golden outputs on a fixed seed, determinism, the
/// history, early stopping, divergence, cancellation, the terminal progress bar, and accuracy.
@Suite struct TrainingCommandTests {
    /// The first 1,000 of the 5,000 training images (800 train, 200 validation) and 500 test images.
    static let smallData = TestData.loadTrain(limit: 1000, split: 800) + "\n" + TestData.loadTest(limit: 500)

    /// `text` with the per-epoch seconds `(0.013 s)` replaced by `(T s)`.
    static func maskingTimes(_ text: String) -> String {
        text.replacing(/\(\d+\.\d+ s\)/, with: "(T s)")
    }

    @Test func goldenTrainingRunOnAFixedSeed() {
        let session = InterpreterHarness()
        let outcome = session.run("""
            seed 7
            \(Self.smallData)
            net 784 30 10
            sgd epochs=3 eta=3.0 m=10 monitor=validation,test
            eval test
            eval validation
            eval train
            """)
        #expect(outcome == .success)
        #expect(Self.maskingTimes(session.output) == """
            train 800 · validation 200 images of 28×28 pixels, 10 classes
            test 500 images of 28×28 pixels, 10 classes
            net: 784 → 30 sigmoid → 10 sigmoid · quadratic cost · 23,860 weights and biases, N(0, 1) weights
            Epoch 0: validation 40 / 200, test 100 / 500 (T s)
            Epoch 1: validation 71 / 200, test 178 / 500 (T s)
            Epoch 2: validation 78 / 200, test 186 / 500 (T s)
            best validation accuracy 39.00% in epoch 2; test then 37.20%
            test: 186 / 500 (37.20%), cost 0.4024
            validation: 78 / 200 (39.00%), cost 0.3885
            train: 348 / 800 (43.50%), cost 0.3551

            """)
        #expect(session.errors.isEmpty)
    }

    @Test func aLoopOfRunsWithVariables() {
        let session = InterpreterHarness()
        session.run(Self.smallData)
        session.sink.clear()
        session.run("""
            for eta in [0.5, 1.0] {
                seed 1; net 784 20 10 cost=cross-entropy init=scaled
                sgd epochs=1 eta=$eta lambda=1.0
                eval
            }
            """)
        #expect(Self.maskingTimes(session.output) == """
            net: 784 → 20 sigmoid → 10 sigmoid · cross-entropy cost · 15,910 weights and biases, N(0, 1/n_in) weights
            Epoch 0: 143 / 200 (T s)
            test: 347 / 500 (69.40%), cost 1.8862
            net: 784 → 20 sigmoid → 10 sigmoid · cross-entropy cost · 15,910 weights and biases, N(0, 1/n_in) weights
            Epoch 0: 147 / 200 (T s)
            test: 359 / 500 (71.80%), cost 1.5798

            """)
        let record = session.interpreter.session.history.last
        #expect(record?.learningRate == 1.0 && record?.lambda == 1.0 && record?.trainingCount == 800)
    }

    @Test func theSameSeedAndScriptGiveIdenticalNumbers() {
        let script = "seed 11\n\(Self.smallData)\nnet 784 16 10\nsgd epochs=2 eta=2.0 m=7 monitor=validation,test,train\neval"
        let first = InterpreterHarness(), second = InterpreterHarness()
        first.run(script)
        second.run(script)
        #expect(Self.maskingTimes(first.output) == Self.maskingTimes(second.output))
        #expect(first.interpreter.session.network == second.interpreter.session.network)
        let other = InterpreterHarness()
        other.run(script.replacingOccurrences(of: "seed 11", with: "seed 12"))
        #expect(other.interpreter.session.network != first.interpreter.session.network)
    }

    @Test func monitoringDefaultsToValidationThenTestThenNothing() {
        let session = InterpreterHarness()
        session.run("seed 1\n\(TestData.loadTrain(limit: 100))\nnet 784 10 10\nsgd epochs=1")
        #expect(Self.maskingTimes(session.output).hasSuffix("\nEpoch 0 complete (T s)\n"))
        session.sink.clear()
        session.run("\(TestData.loadTest(limit: 50))\nsgd epochs=1")
        #expect(Self.maskingTimes(session.output) == "test 50 images of 28×28 pixels, 10 classes\nEpoch 0: 7 / 50 (T s)\n")
        #expect(session.interpreter.session.history.last?.epochRecords.first?.results.first?.name == "test")
    }

    @Test func everyRunIsRecordedInTheHistory() throws {
        let session = InterpreterHarness()
        session.run("seed 2\n\(Self.smallData)\nnet 784 10 10\nsgd epochs=2 eta=1.5 m=20 lambda=0.5\nsgd epochs=1 monitor=none")
        let history = session.interpreter.session.history
        #expect(history.count == 2)
        let first = try #require(history.first)
        #expect(first.epochs == 2 && first.learningRate == 1.5 && first.miniBatchSize == 20 && first.lambda == 0.5)
        #expect(first.trainingSet == "train" && first.ending == "completed")
        #expect(first.epochRecords.map(\.epoch) == [0, 1])
        #expect(first.epochRecords[1].results.map(\.name) == ["validation"])
        #expect(first.epochRecords[1].results[0].total == 200)
        #expect(history[1].epochRecords[0].results.isEmpty)
    }

    @Test func stopAfterEndsTheRunEarly() {
        let session = InterpreterHarness()
        session.run("seed 1\n\(Self.smallData)\nnet 784 30 10")
        session.sink.clear()
        session.run("sgd epochs=40 eta=0.01 stop-after=2")
        let lines = session.output.split(separator: "\n")
        #expect(lines.count < 41)
        #expect(lines.last?.hasPrefix("stopped early after epoch ") == true)
        #expect(lines.last?.hasSuffix(": no better validation accuracy for 2 epochs") == true)
        #expect(session.interpreter.session.history.last?.ending == "stopped early")
    }

    @Test func aDivergingRunFailsAndRestoresTheNetwork() {
        let session = InterpreterHarness()
        session.run("seed 1\n\(Self.smallData)\nnet 784 30 10 act=relu out=relu")
        let before = session.interpreter.session
        session.sink.clear()
        #expect(session.run("sgd epochs=2 eta=1e20 m=1") == .failure)
        #expect(session.errors == """
            1:18: training diverged in epoch 0: weights became NaN or infinite; the network is back to where it was before this sgd — try a smaller eta (it was 1e+20)
              sgd epochs=2 eta=1e20 m=1
                               ^~~~

            """)
        #expect(session.interpreter.session.network == before.network)
        #expect(session.interpreter.session.generator == before.generator)
        #expect(session.interpreter.session.history.isEmpty)
    }

    @Test func cancellationStopsAfterTheCurrentMiniBatchAndKeepsTheWork() throws {
        let session = InterpreterHarness()
        session.run("seed 3\n\(Self.smallData)\nnet 784 30 10")
        let untrained = try #require(session.interpreter.session.network)
        session.sink.clear()
        // 800 images in mini-batches of 10: 80 per epoch. Polled before every mini-batch (and
        // before the statement after sgd): allow 80 + 25, so epoch 1 stops after 25 mini-batches.
        let polls = Atomic<Int>(0)
        session.interpreter.isCancellationRequested = { polls.add(1, ordering: .relaxed).newValue > 105 }
        #expect(session.run("sgd epochs=3\necho never") == .success)
        #expect(session.interpreter.lastRunWasInterrupted)
        #expect(Self.maskingTimes(session.output).hasPrefix("Epoch 0: "))
        #expect(!session.output.contains("never"))
        #expect(session.errors == "interrupted in epoch 1 after 25 of 80 mini-batches; the network keeps what it learned\n")
        let trained = try #require(session.interpreter.session.network)
        #expect(trained != untrained)
        let record = try #require(session.interpreter.session.history.last)
        #expect(record.ending == "cancelled" && record.epochRecords.count == 1)
    }

    @Test func onATerminalAProgressBarIsRedrawnAndEpochLinesStay() {
        let session = InterpreterHarness(SessionOptions(isTerminal: true, terminalWidth: 60))
        session.run("seed 1\n\(TestData.loadTrain(limit: 200, split: 150))\nnet 784 10 10")
        session.sink.clear()
        session.run("sgd epochs=2 m=50")
        let output = session.output
        #expect(output.contains("\repoch 1/2 ["))
        #expect(output.contains("\repoch 2/2 ["))
        #expect(output.contains("] 100%"))
        let blank = "\r" + String(repeating: " ", count: 59) + "\r"
        #expect(Self.maskingTimes(output).contains(blank + "Epoch 0: "))
        #expect(output.hasSuffix(" s)\n"))
        #expect(!output.contains("\u{1B}"))
        let screen = TerminalScreen(output, width: 60)
        #expect(screen.lines.map { String($0.prefix(9)) } == ["Epoch 0: ", "Epoch 1: "], "\(screen.lines)")
    }

    /// Ctrl-C in the middle of an epoch whose progress bar is shown: the terminal echoes "^C"
    /// after the bar, and what is left on the screen is the finished epoch's line and the
    /// interruption message, no bar (nor a piece of one wrapped by the echo).
    @Test func anInterruptionOnATerminalLeavesNoStaleProgressBar() {
        let session = InterpreterHarness(SessionOptions(isTerminal: true, terminalWidth: 100))
        session.run("seed 1\n\(TestData.loadTrain(limit: 200, split: 150))\nnet 784 10 10")
        session.sink.clear()
        // 150 images in mini-batches of 10: 15 per epoch, polled before each. Before mini-batch 4
        // of epoch 1 (poll 20) wait past the bar's redraw interval so that epoch 1 draws its bar;
        // at poll 23 press Ctrl-C (the terminal echoes it), after 7 of the 15 mini-batches.
        let polls = Atomic<Int>(0)
        let sink = session.sink
        session.interpreter.isCancellationRequested = {
            let poll = polls.add(1, ordering: .relaxed).newValue
            if poll == 20 { usleep(150_000) }
            if poll == 23 { sink.write("^C") }
            return poll >= 23
        }
        session.run("sgd epochs=3 m=10")
        #expect(session.output.contains("\repoch 2/3 ["), "epoch 1 drew no progress bar: \(session.output.debugDescription)")
        let screen = TerminalScreen(Self.maskingTimes(session.sink.transcript), width: 100)
        #expect(screen.lines == [
            "Epoch 0: 2 / 50 (T s)",
            "interrupted in epoch 1 after 7 of 15 mini-batches; the network keeps what it learned",
        ], "\(session.sink.transcript.debugDescription)")
    }

    @Test func bookStyleTrainingOnTheFiveThousandImagesReachesEightyFivePercent() throws {
        let session = InterpreterHarness()
        session.run("""
            seed 1
            \(TestData.loadTrain())
            \(TestData.loadTest())
            net 784 30 10 cost=cross-entropy init=scaled
            sgd epochs=3 eta=0.5 m=10 monitor=none
            """)
        session.sink.clear()
        session.run("eval test")
        let match = try #require(session.output.firstMatch(of: /test: (\d+) \/ 10000/))
        let correct = try #require(Int(match.1))
        #expect(correct >= 8500, "\(session.output)")
    }
}

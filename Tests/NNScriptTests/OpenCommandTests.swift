import Foundation
import ModelFiles
import NeuralNet
import TestSupport
import Testing
@testable import NNScript

/// `open`: a save/open round trip through the interpreter reproduces the network, its outputs and
/// its history; what it says; and every bad file is a located error that changes nothing.
@Suite struct OpenCommandTests {
    /// Commands whose output depends on the network and the history only.
    static let probe = "eval test\neval validation\neval train\ninfo"

    /// What `probe` printed, with the end of info's network line — how the weights started
    /// (`, N(0, 1) weights`) or where they came from (`, opened from book.json`) — left out.
    static func probed(_ fixture: ModelFileSession) -> String {
        fixture.run(probe).output.replacing(/, (opened from [^\n]*|N\([^\n]*\) weights)\n/, with: "\n")
    }

    @Test func aRoundTripGivesTheSameEvaluationsAndHistory() throws {
        let fixture = try ModelFileSession.trained()
        let before = Self.probed(fixture)
        let network = fixture.session.network, history = fixture.session.history
        fixture.run("save book.json")
        fixture.run("net 784 30 10\nsgd epochs=1")
        #expect(Self.probed(fixture) != before)

        #expect(fixture.run("open book.json").outcome == .success)
        #expect(fixture.session.network == network)
        #expect(fixture.session.history == history)
        #expect(Self.probed(fixture) == before)
    }

    @Test func theFilesRunsJoinTheSessionsRunsAsANewNetwork() throws {
        let fixture = try ModelFileSession.trained()
        fixture.run("save book.json\nnet 784 30 10\nsgd epochs=1")
        let saved = try #require(fixture.session.trainingRuns.first)
        fixture.run("open book.json")
        #expect(fixture.session.trainingRuns.map(\.network) == [1, 2, 3])
        #expect(fixture.session.trainingRuns.last == TrainingRun(network: 3, shape: saved.shape, record: saved.record))
        fixture.run("sgd epochs=1")
        #expect(fixture.session.trainingRuns.map(\.network) == [1, 2, 3, 3])
        #expect(fixture.session.history.count == 2)
        let history = fixture.run("history").output
        #expect(history.contains("net 3: 784 → 30 sigmoid → 10 sigmoid, quadratic cost\n  run 3: sgd epochs=2"))
        #expect(history.contains("\n  run 4: sgd epochs=1"))
    }

    @Test func aNewSessionOpeningTheFileEvaluatesAlike() throws {
        let trained = try ModelFileSession.trained()
        trained.run("sgd epochs=1 eta=0.5 m=20 lambda=0.1")
        let before = Self.probed(trained)
        trained.run("save ~/book.json")

        let fresh = try ModelFileSession()
        fresh.run("seed 7\n\(TrainingCommandTests.smallData)")
        #expect(fresh.run("open \"\(trained.path("book.json"))\"").outcome == .success)
        #expect(Self.probed(fresh) == before)
        #expect(fresh.session.history.count == 2)
        #expect(fresh.session.lastTraining?.lambda == 0.1)
        #expect(fresh.session.lastTraining?.miniBatchSize == 20)
    }

    @Test func otherArchitecturesRoundTripBitForBit() throws {
        let fixture = try ModelFileSession()
        fixture.run(TestData.loadTest(limit: 200))
        for build in ["net 784 16 12 10 act=tanh out=softmax cost=log-likelihood init=scaled",
                      "net 784 cost=cross-entropy; layer 20 act=relu; layer 10 act=sigmoid"] {
            fixture.run("seed 5; \(build)")
            let network = fixture.session.network
            let eval = fixture.run("eval").output
            fixture.run("save m.json; net 784 10; open m.json")
            #expect(fixture.session.network == network, "\(build)")
            #expect(fixture.run("eval").output == eval, "\(build)")
        }
    }

    @Test func itSaysWhatItOpenedAndThatItFitsTheData() throws {
        let fixture = try ModelFileSession.trained()
        fixture.run("save book.json")
        let result = fixture.run("open book.json")
        #expect(ModelFileSession.maskingDate(result.output) == """
            opened book.json: 784 → 30 sigmoid → 10 sigmoid · quadratic cost · 23,860 weights and biases
            history: 1 sgd run (2 epochs), last validation 71 / 200 (35.50%)
            saved by nns \(NNSVersion.current) on DATE, seed 7
            fits the loaded data: 784 inputs for 28×28 pixels, 10 outputs for 10 classes

            """)
        #expect(result.errors.isEmpty)
    }

    @Test func withoutDataThereIsNoFitLine() throws {
        let fixture = try ModelFileSession()
        fixture.run("seed 2; net 4 3 2 cost=cross-entropy; save small.json; seed 9")
        #expect(ModelFileSession.maskingDate(fixture.run("open small.json").output) == """
            opened small.json: 4 → 3 sigmoid → 2 sigmoid · cross-entropy cost · 23 weights and biases
            history: no training yet
            saved by nns \(NNSVersion.current) on DATE, seed 2
            
            """)
        #expect(fixture.session.seed == 9, "open shows the file's seed but keeps the session's")
    }

    @Test func aNetworkThatDoesNotFitTheDataIsOpenedWithAWarningLine() throws {
        let fixture = try ModelFileSession()
        fixture.run("net 100 10; save inputs.json; net 784 5; save outputs.json")
        fixture.run(TestData.loadTrain(limit: 50))
        let inputs = fixture.run("open inputs.json")
        #expect(inputs.outcome == .success)
        #expect(inputs.output.hasSuffix("""
            does not fit the loaded train images: 100 inputs for 784 pixels (28×28) — eval and sgd need 784 inputs; \
            load data it fits, or build a network for this data with 'net 784 30 10'

            """))
        #expect(fixture.session.network?.sizes == [100, 10])
        #expect(fixture.run("open outputs.json").output.hasSuffix("""
            does not fit the loaded train set: 5 outputs for 10 classes — eval and sgd need 10 outputs; \
            load data it fits, or build a network for this data with 'net 784 30 10'

            """))
        #expect(fixture.run("eval train").errors.hasPrefix("1:6: the network has 5 output neurons but the train set has 10 classes"))
    }

    /// The session of `ModelFileSession.trained()` with, instead, a small convolutional network
    /// trained for 2 epochs.
    static func trainedConvolutional() throws -> ModelFileSession {
        let fixture = try ModelFileSession()
        fixture.run("""
            seed 7
            \(TrainingCommandTests.smallData)
            net input=28x28 cost=log-likelihood init=network3
            conv 4 kernel=5 act=relu pool=2
            conv 6 kernel=3 act=relu pool=2
            layer 30 act=relu dropout=0.5
            layer 10 act=softmax
            sgd epochs=2 eta=0.1 m=10
            """)
        fixture.harness.sink.clear()
        return fixture
    }

    @Test func aConvolutionalModelOpensWithItsLayersSummaryAndHistory() throws {
        let fixture = try Self.trainedConvolutional()
        let network = try #require(fixture.session.network)
        let history = fixture.session.history
        #expect(history.first?.epochRecords.map(\.learningRate) == [0.1, 0.1])
        let before = Self.probed(fixture)
        fixture.run("save conv.json; net 784 30 10 init=network3")
        let result = fixture.run("open conv.json")
        #expect(result.outcome == .success)
        #expect(fixture.session.network == network)
        #expect(fixture.session.history == history)
        #expect(fixture.session.lastTraining == TrainingConfiguration(epochs: 2, learningRate: 0.1, miniBatchSize: 10))
        #expect(Self.probed(fixture) == before, "eval and info say the same as before saving")
        let lines = ModelFileSession.maskingDate(result.output).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "opened conv.json: \(network.summary)")
        #expect(lines.dropFirst().prefix(13).joined(separator: "\n") == """
            ┌───┬─────────────────┬─────────┬────────────┬────────────┐
            │ # │ layer           │ output  │ parameters │ activation │
            ├───┼─────────────────┼─────────┼────────────┼────────────┤
            │ 0 │ input           │ 28×28×1 │          0 │            │
            │ 1 │ convolution 5×5 │ 24×24×4 │        104 │ relu       │
            │ 2 │ max-pooling 2×2 │ 12×12×4 │          0 │            │
            │ 3 │ convolution 3×3 │ 10×10×6 │        222 │ relu       │
            │ 4 │ max-pooling 2×2 │ 5×5×6   │          0 │            │
            │ 5 │ fully connected │ 30      │      4,530 │ relu       │
            │ 6 │ dropout p = 0.5 │ 30      │          0 │            │
            │ 7 │ fully connected │ 10      │        310 │ softmax    │
            └───┴─────────────────┴─────────┴────────────┴────────────┘
            5,166 weights and biases · log-likelihood cost
            """)
        #expect(lines.contains("saved by nns \(NNSVersion.current) on DATE, seed 7"))
        #expect(lines.contains("fits the loaded data: 28×28×1 inputs for 28×28 pixels, 10 outputs for 10 classes"))
        let info = fixture.run("info").output
        #expect(info.contains("network:   28×28×1 → conv 5×5 24×24×4 relu → pool 2×2 12×12×4 → conv 3×3 10×10×6 relu"))
        #expect(fixture.run("sgd epochs=1 eta=0.1 m=10").outcome == .success, "an opened conv net trains on")
    }

    @Test func infoNamesTheFileNotAnInitialiserForAnOpenedNetwork() throws {
        let fixture = try ModelFileSession()
        fixture.run("net 784 30 10 init=scaled; save a.json; net 784 12 10")
        #expect(fixture.run("info").output.contains(" weights and biases, N(0, 1) weights\n"))
        fixture.run("open a.json")
        #expect(fixture.run("info").output.contains(" · 23,860 weights and biases, opened from a.json\n"))
        fixture.run("net 784; layer 20; save b.json; open b.json; layer 10")
        #expect(fixture.run("info").output.contains(" weights and biases, opened from b.json, with layers added\n"))
        fixture.run("layer 5")
        #expect(fixture.run("info").output.contains(" weights and biases, opened from b.json, with layers added\n"))
        fixture.run("net 784 30 10 init=scaled")
        #expect(fixture.run("info").output.contains(" weights and biases, N(0, 1/n_in) weights\n"))
    }

    @Test func aVersion1FileOpensAndSaysSo() throws {
        let fixture = try ModelFileSession()
        fixture.run(TestData.loadTest(limit: 1000))
        let fixtureFile = RealData.packageRoot.appendingPathComponent("Tests/Fixtures/model-v1-784-8-10.json").path
        let result = fixture.run("open \"\(fixtureFile)\"")
        #expect(result.outcome == .success)
        #expect(result.output.contains("\nsaved by nns 0.1.0 on 2026-12-01 20:28:53 UTC, seed 7 (format version 1; save writes version 2)\n"))
        #expect(fixture.run("eval").output == "test: 681 / 1000 (68.10%), cost 0.2379\n")
    }

    @Test func openingReplacesAnUnfinishedBuild() throws {
        let fixture = try ModelFileSession()
        fixture.run("net 10 3; save a.json; net 784")
        #expect(fixture.session.draft != nil)
        fixture.run("open a.json")
        #expect(fixture.session.draft == nil)
        #expect(fixture.session.network?.sizes == [10, 3])
    }
}

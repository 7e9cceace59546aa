import Testing
import NeuralData
@testable import NNScript

/// `confusion SET`: the confusion matrix with precision, recall and the most confused pairs.
@Suite struct ConfusionCommandTests {
    @Test func drawsTheMatrixOfTheTrainedNetwork() throws {
        let trained = try #require(ViewFixture.trained)
        let harness = try ViewFixture.harness(network: trained.network)
        #expect(harness.run("confusion test") == .success)
        #expect(harness.output == """
            confusion on test (1,000 images): rows = true class, columns = predicted class
            true\\pred    0    1    2    3    4    5    6    7    8    9  recall
                    0   53    ·    7   13    ·    ·    ·   12    ·    ·    62.4
                    1    ·   77    2   24    ·    ·    3   17    3    ·    61.1
                    2    8    7   45   37    ·    ·    2   14    3    ·    38.8
                    3   10    3   13   60    1    ·    2   17    1    ·    56.1
                    4    ·    3   31   49    0    ·    1   14   12    ·     0.0
                    5   10    2   14   28    ·    0    2   18   13    ·     0.0
                    6    5    ·   14   30    ·    ·    4   13   21    ·     4.6
                    7    4   17    3    7    ·    ·    ·   67    1    ·    67.7
                    8    ·    8   31   25    ·    ·    1   14   10    ·    11.2
                    9    1    6   15   45    ·    ·    1   22    4    0     0.0
            precision 58.2 62.6 25.7 18.9  0.0    - 25.0 32.2 14.7    -
            accuracy 31.60% (316 / 1,000); precision and recall in %
            most confused: 4→3 (49), 9→3 (45), 2→3 (37), 4→2 (31), 8→2 (31)

            """)
    }

    @Test func agreesWithTheNetworksEvaluation() throws {
        let trained = try #require(ViewFixture.trained)
        let harness = try ViewFixture.harness(network: trained.network)
        harness.run("confusion")
        let set = try #require(harness.interpreter.session.dataSet(.test))
        let evaluation = trained.network.evaluate(set.examples)
        #expect(harness.output.contains("(\(evaluation.correct) / 1,000)"))
    }

    @Test func namesFashionClassesByNumberWithALegendWhenNamesDoNotFit() throws {
        let trained = try #require(ViewFixture.trained)
        let harness = try ViewFixture.harness(network: trained.network)
        let images = try #require(ViewFixture.testImages)
        let fashion = try LabeledImages(name: "test", pixels: images.pixels, labels: images.labels,
                                        rows: 28, columns: 28, classCount: 10)
        let set = LoadedDataSet(fashion, origin: "fashion from /data/fashion", classNames: StandardDataset.fashion.classNames)
        harness.interpreter.session.dataSets[.test] = set
        harness.run("confusion test")
        #expect(harness.output.contains("\nclasses: 0 T-shirt/top, 1 Trouser, 2 Pullover, 3 Dress, 4 Coat, "
            + "5 Sandal, 6 Shirt, 7 Sneaker, 8 Bag, 9 Ankle boot\n"))
        let wide = try ViewFixture.harness(network: trained.network, options: SessionOptions(terminalWidth: 160))
        wide.interpreter.session.dataSets[.test] = set
        wide.run("confusion test")
        #expect(wide.output.contains("Ankle boot"))
        #expect(!wide.output.contains("classes:"))
    }

    @Test func colourMarksTheDiagonal() throws {
        let trained = try #require(ViewFixture.trained)
        let harness = try ViewFixture.harness(network: trained.network, options: SessionOptions(isTerminal: true, color: true))
        harness.run("confusion test")
        #expect(harness.output.contains("\u{1B}["))
    }

    @Test func needsNetworkAndData() throws {
        let trained = try #require(ViewFixture.trained)
        let harness = try ViewFixture.harness(network: trained.network)
        harness.run("confusion validation")
        #expect(harness.errors.hasPrefix("""
            1:11: no validation set is loaded — 'load mnist' splits one off the training images
            """))
        let none = try ViewFixture.harness()
        none.run("confusion")
        #expect(none.errors.hasPrefix("1:1: no network yet"))
    }
}

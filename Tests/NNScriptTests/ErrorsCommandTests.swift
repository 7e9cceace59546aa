import Testing
import NeuralData
@testable import NNScript

/// `errors SET n=N`: a gallery of misclassified images, most confident first.
@Suite struct ErrorsCommandTests {
    @Test func showsTheMostConfidentMistakes() throws {
        let trained = try #require(ViewFixture.trained)
        let harness = try ViewFixture.harness(network: trained.network)
        #expect(harness.run("errors test n=10") == .success)
        #expect(harness.output == """
            test: 684 of 1,000 misclassified (68.40%); the 10 most confident first
            under each image: its index, true→predicted, the predicted class's activation

                                                 ░▒▒▒           ░░▒▒▒▒▓▒
                 ███▒░░      ░▓▓▓▒▒▒█▓             ▒░          █▓▒░             ░░░░█
                 ▒░                 █▒           ░▓▒░            ░▒▓▓               ▓
                  ▓░                █░               ▓          ░   ▓▒             ▓
                  ▒▒               ░█           ▓░░▒▓░          ▓▓▒▒█▒            ▒▒
               ░▒▒▒                ▓▒                                             ▒
             692 5→7 0.74    410 7→1 0.71    76 3→7 0.71     540 5→0 0.66    229 7→1 0.65

                                                                  ░
                ▓▒▒▒▒▓▒          ▒▓▒▒▒           ░░▒▒░           ▒██▓░            ▒░▒░░
                      █         ▒░    ▓         ░░  ▓▒           ░  ░█▓          ░▒
                    ▒▓         ▓      ▒░           ▓▒          ░     ▓█          ▒░░▒
                  ▒▒           ▒      ▓           ▓▒          ▓███▓▒███░            ░░
               ▒█▓▒▒▒▒▒        ▒▒░ ░░▒           ▓▒░░          ▒▓▓▒░░░          ▓░ ▒▒
                                                 ░▒░                             ░░
             225 2→7 0.65    713 0→7 0.63    321 2→7 0.62    995 2→0 0.61    253 5→0 0.60

            """)
    }

    @Test func mistakesAreTheWrongPredictionsByConfidence() throws {
        let trained = try #require(ViewFixture.trained)
        let harness = try ViewFixture.harness(network: trained.network)
        let data = try #require(harness.interpreter.session.dataSet(.test))
        let set = InspectedSet(name: .test, data: data)
        let mistakes = try ErrorGalleryView.mistakes(trained.network, set)
        let evaluation = trained.network.evaluate(data.examples)
        #expect(mistakes.count == evaluation.total - evaluation.correct)
        #expect(zip(mistakes, mistakes.dropFirst()).allSatisfy { $0.confidence >= $1.confidence })
        let predictions = trained.network.predictions(data.examples)
        for mistake in mistakes {
            #expect(predictions[mistake.index] == mistake.predictedClass)
            #expect(data.images.labels[mistake.index] == UInt8(mistake.trueClass))
        }
    }

    @Test func fewImagesAreDrawnFullSizeAndManySmaller() throws {
        let trained = try #require(ViewFixture.trained)
        let few = try ViewFixture.harness(network: trained.network)
        few.run("errors n=2")
        let lines = few.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 + 14 + 1 + 1)
        let many = try ViewFixture.harness(network: trained.network)
        many.run("errors n=40")
        let manyLines = many.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(manyLines.count == 2 + 8 * 8 + 7 + 1)
        #expect(manyLines.allSatisfy { $0.count <= 80 })
    }

    @Test func aPerfectNetworkHasNoErrorsToShow() throws {
        let trained = try #require(ViewFixture.trained)
        let harness = try ViewFixture.harness(network: trained.network)
        let images = try #require(ViewFixture.testImages)
        let data = try #require(harness.interpreter.session.dataSet(.test))
        let predictions = trained.network.predictions(data.examples)
        let correct = predictions.indices.filter { predictions[$0] == Int(images.labels[$0]) }
        let subset = try LabeledImages(
            name: "mnist test", pixels: correct.flatMap { images.image(at: $0) }, labels: correct.map { images.labels[$0] },
            rows: 28, columns: 28, classCount: 10)
        harness.interpreter.session.dataSets[.test] = LoadedDataSet(subset, origin: "test")
        harness.run("errors")
        #expect(harness.output == "test: all \(correct.count) images are classified correctly, no errors to show\n")
    }

    @Test func asciiCaptionsUseAnAsciiArrow() throws {
        let trained = try #require(ViewFixture.trained)
        let harness = try ViewFixture.harness(network: trained.network, options: SessionOptions(unicode: false))
        harness.run("errors n=3")
        #expect(harness.output.contains("692 5->7 0.74"))
        #expect(harness.output.unicodeScalars.allSatisfy { $0.isASCII })
    }
}

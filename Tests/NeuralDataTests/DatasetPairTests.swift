import Testing
@testable import NeuralData

@Suite struct DatasetPairTests {
    static func pair(trainingCount: Int) throws -> DatasetPair {
        let training = try LabeledImages(
            name: "mnist training", pixels: (0..<trainingCount).map { UInt8($0 % 256) },
            labels: (0..<trainingCount).map { UInt8($0 % 10) }, rows: 1, columns: 1, classCount: 10)
        let test = try LabeledImages(name: "mnist test", pixels: [1], labels: [1], rows: 1, columns: 1, classCount: 10)
        return DatasetPair(training: training, test: test)
    }

    @Test func bookSplitIsFirstFiftyThousandAndLastTenThousand() throws {
        let (training, validation) = try Self.pair(trainingCount: 60_000).bookSplit()
        #expect(training.count == 50_000 && validation.count == 10_000)
        #expect(training.name == "mnist training" && validation.name == "mnist validation")
        #expect(validation.labels.first == UInt8(50_000 % 10))
        #expect(validation.pixels.first == UInt8(50_000 % 256))
        #expect(training.labels.last == UInt8(49_999 % 10))
    }

    @Test func splitAtAnyPointUpToTheCount() throws {
        let pair = try Self.pair(trainingCount: 100)
        let (training, validation) = try pair.bookSplit(trainingCount: 100)
        #expect(training.count == 100 && validation.count == 0)
        #expect(try pair.bookSplit(trainingCount: 0).validation.count == 100)
    }

    @Test func splittingASmallSetAtFiftyThousandExplains() throws {
        let error = DataError.splitOutOfRange(name: "mnist training", trainingCount: 50_000, available: 5000)
        #expect(throws: error) { try Self.pair(trainingCount: 5000).bookSplit() }
        #expect(error.description == """
            cannot split 'mnist training' after 50,000 images: it has 5,000. Choose a training count from 0 \
            to 5,000 (the book's 50,000/10,000 split needs all 60,000 MNIST training images: was the set loaded \
            with a limit?).
            """)
    }
}

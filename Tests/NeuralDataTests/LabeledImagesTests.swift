import Foundation
import Testing
@testable import NeuralData
import TestSupport

@Suite struct LabeledImagesTests {
    static let trainImages = TestData.mnistFile("train-images-idx3-ubyte.gz")
    static let trainLabels = TestData.mnistFile("train-labels-idx1-ubyte.gz")
    static let testImages = TestData.mnistFile("t10k-images-idx3-ubyte.gz")
    static let testLabels = TestData.mnistFile("t10k-labels-idx1-ubyte.gz")

    @Test func fullMNISTTrainingSet() throws {
        let training = try LabeledImages.load(images: Self.trainImages, labels: Self.trainLabels, name: "mnist training")
        #expect(training.count == 60_000)
        #expect(training.rows == 28 && training.columns == 28 && training.pixelsPerImage == 784)
        #expect(training.pixels.count == 60_000 * 784)
        #expect(training.classCount == 10)
        #expect(Array(training.labels.prefix(10)) == [5, 0, 4, 1, 9, 2, 1, 3, 1, 4])
        #expect(training.classCounts() == [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949])
    }

    @Test func mnistTestSet() throws {
        let test = try LabeledImages.load(images: Self.testImages, labels: Self.testLabels, name: "mnist test")
        #expect(test.count == 10_000)
        #expect(Array(test.labels.prefix(10)) == [7, 2, 1, 0, 4, 1, 4, 9, 5, 9])
        // The first test image is a 7: background 0 in the corner, ink (255 at its darkest) in the middle.
        let seven = test.image(at: 0)
        #expect(seven.count == 784)
        #expect(seven.first == 0)
        #expect(seven.max() == 255)
        #expect(seven.startIndex == 0 && test.image(at: 1).startIndex == 784)
    }

    @Test func fiveThousandSubsetHasBalancedClasses() throws {
        let subset = try LabeledImages.load(
            images: TestData.mnist5k + "/train-images-idx3-ubyte.gz",
            labels: TestData.mnist5k + "/train-labels-idx1-ubyte.gz", name: "mnist 5k")
        #expect(subset.count == 5000)
        #expect(subset.classCounts() == Array(repeating: 500, count: 10))
        #expect(subset.prefix(100).classCounts() == Array(repeating: 10, count: 10))
    }

    @Test func limitReadsTheSameImagesAsAPrefixOfTheWhole() throws {
        let whole = try LabeledImages.load(images: Self.testImages, labels: Self.testLabels, name: "t")
        let first = try LabeledImages.load(images: Self.testImages, labels: Self.testLabels, name: "t", limit: 300)
        #expect(first.count == 300)
        #expect(first == whole.prefix(300))
    }

    @Test func prefixAndSubsetClampAndKeepShape() throws {
        let set = try LabeledImages(
            name: "tiny", pixels: Array(0..<12), labels: [0, 1, 2], rows: 2, columns: 2, classCount: 5)
        #expect(set.prefix(10) == set)
        #expect(set.prefix(-1).count == 0)
        let middle = set.subset(1..<2)
        #expect(middle.pixels == [4, 5, 6, 7] && middle.labels == [1] && middle.classCount == 5)
        #expect(set.subset(2..<9).labels == [2])
        #expect(set.image(at: 2) == [8, 9, 10, 11])
    }

    @Test func classCountDefaultsToLargestLabelPlusOne() throws {
        let set = try LabeledImages(name: "x", pixels: [1, 2], labels: [3, 1], rows: 1, columns: 1)
        #expect(set.classCount == 4)
    }

    @Test func initRejectsPixelsThatDoNotFit() {
        let error = DataError.inconsistentImages(
            name: "tiny", problem: "2 labels of 2 × 2 images need 8 pixels, but 7 were given")
        #expect(throws: error) {
            try LabeledImages(name: "tiny", pixels: Array(0..<7), labels: [0, 1], rows: 2, columns: 2, classCount: 10)
        }
        #expect(error.description == "cannot make the image set 'tiny': 2 labels of 2 × 2 images need 8 pixels, but 7 were given.")
    }

    @Test func labelsMustBeBelowClassCount() throws {
        let directory = try ScratchDirectory.newDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let images = directory + "/images"
        let labels = directory + "/labels"
        try IDXArray(validated: [3, 1, 2], values: .uint8(Array(repeating: 9, count: 6))).write(toFile: images, gzip: false)
        try IDXArray(validated: [3], values: .uint8([4, 12, 0])).write(toFile: labels, gzip: false)
        let error = DataError.labelOutOfRange(source: labels, index: 1, label: 12, classCount: 10)
        #expect(throws: error) {
            try LabeledImages.load(images: images, labels: labels, name: "x", classCount: 10)
        }
        #expect(error.description == """
            '\(labels)' has label 12 at index 1, but the set has 10 classes (labels 0…9). The labels are \
            damaged or belong to a different data set.
            """)
        #expect(try LabeledImages.load(images: images, labels: labels, name: "x").classCount == 13)
    }

    @Test func imagesAndLabelsFromDifferentSetsDoNotPair() {
        let images = TestData.mnist5k + "/train-images-idx3-ubyte.gz"
        let error = DataError.countMismatch(images: images, imageCount: 5000, labels: Self.testLabels, labelCount: 10_000)
        #expect(throws: error) {
            try LabeledImages.load(images: images, labels: Self.testLabels, name: "x", limit: 100)
        }
        #expect(error.description == """
            '\(images)' holds 5,000 images but '\(Self.testLabels)' holds 10,000 labels: each image needs \
            exactly one label. Check that both files belong to the same set (training: train-*, test: t10k-*).
            """)
    }

    @Test func swappedFilesAreRecognised() {
        let error = DataError.notImageFile(path: Self.testLabels, elementType: .uint8, dimensions: [10_000])
        #expect(throws: error) {
            try LabeledImages.load(images: Self.testLabels, labels: Self.testLabels, name: "x")
        }
        #expect(error.description == """
            '\(Self.testLabels)' is not an image file: it holds uint8 values with 1 dimension (10,000), but \
            images must be uint8 with 3 dimensions (count × rows × columns), like MNIST's \
            train-images-idx3-ubyte.gz. It looks like a label file: are the image and label files swapped?
            """)
        #expect(throws: DataError.notLabelFile(path: Self.testImages, elementType: .uint8, dimensions: [10_000, 28, 28])) {
            try LabeledImages.load(images: Self.testImages, labels: Self.testImages, name: "x", limit: 5)
        }
    }
}

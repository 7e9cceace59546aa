import Foundation
import Testing
import NeuralData
@testable import NNScript
import TestSupport

/// `load`: the standard sets from a directory, IDX pairs, limit and split, and the errors.
@Suite struct LoadCommandTests {
    /// Options that can never download (a mirror directory that does not exist).
    static let offline = SessionOptions(environment: ["MNIST_MIRROR": "/nonexistent-mirror", "HOME": "/nonexistent-home"])

    @Test func loadMNISTGivesTheBooksSplit() {
        let session = InterpreterHarness(Self.offline)
        #expect(session.run("load mnist from=\"\(TestData.directory)/mnist\"") == .success)
        #expect(session.output == """
            loaded MNIST from \(TestData.directory)/mnist
            train 50,000 · validation 10,000 · test 10,000 images of 28×28 pixels, 10 classes

            """)
        let sets = session.interpreter.session.dataSets
        #expect(sets[.train]?.count == 50_000)
        #expect(sets[.validation]?.count == 10_000)
        #expect(sets[.test]?.count == 10_000)
        #expect(sets[.train]?.examples.inputSize == 784)
    }

    @Test func limitCutsTheTrainingFileOnlyAndTheSplitFollowsIt() {
        let session = InterpreterHarness(Self.offline)
        session.run("load mnist from=\"\(TestData.directory)/mnist\" limit=5000")
        #expect(session.output.hasSuffix("\ntrain 5,000 · test 10,000 images of 28×28 pixels, 10 classes\n"))
        #expect(session.interpreter.session.dataSet(.validation) == nil)
        session.sink.clear()
        session.run("load mnist from=\"\(TestData.directory)/mnist\" limit=5000 split=4000")
        #expect(session.output.hasSuffix("\ntrain 4,000 · validation 1,000 · test 10,000 images of 28×28 pixels, 10 classes\n"))
    }

    @Test func theSplitMustFitTheTrainingImages() {
        let session = InterpreterHarness(Self.offline)
        #expect(session.run("load mnist from=\"\(TestData.directory)/mnist\" limit=100 split=200") == .failure)
        #expect(session.errors.hasPrefix("1:"))
        #expect(session.errors.contains("cannot split 'mnist training' after 200 images: it has 100."))
        #expect(session.interpreter.session.dataSets.isEmpty)
    }

    @Test func aDirectoryWithoutTheFilesIsExplainedWithoutDownloading() throws {
        // A scratch directory: a failed download attempt may create <dir>/mnist in it.
        let scratch = try ScratchDirectory()
        try scratch.write("train-labels-idx1-ubyte.gz", "")
        let session = InterpreterHarness(Self.offline)
        #expect(session.run("load mnist from=\"\(scratch.path)\"") == .failure)
        #expect(session.errors.hasPrefix("1:17: MNIST is not available locally and could not be downloaded."))
        #expect(session.errors.contains("\(scratch.path) (has train-labels-idx1-ubyte.gz; lacks "))
        #expect(session.errors.contains("/nonexistent-mirror"))
        #expect(session.errors.contains("load mnist from=DIR"))
    }

    @Test func loadIDXIntoEachSet() {
        let session = InterpreterHarness()
        session.run(TestData.loadTrain(limit: 300))
        session.run(TestData.loadTest(limit: 200))
        #expect(session.output == """
            train 300 images of 28×28 pixels, 10 classes
            test 200 images of 28×28 pixels, 10 classes

            """)
        session.sink.clear()
        let dir = TestData.directory + "/mnist"
        session.run("load idx images=t10k-images-idx3-ubyte.gz labels=t10k-labels-idx1-ubyte.gz from=\"\(dir)\" as=validation limit=50")
        #expect(session.output == "validation 50 images of 28×28 pixels, 10 classes\n")
        #expect(session.interpreter.session.dataSets.count == 3)
    }

    @Test func loadIDXSplitsATrainingFile() {
        let session = InterpreterHarness()
        session.run(TestData.loadTrain(limit: 1000, split: 900))
        #expect(session.output == "train 900 · validation 100 images of 28×28 pixels, 10 classes\n")
        let train = session.interpreter.session.dataSet(.train)
        #expect(train?.images.labels.prefix(12) == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1])
    }

    @Test func relativeIDXPathsStartAtTheCurrentDirectory() {
        let session = InterpreterHarness(SessionOptions(currentDirectory: TestData.directory))
        #expect(session.run("load idx images=mnist/t10k-images-idx3-ubyte.gz labels=mnist/t10k-labels-idx1-ubyte.gz limit=10 as=test") == .success)
        #expect(session.interpreter.session.dataSet(.test)?.count == 10)
    }

    @Test func eachSetKeepsItsOwnNumberOfClasses() {
        // The first 5 test images have labels 7 2 1 0 4: on their own they make 8 classes, and
        // loading a training set with all ten digits does not change that.
        let session = InterpreterHarness()
        session.run(TestData.loadTest(limit: 5))
        #expect(session.interpreter.session.dataSet(.test)?.images.classCount == 8)
        session.run(TestData.loadTrain(limit: 20))
        #expect(session.interpreter.session.dataSet(.train)?.images.classCount == 10)
        #expect(session.interpreter.session.dataSet(.test)?.images.classCount == 8)
        #expect(session.interpreter.session.dataSet(.test)?.examples.classCount == 8)
        // A network for all of them has 10 outputs, and it fits the 8-class test set too.
        session.sink.clear()
        #expect(session.run("net 784 10 10; eval test") == .success)
        #expect(session.output.contains("test: "))
        #expect(session.run("net 784 10 8") == .failure)
        #expect(session.errors.contains("the network has 8 output neurons but the train set has 10 classes"))
    }

    @Test func badIDXFilesAreReportedAtTheArgument() {
        let dir = TestData.directory + "/mnist"
        let session = InterpreterHarness()
        #expect(session.run("load idx images=missing.gz labels=\"\(dir)/t10k-labels-idx1-ubyte.gz\"") == .failure)
        #expect(session.errors.hasPrefix("1:17: cannot read 'missing.gz'"))
        session.sink.clear()
        let swapped = "load idx images=\"\(dir)/t10k-labels-idx1-ubyte.gz\" labels=\"\(dir)/t10k-images-idx3-ubyte.gz\""
        #expect(session.run(swapped) == .failure)
        let column = swapped.distance(from: swapped.startIndex, to: swapped.range(of: "labels=")!.upperBound) + 1
        #expect(session.errors.hasPrefix("1:\(column): '\(dir)/t10k-images-idx3-ubyte.gz' is not a label file"))
        #expect(session.errors.contains("are the image and label files swapped?"))
    }

    @Test func splitAppliesOnlyToTrainingFiles() {
        let session = InterpreterHarness()
        let command = TestData.loadTest(limit: 10) + " split=5"
        #expect(session.run(command) == .failure)
        #expect(session.errors.contains("split= divides training images into train and validation; it does not apply to as=test"))
    }

    /// A directory holding the MNIST files under Fashion-MNIST's location (`fashion/`): local
    /// files are only decoded, so `load fashion` reads them as Fashion-MNIST.
    static func fashionDirectory() throws -> ScratchDirectory {
        let scratch = try ScratchDirectory()
        try FileManager.default.createDirectory(atPath: scratch.path + "/fashion", withIntermediateDirectories: true)
        for file in ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz",
                     "t10k-labels-idx1-ubyte.gz"] {
            try FileManager.default.createSymbolicLink(atPath: scratch.path + "/fashion/" + file,
                                                       withDestinationPath: TestData.directory + "/mnist/" + file)
        }
        return scratch
    }

    @Test func loadFashionNamesTheClassesOfEverySet() throws {
        let scratch = try Self.fashionDirectory()
        let session = InterpreterHarness(Self.offline)
        #expect(session.run("load fashion from=\"\(scratch.path)\" limit=300 split=200") == .success)
        let sets = session.interpreter.session.dataSets
        for name in DataSetName.allCases {
            #expect(sets[name]?.classNames == StandardDataset.fashion.classNames, "\(name)")
        }
        session.sink.clear()
        session.run("show test[0]")
        #expect(session.output.hasSuffix("test[0]: label 7 Sneaker\n"))
    }

    @Test func mnistAndIDXClassesAreDigitsWhateverTheOrigin() throws {
        let session = InterpreterHarness(Self.offline)
        session.run("load mnist from=\"\(TestData.directory)/mnist\" limit=100")
        #expect(session.interpreter.session.dataSet(.train)?.classNames == (0..<10).map(String.init))
        let fashion = try Self.fashionDirectory()
        session.run("load fashion from=\"\(fashion.path)\" limit=100")
        session.run(TestData.loadTest(limit: 20))
        #expect(session.interpreter.session.dataSet(.test)?.classNames == (0..<10).map(String.init))
        #expect(session.interpreter.session.dataSet(.train)?.classNames == StandardDataset.fashion.classNames)
        let images = try #require(session.interpreter.session.dataSet(.test)?.images)
        #expect(LoadedDataSet(images, origin: "fashion from /data").classNames == (0..<10).map(String.init))
    }
}

/// `expand=shifts`: chapter 6's expanded training set.
@Suite struct LoadExpansionTests {
    @Test func shiftsExpandOnlyTheTrainingImages() throws {
        let session = InterpreterHarness()
        #expect(session.run(TestData.loadTrain(split: 4000) + " expand=shifts") == .success, "\(session.errors)")
        #expect(session.output == "train 20,000 · validation 1,000 images of 28×28 pixels, 10 classes\n")
        let train = try #require(session.interpreter.session.dataSet(.train))
        #expect(train.images.labels.prefix(10) == [0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
        #expect(session.run(TestData.loadTest() + " expand=shifts") == .failure)
        #expect(session.errors.contains("expand= adds shifted copies of training images; it does not apply to as=test"))
    }
}

import Foundation
import Testing
@testable import NeuralData
import TestSupport

/// Loading standard data sets from local directories (no downloading: the downloader is nil).
@Suite struct DatasetLoaderTests {
    let scratchDirectory: ScratchDirectory
    var scratch: String { scratchDirectory.path }

    init() throws {
        scratchDirectory = try ScratchDirectory()
    }

    /// A loader whose current directory and HOME are the scratch directory, so no real
    /// `./data` or `~/.cache/nns` takes part.
    func loader(explicit: String?, nnsData: String? = nil) -> DatasetLoader {
        var environment = ["HOME": scratch]
        environment["NNS_DATA"] = nnsData
        let locator = DataLocator(explicitDirectory: explicit, environment: environment, currentDirectory: scratch)
        return DatasetLoader(locator: locator, downloader: nil, environment: environment)
    }

    @Test func mnistFromAnExplicitDirectory() throws {
        let pair = try loader(explicit: TestData.mnist).load(.mnist)
        #expect(pair.training.count == 60_000 && pair.test.count == 10_000)
        #expect(pair.training.name == "mnist training" && pair.test.name == "mnist test")
        #expect(pair.trainingDirectory == TestData.mnist && pair.testDirectory == TestData.mnist)
        #expect(Array(pair.training.labels.prefix(10)) == [5, 0, 4, 1, 9, 2, 1, 3, 1, 4])
        let (training, validation) = try pair.bookSplit()
        #expect(training.count == 50_000 && validation.count == 10_000)
        #expect(validation.image(at: 0) == pair.training.image(at: 50_000))
    }

    @Test func limitAppliesToBothSets() throws {
        let pair = try loader(explicit: nil, nnsData: TestData.root).load(.mnist, limit: 1000)
        #expect(pair.training.count == 1000 && pair.test.count == 1000)
        #expect(pair.training.classCount == 10)
    }

    @Test func limitsMayDifferPerSet() throws {
        let pair = try loader(explicit: nil, nnsData: TestData.root).load(.mnist, trainingLimit: 1000, testLimit: nil)
        #expect(pair.training.count == 1000 && pair.test.count == 10_000)
    }

    @Test func trainingAndTestPairsMayComeFromDifferentDirectories() throws {
        let pair = try loader(explicit: TestData.mnist5k, nnsData: TestData.root).load(.mnist)
        #expect(pair.training.count == 5000 && pair.trainingDirectory == TestData.mnist5k)
        #expect(pair.test.count == 10_000 && pair.testDirectory == TestData.root + "/mnist")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: DataLocator.debianFashionDirectory + "/train-labels-idx1-ubyte.gz")))
    func fashionFromDebiansPackage() throws {
        let pair = try loader(explicit: nil).load(.fashion, limit: 100)
        #expect(pair.trainingDirectory == DataLocator.debianFashionDirectory)
        #expect(pair.training.name == "fashion training" && pair.training.count == 100)
        #expect(Array(pair.training.labels.prefix(10)) == [9, 0, 0, 3, 0, 2, 7, 2, 5, 5])
        #expect(StandardDataset.fashion.classNames[9] == "Ankle boot")
    }

    @Test func missingDataWithDownloadsOffSaysWhereItLookedAndWhatToDo() throws {
        let error = DataError.datasetUnavailable(
            dataset: .mnist,
            searched: [
                "\(TestData.mnist5k)/mnist (no such directory)",
                "\(TestData.mnist5k) (has train-labels-idx1-ubyte.gz, train-images-idx3-ubyte.gz; lacks "
                    + "t10k-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz)",
                "\(scratch)/data/mnist (no such directory)",
                "\(scratch)/data (no such directory)",
                "\(scratch)/.cache/nns/mnist (no such directory)",
            ],
            attempts: [])
        #expect(throws: error) { try loader(explicit: TestData.mnist5k).load(.mnist) }
        #expect(error.description == """
            MNIST is not available locally and could not be downloaded.
            Looked for train-labels-idx1-ubyte.gz, t10k-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz and \
            train-images-idx3-ubyte.gz (or the same names without .gz) in:
              \(TestData.mnist5k)/mnist (no such directory)
              \(TestData.mnist5k) (has train-labels-idx1-ubyte.gz, train-images-idx3-ubyte.gz; lacks \
            t10k-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz)
              \(scratch)/data/mnist (no such directory)
              \(scratch)/data (no such directory)
              \(scratch)/.cache/nns/mnist (no such directory)
            Downloading was not tried (it is switched off).
            To use files you already have, put the four files in one directory and point nns at it: \
            `nns --data DIR`, `export NNS_DATA=DIR`, or `load mnist from=DIR`.
            To download from elsewhere, set MNIST_MIRROR to a directory or base URL.
            """)
    }

    @Test func aMalformedFileFoundLocallyIsReportedAsSuch() throws {
        let directory = scratch + "/broken"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for file in DatasetFile.allCases {
            try FileManager.default.createSymbolicLink(
                atPath: directory + "/" + file.fileName, withDestinationPath: TestData.mnistFile(file.fileName))
        }
        try FileManager.default.removeItem(atPath: directory + "/t10k-labels-idx1-ubyte.gz")
        try TestData.write(Array("not idx".utf8), named: "t10k-labels-idx1-ubyte", in: directory)
        #expect(throws: DataError.wrongMagic(path: directory + "/t10k-labels-idx1-ubyte", firstBytes: Array("not ".utf8))) {
            try loader(explicit: directory).load(.mnist, limit: 10)
        }
    }
}

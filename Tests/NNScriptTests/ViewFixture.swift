import Foundation
import ModelFiles
import NeuralData
import NeuralNet
@testable import NNScript

/// Sessions for the inspection-view tests, set up directly (no `load`/`net`/`sgd` needed): real
/// MNIST images from the shared data directory and small networks built from a fixed seed.
enum ViewFixture {
    /// The first 1,000 MNIST test images (labels 0…9, 28×28).
    static let testImages: LabeledImages? = try? load("mnist/t10k", name: "mnist test", limit: 1000)
    /// The first 1,000 images of the 5,000-image training file.
    static let trainImages: LabeledImages? = try? load("mnist-train-5k/train", name: "mnist training", limit: 1000)

    /// Images and labels of the IDX pair `prefix-{images-idx3,labels-idx1}-ubyte.gz`.
    static func load(_ prefix: String, name: String, limit: Int? = nil) throws -> LabeledImages {
        let base = TestData.directory + "/" + prefix
        return try LabeledImages.load(images: base + "-images-idx3-ubyte.gz", labels: base + "-labels-idx1-ubyte.gz",
                                      name: name, limit: limit, classCount: 10)
    }

    /// A [784, 10, 10] sigmoid network with quadratic cost drawn from seed 1 (book-style N(0, 1)).
    static func untrainedNetwork(sizes: [Int] = [784, 10, 10]) throws -> Network {
        var generator = SeededGenerator(seed: 1)
        return try Network(sizes: sizes, activations: Array(repeating: .sigmoid, count: sizes.count - 1),
                           cost: .quadratic, initializer: .gaussian, generator: &generator)
    }

    /// `untrainedNetwork()` after one epoch of SGD (η = 3, m = 10) on the 1,000 training images,
    /// monitoring the 1,000 test images; with the record of that run (its epoch time set to
    /// 1.25 s, so that views showing it are reproducible).
    static let trained: (network: Network, record: TrainingRecord)? = {
        guard let train = trainImages, let test = testImages, var network = try? untrainedNetwork() else { return nil }
        var generator = SeededGenerator(seed: 2)
        let configuration = TrainingConfiguration(epochs: 1, learningRate: 3, miniBatchSize: 10)
        let examples = { (images: LabeledImages) in
            LabeledExamples(bytes: images.pixels, labels: images.labels, inputSize: 784, classCount: 10)
        }
        guard let outcome = try? MiniBatchSGD(configuration: configuration).train(
            &network, on: examples(train), monitoring: [MonitoredSet(name: "test", examples: examples(test))],
            generator: &generator) else { return nil }
        var record = TrainingRecord(configuration: configuration, trainingSet: "train",
                                    trainingCount: train.count, outcome: outcome)
        for index in record.epochRecords.indices { record.epochRecords[index].seconds = 1.25 }
        return (network, record)
    }()

    /// The shape the fixture's training runs are tagged with: [784, 30, 10], sigmoid, quadratic.
    static let bookShape = NetworkShape(sizes: [784, 30, 10], activations: [.sigmoid, .sigmoid], cost: .quadratic)

    /// `history` as runs of network 1 of shape `shape`.
    static func runs(_ history: [TrainingRecord], network: Int = 1, shape: NetworkShape = bookShape) -> [TrainingRun] {
        history.map { TrainingRun(network: network, shape: shape, record: $0) }
    }

    /// An interpreter whose session has the test images (as `test`), and `network` when given,
    /// with `history` as its history and as the session's runs (of network 1, tagged with the
    /// shape of `network`, else `bookShape`); plain output at 80 columns unless `options` say
    /// otherwise.
    static func harness(
        network: Network? = nil, history: [TrainingRecord] = [], options: SessionOptions = SessionOptions()
    ) throws -> InterpreterHarness {
        let harness = InterpreterHarness(options)
        guard let test = testImages else { throw Missing() }
        harness.interpreter.session.dataSets[.test] = LoadedDataSet(test, origin: "mnist test")
        harness.interpreter.session.network = network
        harness.interpreter.session.trainingRuns = runs(history, shape: network.map(NetworkShape.init) ?? bookShape)
        harness.interpreter.session.networkNumber = history.isEmpty ? nil : 1
        return harness
    }

    /// The shared test data is not readable.
    struct Missing: Error, CustomStringConvertible {
        var description: String { "MNIST test data not found under \(TestData.directory); set NNS_TEST_DATA" }
    }
}

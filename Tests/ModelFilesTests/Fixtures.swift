import Foundation
import NeuralNet
import TestSupport
@testable import ModelFiles

/// Networks, documents and scratch directories shared by the ModelFiles tests.
enum Fixtures {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// A hand-written [3, 2, 2] network (sigmoid, softmax; log-likelihood) whose JSON is short
    /// enough to read in a test.
    static func tinyNetwork() throws -> Network {
        try Network(
            sizes: [3, 2, 2],
            weights: [Matrix(rows: 2, columns: 3, elements: [0.5, -0.25, 1, 0.1, 0.2, 0.3]),
                      Matrix(rows: 2, columns: 2, elements: [1.5, -2, 0, 3.25])],
            biases: [[0.1, -0.1], [0, 0.5]],
            activations: [.sigmoid, .softmax], cost: .logLikelihood)
    }

    /// One finished `sgd` run with two epochs monitored on two sets.
    static let record = TrainingRecord(
        epochs: 3, learningRate: 0.1, miniBatchSize: 10, lambda: 5, stopAfter: nil, trainingSet: "train",
        trainingCount: 50_000,
        epochRecords: [
            .init(epoch: 0, seconds: 1.25, results: [.init(name: "test", correct: 9012, total: 10_000, cost: 0.4375),
                                                     .init(name: "train", correct: 45_100, total: 50_000, cost: 0.3)]),
            .init(epoch: 1, seconds: 1.5, results: [.init(name: "test", correct: 9300, total: 10_000, cost: 0.25),
                                                    .init(name: "train", correct: 47_000, total: 50_000, cost: 0.2)]),
        ],
        ending: "stopped early")

    /// A hand-written convolutional network with every layer kind, small enough to read in a
    /// test and in docs/model-format.md: 6×6×1 → convolution (2 maps, 3×3, relu) → 4×4×2 →
    /// max-pooling 2×2 → 2×2×2 → dropout 0.5 → fully connected 2 softmax; log-likelihood.
    static func tinyConvNetwork() throws -> Network {
        let input = TensorShape(height: 6, width: 6, channels: 1)
        let convolution = ConvolutionLayer(
            inputShape: input, kernelSize: 3,
            weights: Matrix(rows: 2, columns: 9, elements: [0.5, -0.25, 1, 0.1, 0.2, 0.3, 0, -0.5, 0.25,
                                                            1.5, -2, 0, 3.25, 0.5, -1, 0.75, 0, 0.125]),
            biases: [0.1, -0.1], activation: .relu)
        let pooling = MaxPoolingLayer(inputShape: convolution.outputShape, poolSize: 2)
        let dropout = DropoutLayer(inputShape: pooling.outputShape, rate: 0.5)
        let output = FullyConnectedLayer(inputShape: dropout.outputShape,
                                         weights: Matrix(rows: 2, columns: 8, elements: [1, -1, 0.5, 0, 0.25, -0.25, 2, -2,
                                                                                         -0.5, 2, 0, 1.5, -1, 0.75, 0.5, 0.125]),
                                         biases: [0, 0.5], activation: .softmax)
        return try Network(layers: [convolution, pooling, dropout, output], cost: .logLikelihood)
    }

    /// A run with every field format 2 added: momentum, a learning-rate schedule, two threads,
    /// the speed of learning of layers 1 and 4, and η per epoch.
    static let layeredRecord = TrainingRecord(
        epochs: 3, learningRate: 0.1, miniBatchSize: 10, lambda: 5, stopAfter: nil, trainingSet: "train",
        trainingCount: 50_000,
        epochRecords: [
            .init(epoch: 0, seconds: 1.25, results: [.init(name: "validation", correct: 9012, total: 10_000, cost: 0.4375)],
                  learningRate: 0.1, learningSpeeds: [0.012, 0.283]),
            .init(epoch: 1, seconds: 1.5, results: [.init(name: "validation", correct: 9300, total: 10_000, cost: 0.25)],
                  learningRate: 0.05, learningSpeeds: [0.02, 0.25]),
        ],
        ending: "schedule finished", momentum: 0.9, schedulePatience: 10, threads: 2, speedLayers: [1, 4],
        initialSpeeds: [0.01, 0.3])

    /// The tiny convolutional network with `layeredRecord`, seed 42 and a creation date: the
    /// example of docs/model-format.md.
    static func tinyConvDocument() throws -> ModelDocument {
        ModelDocument(network: try tinyConvNetwork(), history: [layeredRecord], seed: 42, nnsVersion: "0.2.0",
                      created: created)
    }

    /// A random network of every layer kind, with input channels, a pooling that leaves a border
    /// (7 / 2) and a dropout rate of 0: 9×9×3 → convolution (4 maps, 3×3, tanh) → 7×7×4 →
    /// max-pooling 2×2 → 3×3×4 → dropout 0 → fully connected 5 relu → dropout 0.3 → fully
    /// connected 3 sigmoid; cross-entropy. Parameters drawn from `SeededGenerator(seed:)`.
    static func everyKindNetwork(seed: UInt64) throws -> Network {
        var generator = SeededGenerator(seed: seed)
        let convolution = ConvolutionLayer(inputShape: TensorShape(height: 9, width: 9, channels: 3), featureMaps: 4,
                                           kernelSize: 3, activation: .tanh, initializer: .scaledGaussian,
                                           poolSize: 2, generator: &generator)
        let pooling = MaxPoolingLayer(inputShape: convolution.outputShape, poolSize: 2)
        let still = DropoutLayer(inputShape: pooling.outputShape, rate: 0)
        let hidden = FullyConnectedLayer(inputShape: still.outputShape, outputCount: 5, activation: .relu,
                                         initializer: .scaledGaussian, generator: &generator)
        let dropout = DropoutLayer(inputShape: hidden.outputShape, rate: 0.3)
        let output = FullyConnectedLayer(inputShape: dropout.outputShape, outputCount: 3, activation: .sigmoid,
                                         initializer: .scaledGaussian, generator: &generator)
        return try Network(layers: [convolution, pooling, still, hidden, dropout, output], cost: .crossEntropy)
    }

    /// The book's chapter 6 network (W4 of scripts/bench.sh): 28×28 → conv 20 (5×5, relu) →
    /// pool 2 → conv 40 (5×5, relu) → pool 2 → 100 relu → dropout 0.5 → 10 softmax, with
    /// network3's initialisation from `SeededGenerator(seed:)`.
    static func chapter6Network(seed: UInt64, maps: (Int, Int) = (20, 40), hidden: Int = 100) throws -> Network {
        var generator = SeededGenerator(seed: seed)
        let first = ConvolutionLayer(inputShape: TensorShape(height: 28, width: 28), featureMaps: maps.0, kernelSize: 5,
                                     activation: .relu, initializer: .fanOutGaussian, poolSize: 2, generator: &generator)
        let pool1 = MaxPoolingLayer(inputShape: first.outputShape, poolSize: 2)
        let second = ConvolutionLayer(inputShape: pool1.outputShape, featureMaps: maps.1, kernelSize: 5,
                                      activation: .relu, initializer: .fanOutGaussian, poolSize: 2, generator: &generator)
        let pool2 = MaxPoolingLayer(inputShape: second.outputShape, poolSize: 2)
        let fully = FullyConnectedLayer(inputShape: pool2.outputShape, outputCount: hidden, activation: .relu,
                                        initializer: .fanOutGaussian, generator: &generator)
        let dropout = DropoutLayer(inputShape: fully.outputShape, rate: 0.5)
        let output = FullyConnectedLayer(inputShape: dropout.outputShape, outputCount: 10, activation: .softmax,
                                         initializer: .fanOutGaussian, generator: &generator)
        return try Network(layers: [first, pool1, second, pool2, fully, dropout, output], cost: .logLikelihood)
    }

    /// The weights and biases of every layer, as bit patterns (for bit-exact comparisons).
    static func bits(_ network: Network) -> [[UInt32]] {
        network.weightedLayers.flatMap { [$0.layer.weights.elements.map(\.bitPattern), $0.layer.biases.map(\.bitPattern)] }
    }

    /// The version 1 model file nns 0.1.0 wrote for `tinyDocument()` (before format 2): the
    /// example of docs/model-format.md's section on version 1.
    static let version1Text = """
        {
          "format": "nns-model",
          "formatVersion": 1,
          "nnsVersion": "0.1.0",
          "created": "2025-06-01T12:00:00Z",
          "seed": 42,
          "sizes": [3, 2, 2],
          "activations": ["sigmoid", "softmax"],
          "cost": "log-likelihood",
          "history": [
            {
              "epochs": 3,
              "learningRate": 0.1,
              "miniBatchSize": 10,
              "lambda": 5.0,
              "stopAfter": null,
              "trainingSet": "train",
              "trainingCount": 50000,
              "ending": "stopped early",
              "epochRecords": [
                {"epoch": 0, "seconds": 1.25, "results": [{"name": "test", "correct": 9012, "total": 10000, "cost": 0.4375}, {"name": "train", "correct": 45100, "total": 50000, "cost": 0.3}]},
                {"epoch": 1, "seconds": 1.5, "results": [{"name": "test", "correct": 9300, "total": 10000, "cost": 0.25}, {"name": "train", "correct": 47000, "total": 50000, "cost": 0.2}]}
              ]
            }
          ],
          "biases": [
            [0.1, -0.1],
            [0.0, 0.5]
          ],
          "weights": [
            [
              [0.5, -0.25, 1.0],
              [0.1, 0.2, 0.3]
            ],
            [
              [1.5, -2.0],
              [0.0, 3.25]
            ]
          ]
        }

        """

    /// The committed version 1 file of a trained [784, 8, 10] network (Tests/Fixtures/README.md).
    static var version1File: URL {
        RealData.packageRoot.appendingPathComponent("Tests/Fixtures/model-v1-784-8-10.json")
    }

    /// 2025-06-01T12:00:00Z.
    static let created = Date(timeIntervalSince1970: 1_748_779_200)

    /// The tiny network with a history, seed 42 and a creation date.
    static func tinyDocument() throws -> ModelDocument {
        ModelDocument(network: try tinyNetwork(), history: [record], seed: 42, nnsVersion: "0.1.0", created: created)
    }

    /// A randomly initialised network (N(0, 1/n_in) weights) drawn from `SeededGenerator(seed:)`.
    static func randomNetwork(_ sizes: [Int], _ activations: [Activation], cost: Cost, seed: UInt64) throws -> Network {
        var generator = SeededGenerator(seed: seed)
        return try Network(sizes: sizes, activations: activations, cost: cost, initializer: .scaledGaussian,
                           generator: &generator)
    }

    /// A fresh empty directory, removed after `body` returns.
    static func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("nns-model-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }

    /// The names in `directory`, sorted.
    static func listing(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    /// Runs `arguments` (the program looked up on PATH) to the end: its exit status and its
    /// standard output (with standard error too when `mergingErrors`, else discarded).
    static func run(_ arguments: [String], mergingErrors: Bool = false) throws -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = mergingErrors ? pipe : FileHandle.nullDevice
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// The file's bytes.
    static func bytes(_ url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }
}

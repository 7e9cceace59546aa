import Foundation
import NeuralNet
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

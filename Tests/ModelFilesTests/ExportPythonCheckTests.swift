import Foundation
import NeuralNet
import TestSupport
import Testing
@testable import ModelFiles

/// Whether `python3` with numpy can run here (the check is skipped, with this reason, if not).
private let pythonWithNumpy: Bool = (try? Fixtures.run(["python3", "-c", "import numpy"]))?.status == 0

/// scripts/check_export.py loads both exports with numpy alone and must reproduce nns's
/// predictions on the first 100 t10k images, and the JSON model's parameters bit for bit.
@Suite struct ExportPythonCheckTests {
    /// scripts/check_export.py of this package.
    static let checker = RealData.packageRoot.appendingPathComponent("scripts/check_export.py").path

    /// Trains `network` for one epoch on t10k samples 100..<1100 (so its predictions are not
    /// those of random weights), exports and saves it, and runs the checker.
    private func check(_ network: Network, learningRate: Float, seed: UInt64) throws {
        var network = network
        let configuration = TrainingConfiguration(epochs: 1, learningRate: learningRate, miniBatchSize: 10)
        var generator = SeededGenerator(seed: seed)
        let outcome = try MiniBatchSGD(configuration: configuration)
            .train(&network, on: try MNISTTestSet.examples(100..<1100), generator: &generator)
        let predictions = network.predictions(try MNISTTestSet.examples(0..<100))
        #expect(Set(predictions).count >= 5, "a network that predicts few classes would make a weak test")
        let record = TrainingRecord(configuration: configuration, trainingSet: "t10k[100..<1100]", trainingCount: 1000,
                                    outcome: outcome)

        try Fixtures.withTemporaryDirectory { directory in
            let model = directory.appendingPathComponent("model.json").path
            try ModelFile.save(ModelDocument(network: network, history: [record], seed: seed, nnsVersion: "test"), to: model)
            let exports = ["model.safetensors", "model.npz"].map { directory.appendingPathComponent($0).path }
            for path in exports { try ModelExport.write(network, to: path) }
            let predictionFile = directory.appendingPathComponent("predictions.txt")
            try predictions.map(String.init).joined(separator: "\n").write(to: predictionFile, atomically: true, encoding: .utf8)

            let (status, output) = try Fixtures.run(
                ["python3", Self.checker, "--data", MNISTTestSet.directory.path, "--predictions", predictionFile.path,
                 "--model", model] + exports, mergingErrors: true)
            let text = String(decoding: output, as: UTF8.self)
            #expect(status == 0, "check_export.py failed:\n\(text)")
            #expect(text.components(separatedBy: "all 100 predictions match nns").count == 3, "\(text)")
        }
    }

    @Test(.enabled(if: pythonWithNumpy, "python3 with numpy is not available"))
    func bookNetworkExportsReproducePredictionsInNumpy() throws {
        try check(try Fixtures.randomNetwork([784, 30, 10], [.sigmoid, .sigmoid], cost: .quadratic, seed: 1),
                  learningRate: 3, seed: 1)
    }

    @Test(.enabled(if: pythonWithNumpy, "python3 with numpy is not available"))
    func tanhReluSoftmaxExportsReproducePredictionsInNumpy() throws {
        try check(try Fixtures.randomNetwork([784, 24, 16, 10], [.tanh, .relu, .softmax], cost: .logLikelihood, seed: 2),
                  learningRate: 0.1, seed: 2)
    }

    @Test(.enabled(if: pythonWithNumpy, "python3 with numpy is not available"))
    func checkerFailsWhenPredictionsDiffer() throws {
        let network = try Fixtures.randomNetwork([784, 10], [.softmax], cost: .logLikelihood, seed: 3)
        let predictions = network.predictions(try MNISTTestSet.examples(0..<100)).map { ($0 + 1) % 10 }
        try Fixtures.withTemporaryDirectory { directory in
            let export = directory.appendingPathComponent("wrong.npz").path
            try ModelExport.write(network, to: export)
            let predictionFile = directory.appendingPathComponent("predictions.txt")
            try predictions.map(String.init).joined(separator: " ").write(to: predictionFile, atomically: true, encoding: .utf8)
            let (status, _) = try Fixtures.run(["python3", Self.checker, "--data", MNISTTestSet.directory.path,
                                                "--predictions", predictionFile.path, export])
            #expect(status == 1)
        }
    }
}

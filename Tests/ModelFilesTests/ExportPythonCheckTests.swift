import Foundation
import NeuralNet
import TestSupport
import Testing
@testable import ModelFiles

/// Whether `python3` with numpy can run here (the check is skipped, with this reason, if not).
private let pythonWithNumpy: Bool = (try? Fixtures.run(["python3", "-c", "import numpy"]))?.status == 0

/// A Python with torch and safetensors, named by `$NNS_TORCH_PYTHON` (e.g. a venv's
/// bin/python); the PyTorch check of docs/model-format.md is skipped without it.
private let torchPython: String? = {
    guard let python = ProcessInfo.processInfo.environment["NNS_TORCH_PYTHON"], !python.isEmpty,
          (try? Fixtures.run([python, "-c", "import torch, safetensors"]))?.status == 0 else { return nil }
    return python
}()

/// scripts/check_export.py loads both exports with numpy alone and must reproduce nns's
/// predictions on the first 100 t10k images — for convolutional networks with a forward pass in
/// PyTorch's conventions over the exported layouts — and the JSON model's parameters bit for bit
/// (converted to those layouts by numpy on its own).
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
        #expect(Set(predictions).count >= 8, "a network that predicts few classes would make a weak test")
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
    func convolutionalExportsReproducePredictionsInNumpy() throws {
        // The chapter 6 net, smaller: conv 8 (5×5) → pool 2 → conv 12 (5×5) → pool 2 → 30 relu →
        // dropout 0.5 → 10 softmax, so the last pooling leaves 4×4×12 maps for the permuted layer.
        try check(try Fixtures.chapter6Network(seed: 4, maps: (8, 12), hidden: 30), learningRate: 0.1, seed: 4)
    }

    @Test(.enabled(if: pythonWithNumpy, "python3 with numpy is not available"))
    func everyLayerKindOnChannelsAndABorderReproducesPredictionsInNumpy() throws {
        // 28×28 → conv 6 (3×3, tanh) → 26×26×6 → pool 3 (a border of 2 left out) → 8×8×6 →
        // conv 5 (3×3, sigmoid) → 6×6×5 → dropout 0 → 20 relu → 10 softmax.
        var generator = SeededGenerator(seed: 9)
        let first = ConvolutionLayer(inputShape: TensorShape(height: 28, width: 28), featureMaps: 6, kernelSize: 3,
                                     activation: .tanh, initializer: .scaledGaussian, poolSize: 3, generator: &generator)
        let pool = MaxPoolingLayer(inputShape: first.outputShape, poolSize: 3)
        let second = ConvolutionLayer(inputShape: pool.outputShape, featureMaps: 5, kernelSize: 3, activation: .sigmoid,
                                      initializer: .scaledGaussian, generator: &generator)
        let dropout = DropoutLayer(inputShape: second.outputShape, rate: 0)
        let hidden = FullyConnectedLayer(inputShape: dropout.outputShape, outputCount: 20, activation: .relu,
                                         initializer: .scaledGaussian, generator: &generator)
        let output = FullyConnectedLayer(inputShape: hidden.outputShape, outputCount: 10, activation: .softmax,
                                         initializer: .scaledGaussian, generator: &generator)
        try check(try Network(layers: [first, pool, second, dropout, hidden, output], cost: .logLikelihood),
                  learningRate: 0.3, seed: 9)
    }

    /// The ```python blocks of docs/model-format.md, in order.
    private static func documentedPython() throws -> [String] {
        let url = RealData.packageRoot.appendingPathComponent("docs/model-format.md")
        return try String(contentsOf: url, encoding: .utf8).components(separatedBy: "```python\n").dropFirst()
            .compactMap { $0.components(separatedBy: "```").first }
    }

    /// Runs `reader` (a documented snippet that loads book.json or book.safetensors from the
    /// current directory and defines `predict(X)` or `net`) with `python` on the first 100 t10k
    /// images in a directory holding `network`'s model file and exports; the predicted classes.
    private func documentedPredictions(_ network: Network, reader: String, python: String) throws -> [Int] {
        try Fixtures.withTemporaryDirectory { directory in
            try ModelFile.save(ModelDocument(network: network, nnsVersion: "test"), to: directory.appendingPathComponent("book.json").path)
            try ModelExport.write(network, to: directory.appendingPathComponent("book.safetensors").path)
            try ModelExport.write(network, to: directory.appendingPathComponent("book.npz").path)
            try reader.write(to: directory.appendingPathComponent("reader.py"), atomically: true, encoding: .utf8)
            let images = MNISTTestSet.directory.appendingPathComponent("t10k-images-idx3-ubyte.gz").path
            try """
                import gzip, numpy as np
                exec(open("reader.py").read())
                with gzip.open(\(String(reflecting: images))) as f:
                    f.read(16)
                    X = (np.frombuffer(f.read(100 * 784), np.uint8).reshape(100, 784).astype(np.float64) / 255).astype(np.float32)
                if "net" in dir():
                    import torch
                    with torch.no_grad():
                        predicted = net(torch.from_numpy(X).reshape(-1, 1, 28, 28)).argmax(1).numpy()
                else:
                    predicted = predict(X)
                print(" ".join(map(str, predicted)))
                """.write(to: directory.appendingPathComponent("drive.py"), atomically: true, encoding: .utf8)
            let (status, output) = try Fixtures.run(["sh", "-c", "cd \"\(directory.path)\" && \(python) drive.py"], mergingErrors: true)
            let text = String(decoding: output, as: UTF8.self)
            #expect(status == 0, "\(text)")
            return text.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        }
    }

    /// A convolutional network trained for one epoch, whose fully connected layer reads 4×4×12 maps.
    private func trainedConvolutionalNetwork() throws -> Network {
        var network = try Fixtures.chapter6Network(seed: 5, maps: (8, 12), hidden: 30)
        var generator = SeededGenerator(seed: 5)
        _ = try MiniBatchSGD(configuration: TrainingConfiguration(epochs: 1, learningRate: 0.1, miniBatchSize: 10))
            .train(&network, on: try MNISTTestSet.examples(100..<1100), generator: &generator)
        return network
    }

    @Test(.enabled(if: pythonWithNumpy, "python3 with numpy is not available"))
    func theDocumentedNumpyReaderOfModelFilesPredictsAsNNSDoes() throws {
        let network = try trainedConvolutionalNetwork()
        let reader = try #require(try Self.documentedPython().first)
        let predictions = network.predictions(try MNISTTestSet.examples(0..<100))
        #expect(Set(predictions).count >= 8)
        #expect(try documentedPredictions(network, reader: reader, python: "python3") == predictions)
    }

    @Test(.enabled(if: torchPython != nil, "set NNS_TORCH_PYTHON to a Python with torch and safetensors"))
    func theDocumentedPyTorchModuleLoadsTheExportAndPredictsAsNNSDoes() throws {
        let network = try trainedConvolutionalNetwork()
        let reader = try #require(try Self.documentedPython().dropFirst().first)
        #expect(reader.contains("net.load_state_dict(load_file(\"book.safetensors\"))"))
        let predictions = network.predictions(try MNISTTestSet.examples(0..<100))
        #expect(try documentedPredictions(network, reader: reader, python: torchPython ?? "") == predictions)
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

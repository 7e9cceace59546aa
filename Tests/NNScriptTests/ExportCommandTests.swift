import Foundation
import ModelFiles
import TestSupport
import Testing
@testable import NNScript

/// Runs `arguments` through `/usr/bin/env`, returning the exit status and the merged output.
private func runProcess(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
}

/// Whether `python3` with numpy can run here (the numpy check is skipped, with this reason, if not).
private let pythonWithNumpy: Bool = (try? runProcess(["python3", "-c", "import numpy"]))?.status == 0

/// `export`: what it writes and says, `format=`, its errors, and a numpy forward pass over the
/// exports (scripts/check_export.py) that reproduces nns's predictions.
@Suite struct ExportCommandTests {
    @Test func exportsBothFormatsAndListsTheirArrays() throws {
        let fixture = try ModelFileSession.trained()
        let safetensors = fixture.run("export book.safetensors")
        #expect(safetensors.output == """
            exported book.safetensors (safetensors, 96 KB): 784 → 30 sigmoid → 10 sigmoid · quadratic cost
            tensors (float32): layers.0.weight [30, 784], layers.0.bias [30], layers.1.weight [10, 30], layers.1.bias [10]; \
            metadata: layers, input, sizes, activations, cost

            """)
        let npz = fixture.run("export book.npz")
        #expect(npz.output == """
            exported book.npz (npz, 98 KB): 784 → 30 sigmoid → 10 sigmoid · quadratic cost
            arrays (float32): w0 (30, 784), b0 (30,), w1 (10, 30), b1 (10,); also sizes, activations, cost, input, layers

            """)
        let network = try #require(fixture.session.network)
        let written = try Data(contentsOf: URL(fileURLWithPath: fixture.path("book.safetensors")))
        #expect(Array(written) == ModelExport.safetensors(network))
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: fixture.path("book.npz")))) == ModelExport.npz(network))
    }

    @Test func aConvolutionalNetworkIsExportedInPyTorchsLayouts() throws {
        let fixture = try OpenCommandTests.trainedConvolutional()
        let safetensors = fixture.run("export conv.safetensors").output.split(separator: "\n").map(String.init)
        #expect(safetensors.count == 3)
        #expect(safetensors.dropFirst().joined(separator: "\n") == """
            tensors (float32): layers.0.weight [4, 1, 5, 5], layers.0.bias [4], layers.2.weight [6, 4, 3, 3], \
            layers.2.bias [6], layers.4.weight [30, 150], layers.4.bias [30], layers.6.weight [10, 30], layers.6.bias [10]; \
            metadata: layers, input, sizes, activations, cost
            layout: PyTorch's — convolution weights (out, in, kh, kw); a fully connected layer on maps takes them in \
            nn.Flatten()'s (C, H, W) order
            """)
        #expect(fixture.run("export conv.npz").output.contains(
            "\narrays (float32): w0 (4, 1, 5, 5), b0 (4,), w2 (6, 4, 3, 3), b2 (6,), w4 (30, 150), b4 (30,), w6 (10, 30), "
            + "b6 (10,); also sizes, activations, cost, input, layers\n"))
        let network = try #require(fixture.session.network)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: fixture.path("conv.safetensors")))) == ModelExport.safetensors(network))
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: fixture.path("conv.npz")))) == ModelExport.npz(network))
    }

    @Test func formatOverridesTheExtension() throws {
        let fixture = try ModelFileSession()
        fixture.run("net 4 3 2")
        #expect(fixture.run("export weights.bin format=npz").output.hasPrefix("exported weights.bin (npz, "))
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: fixture.path("weights.bin"))))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip archive")
        #expect(fixture.run("export ~/W.NPZ").output.hasPrefix("exported ~/W.NPZ (npz, "))
    }

    @Test func errors() throws {
        let fixture = try ModelFileSession()
        #expect(fixture.run("export a.npz").errors.hasPrefix("1:1: no network yet — create one with 'net 784 30 10'\n"))
        fixture.run("net 4 3 2")
        #expect(fixture.run("export weights.pt").errors == """
            1:8: weights.pt: cannot export to a ".pt" file; use a name ending in .safetensors (PyTorch, numpy) or .npz (numpy)
              export weights.pt
                     ^~~~~~~~~~

            """)
        #expect(fixture.run("export weights").errors.hasPrefix(
            "1:8: weights: cannot export to a file without an extension; use a name ending in .safetensors"))
        #expect(fixture.run("export a.npz format=pt").errors.hasPrefix(
            "1:21: expected one of safetensors, npz for 'format', got 'pt'"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.scratch.path).isEmpty)
    }

    @Test(.enabled(if: pythonWithNumpy, "python3 with numpy is not available"))
    func numpyReproducesThePredictionsOfAnOpenedModel() throws {
        // Train and save in one session; open, predict and export in another.
        let trained = try ModelFileSession()
        trained.run("seed 3\n\(TestData.loadTrain(limit: 2000))\nnet 784 30 10 cost=cross-entropy init=scaled\n"
                    + "sgd epochs=2 eta=0.5 m=10 monitor=none\nsave book.json")
        let fixture = try ModelFileSession()
        fixture.run(TestData.loadTest(limit: 100) + "\nopen \"\(trained.path("book.json"))\"\nexport book.safetensors\nexport book.npz")
        let network = try #require(fixture.session.network)
        let test = try #require(fixture.session.dataSet(.test))
        let predictions = network.predictions(test.examples)
        #expect(predictions.count == 100)
        #expect(Set(predictions).count >= 8, "a network predicting few classes would make a weak check")
        try fixture.scratch.write("predictions.txt", predictions.map(String.init).joined(separator: "\n") + "\n")

        let checker = RealData.packageRoot.appendingPathComponent("scripts/check_export.py").path
        let (status, output) = try runProcess(
            ["python3", checker, "--data", TestData.directory + "/mnist", "--predictions", fixture.path("predictions.txt"),
             "--model", trained.path("book.json"), fixture.path("book.safetensors"), fixture.path("book.npz")])
        #expect(status == 0, "check_export.py failed:\n\(output)")
        #expect(output.components(separatedBy: "all 100 predictions match nns").count == 3, "\(output)")

        // The same for a convolutional network, opened from its model file in a new session.
        let convolutional = try OpenCommandTests.trainedConvolutional()
        convolutional.run("save conv.json")
        let opened = try ModelFileSession()
        opened.run(TestData.loadTest(limit: 100) + "\nopen \"\(convolutional.path("conv.json"))\"\nexport conv.safetensors\nexport conv.npz")
        let conv = try #require(opened.session.network)
        let convPredictions = conv.predictions(try #require(opened.session.dataSet(.test)).examples)
        #expect(Set(convPredictions).count >= 8)
        try opened.scratch.write("conv.txt", convPredictions.map(String.init).joined(separator: "\n") + "\n")
        let convCheck = try runProcess(
            ["python3", checker, "--data", TestData.directory + "/mnist", "--predictions", opened.path("conv.txt"),
             "--model", convolutional.path("conv.json"), opened.path("conv.safetensors"), opened.path("conv.npz")])
        #expect(convCheck.status == 0, "check_export.py failed:\n\(convCheck.output)")
        #expect(convCheck.output.components(separatedBy: "all 100 predictions match nns").count == 3, "\(convCheck.output)")

        // The checker does fail on predictions that are not nns's.
        try fixture.scratch.write("wrong.txt", predictions.map { String(($0 + 1) % 10) }.joined(separator: "\n"))
        let wrong = try runProcess(["python3", checker, "--data", TestData.directory + "/mnist",
                                    "--predictions", fixture.path("wrong.txt"), fixture.path("book.npz")])
        #expect(wrong.status == 1)
    }
}

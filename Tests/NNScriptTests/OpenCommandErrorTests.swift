import Foundation
import NeuralNet
import TestSupport
import Testing
@testable import NNScript

/// `open` of missing, truncated, malformed and mismatched files, with a trained network and
/// loaded data in the session: each gives its golden message with a caret under the path, and
/// the network, history and data stay exactly as they were (`eval` prints the same afterwards).
@Suite struct OpenCommandErrorTests {
    /// Example `index` of docs/model-format.md: 0 is the format 2 example (a small convolutional
    /// network), 1 the format 1 example (a [3, 2, 2] network); the cases below break them.
    static func example(_ index: Int = 0) throws -> String {
        let root = RealData.packageRoot
        let document = try String(contentsOf: root.appendingPathComponent("docs/model-format.md"), encoding: .utf8)
        let blocks = document.components(separatedBy: "```json\n").dropFirst().compactMap { $0.components(separatedBy: "```").first }
        try #require(blocks.count > index, "docs/model-format.md has \(blocks.count) JSON examples")
        return blocks[index]
    }

    /// Opens `file` (as written in the command) in a trained session and checks that the
    /// diagnostic is `file: problem` with the caret under the path, and that nothing changed.
    private func expectRefused(_ file: String, in fixture: ModelFileSession, problem: String,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let evalBefore = fixture.run("eval test; eval validation").output
        let network = fixture.session.network, history = fixture.session.history
        let sets = fixture.session.dataSets.mapValues(\.count), training = fixture.session.lastTraining

        let result = fixture.run("open \(file)")
        #expect(result.outcome == .failure, sourceLocation: sourceLocation)
        let caret = String(repeating: "~", count: file.count - 1)
        #expect(result.errors == "1:6: \(file): \(problem)\n  open \(file)\n       ^\(caret)\n", sourceLocation: sourceLocation)
        #expect(result.output.isEmpty, sourceLocation: sourceLocation)

        #expect(fixture.session.network == network, sourceLocation: sourceLocation)
        #expect(fixture.session.history == history, sourceLocation: sourceLocation)
        #expect(fixture.session.lastTraining == training, sourceLocation: sourceLocation)
        #expect(fixture.session.dataSets.mapValues(\.count) == sets, sourceLocation: sourceLocation)
        #expect(fixture.run("eval test; eval validation").output == evalBefore, sourceLocation: sourceLocation)
    }

    /// Writes the example with `original` replaced by `replacement` to `file` and expects `open`
    /// to refuse it with `problem`.
    private func expectRefused(_ file: String, editing original: String, to replacement: String, example index: Int = 0,
                               in fixture: ModelFileSession, problem: String,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let example = try Self.example(index)
        #expect(example.contains(original), sourceLocation: sourceLocation)
        try fixture.scratch.write(file, example.replacingOccurrences(of: original, with: replacement))
        expectRefused(file, in: fixture, problem: problem, sourceLocation: sourceLocation)
    }

    @Test func theExamplesThemselvesOpen() throws {
        let fixture = try ModelFileSession()
        try fixture.scratch.write("example.json", try Self.example())
        #expect(fixture.run("open example.json").outcome == .success)
        #expect(fixture.session.network?.layers.map(\.kindName) == ["convolution", "max-pooling", "dropout", "fully connected"])
        #expect(fixture.session.network?.inputShape == TensorShape(height: 6, width: 6))
        #expect(fixture.session.history.first?.ending == "schedule finished")
        try fixture.scratch.write("version1.json", try Self.example(1))
        #expect(fixture.run("open version1.json").outcome == .success)
        #expect(fixture.session.network?.sizes == [3, 2, 2])
        #expect(fixture.session.history.first?.ending == "stopped early")
    }

    @Test func truncatedSavesOfTheTrainedNetwork() throws {
        let fixture = try ModelFileSession.trained()
        fixture.run("save book.json")
        // Cut about 60,000 bytes into the weights: right after a decimal point (a number cut in
        // half), and at the end of the row there. Where exactly depends on the trained digits, so
        // the expected line and column are computed from the cut; the messages are exact.
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: fixture.path("book.json"))))
        let marker = Array("\n  \"parameters\": [".utf8)
        let weights = try #require(bytes.indices.first { bytes[$0...].starts(with: marker) })
        let dot = try #require(bytes[(weights + 60_000)...].firstIndex(of: UInt8(ascii: ".")))
        let cut = dot + 1
        try Data(bytes[..<cut]).write(to: URL(fileURLWithPath: fixture.path("cut.json")))
        expectRefused("cut.json", in: fixture, problem: "not valid JSON at \(Self.endPosition(of: bytes[..<cut])): "
                      + "expected a digit after the decimal point, found the end of the file")
        let rowEnd = try #require(bytes[cut...].firstIndex(of: UInt8(ascii: "]")))
        try Data(bytes[...rowEnd]).write(to: URL(fileURLWithPath: fixture.path("row.json")))
        expectRefused("row.json", in: fixture, problem: "not valid JSON at \(Self.endPosition(of: bytes[...rowEnd])): "
                      + "the file ends inside the array opened at line 36, column 18 (4 brackets still open); it looks truncated")
    }

    /// "line L, column C" of the end of `text` (ASCII), as the JSON reader reports it.
    static func endPosition(of text: ArraySlice<UInt8>) -> String {
        let newline = UInt8(ascii: "\n")
        let line = text.filter { $0 == newline }.count + 1
        let lineStart = (text.lastIndex(of: newline) ?? text.startIndex - 1) + 1
        return "line \(line), column \(text.endIndex - lineStart + 1)"
    }

    @Test func wrongShapes() throws {
        let fixture = try ModelFileSession.trained()
        try expectRefused("rows.json", editing: "[0.5, -0.25, 1.0, 0.1, 0.2, 0.3, 0.0, -0.5, 0.25],\n        ", to: "",
                          in: fixture, problem: "parameters[0].weights has 1 row, expected 2 rows: layer 1 has 2 feature maps, one filter each")
        try expectRefused("columns.json", editing: "[1.0, -1.0, 0.5, 0.0, 0.25, -0.25, 2.0, -2.0]",
                          to: "[1.0, -1.0, 0.5, 0.0, 0.25, -0.25, 2.0]", in: fixture,
                          problem: "parameters[1].weights[0] has 7 values, expected 8 values: one weight per value layer 3 gives (2×2×2 = 8)")
        try expectRefused("kernel.json", editing: "\"kernel\": 3", to: "\"kernel\": 7", in: fixture,
                          problem: "layers[0].kernel is 7, but a 7×7 kernel does not fit the 6×6 maps of the input (6×6×1); "
                          + "use a kernel of at most 6")
        try expectRefused("chain.json", editing: "\"output\": [4, 4, 2]", to: "\"output\": [5, 5, 2]", in: fixture,
                          problem: "layers[0].output is [5, 5, 2], but a convolution of 2 maps with 3×3 kernels on 6×6×1 gives [4, 4, 2]")
        try expectRefused("sizes.json", editing: "[3, 2, 2]", to: "[3, 2, 2, 1]", example: 1, in: fixture,
                          problem: "activations has 2 names, expected 3 names: one activation per weight layer for sizes [3, 2, 2, 1]")
    }

    @Test func nonFiniteParameters() throws {
        let fixture = try ModelFileSession.trained()
        let why = "not a finite 32-bit float; every weight and bias must be finite "
            + "(a network whose training diverged cannot be saved or opened)"
        try expectRefused("nan.json", editing: "0.2, 0.3", to: "NaN, 0.3", in: fixture, problem: "parameters[0].weights[0][4] is NaN, \(why)")
        try expectRefused("big.json", editing: "[0.0, 0.5]", to: "[0.0, 1e39]", in: fixture, problem: "parameters[1].biases[1] is 1e39, \(why)")
        try expectRefused("v1.json", editing: "0.2, 0.3", to: "NaN, 0.3", example: 1, in: fixture, problem: "weights[0][1][1] is NaN, \(why)")
    }

    @Test func missingFilesDirectoriesAndEmptyFiles() throws {
        let fixture = try ModelFileSession.trained()
        expectRefused("bok.json", in: fixture, problem: "no such file; check the path (a relative path starts in the current directory)")
        try FileManager.default.createDirectory(atPath: fixture.path("models"), withIntermediateDirectories: false)
        expectRefused("models", in: fixture, problem: "is a directory; give the path of a model file, e.g. DIRECTORY/model.json")
        try fixture.scratch.write("empty.json", "")
        expectRefused("empty.json", in: fixture, problem: "the file is empty (0 bytes); an nns model file is a JSON object")
    }

    @Test func otherFilesVersionsAndNames() throws {
        let fixture = try ModelFileSession.trained()
        fixture.run("export w.npz")
        expectRefused("w.npz", in: fixture, problem: "this file is in the npz format, not an nns model; nns exports npz "
                      + "for numpy and PyTorch but opens only its own JSON model files (written by `save`)")
        try fixture.scratch.write("list.json", "[1, 2, 3]\n")
        expectRefused("list.json", in: fixture, problem: "valid JSON but not an nns model file: "
                      + "expected an object with \"format\": \"nns-model\", found an array of 3 values")
        try expectRefused("v3.json", editing: "\"formatVersion\": 2", to: "\"formatVersion\": 3", in: fixture,
                          problem: "format version 3 was written by a newer nns; this nns reads versions 1–2: update nns to open it")
        try expectRefused("act.json", editing: "\"softmax\"", to: "\"softmx\"", in: fixture,
                          problem: "layers[3].activation is \"softmx\", which is not an activation nns knows; "
                          + "did you mean \"softmax\"? (known: sigmoid, tanh, relu, softmax, linear)")
        try expectRefused("kind.json", editing: "\"kind\": \"convolution\"", to: "\"kind\": \"Conv2d\"", in: fixture,
                          problem: "layers[0].kind is \"Conv2d\", which is not a layer kind nns knows; did you mean "
                          + "\"convolution\"? (known: fully-connected, convolution, max-pooling, dropout)")
        try expectRefused("cost.json", editing: "  \"cost\": \"log-likelihood\",\n", to: "", in: fixture,
                          problem: "the required field \"cost\" is missing")
    }
}

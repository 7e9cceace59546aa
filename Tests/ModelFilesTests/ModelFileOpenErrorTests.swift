import Foundation
import NeuralNet
import Testing
@testable import ModelFiles

/// Broken, truncated and mismatched files: `open` throws a `ModelFileError` whose message names
/// the file, the field (or line and column) and what to do. Messages are golden.
@Suite struct ModelFileOpenErrorTests {
    /// The tiny document's text, as `save` writes it (format 2).
    static let valid = String(decoding: (try? Fixtures.tinyDocument().jsonBytes()) ?? [], as: UTF8.self)

    /// The valid text with `original` replaced by `replacement` (which must occur).
    func edited(_ original: String, _ replacement: String) throws -> String {
        try #require(Self.valid.contains(original), "fixture text lacks \(original)")
        return Self.valid.replacingOccurrences(of: original, with: replacement)
    }

    /// The tiny document as nns wrote it in format 1, with `original` replaced by `replacement`.
    func editedVersion1(_ original: String, _ replacement: String) throws -> String {
        try #require(Fixtures.version1Text.contains(original), "version 1 text lacks \(original)")
        return Fixtures.version1Text.replacingOccurrences(of: original, with: replacement)
    }

    /// The message of the error `open` throws for a file holding `bytes` (with the temporary
    /// path replaced by `FILE`).
    func message(opening bytes: [UInt8]) throws -> String {
        try Fixtures.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("model.json")
            try Data(bytes).write(to: url)
            let error = #expect(throws: ModelFileError.self) { try ModelFile.open(url.path) }
            #expect(error?.path == url.path)
            #expect(try Fixtures.bytes(url) == bytes, "open must not change the file")
            return error?.description.replacingOccurrences(of: url.path, with: "FILE") ?? "opened without error"
        }
    }

    func message(opening text: String) throws -> String {
        try message(opening: Array(text.utf8))
    }

    @Test func missingFile() throws {
        let error = #expect(throws: ModelFileError.self) { try ModelFile.open("/nonexistent/nns/model.json") }
        #expect(error?.description
            == "/nonexistent/nns/model.json: no such file; check the path (a relative path starts in the current directory)")
    }

    @Test func directory() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let error = #expect(throws: ModelFileError.self) { try ModelFile.open(directory.path) }
            #expect(error?.problem == .isDirectory)
            #expect(error?.description == "\(directory.path): is a directory; give the path of a model file, e.g. DIRECTORY/model.json")
        }
    }

    @Test func emptyFile() throws {
        #expect(try message(opening: "") == "FILE: the file is empty (0 bytes); an nns model file is a JSON object")
    }

    @Test func notJSON() throws {
        #expect(try message(opening: "weights: 1, 2, 3\n")
            == "FILE: not valid JSON at line 1, column 1: expected a value (number, string, array, object, true, false or null), found 'w'")
    }

    @Test func truncatedJSON() throws {
        let cut = try #require(Fixtures.version1Text.range(of: "[1.5, -2.0],"))
        #expect(try message(opening: String(Fixtures.version1Text[..<cut.upperBound]))
            == "FILE: not valid JSON at line 36, column 19: the file ends inside the array opened at line 35, column 5 "
            + "(3 brackets still open); it looks truncated")
    }

    @Test func syntaxErrorGivesLineAndColumn() throws {
        #expect(try message(opening: try editedVersion1("[0.1, 0.2, 0.3]", "[0.1, 0.2 0.3]"))
            == "FILE: not valid JSON at line 33, column 17: expected ',' or ']' after an array element, found '0'")
    }

    @Test func exportsAreRecognised() throws {
        let network = try Fixtures.tinyNetwork()
        #expect(try message(opening: ModelExport.npz(network))
            == "FILE: this file is in the npz format, not an nns model; nns exports npz for numpy and PyTorch "
            + "but opens only its own JSON model files (written by `save`)")
        #expect(try message(opening: ModelExport.safetensors(network)).hasPrefix("FILE: this file is in the safetensors format"))
    }

    @Test func jsonThatIsNotAModel() throws {
        #expect(try message(opening: "[1, 2, 3]")
            == "FILE: valid JSON but not an nns model file: expected an object with \"format\": \"nns-model\", found an array of 3 values")
        #expect(try message(opening: "{\"sizes\": [784, 10]}")
            == "FILE: valid JSON but not an nns model file: expected an object with \"format\": \"nns-model\", found an object without a \"format\" field")
    }

    @Test func newerFormatVersion() throws {
        #expect(try message(opening: try edited("\"formatVersion\": 2", "\"formatVersion\": 3"))
            == "FILE: format version 3 was written by a newer nns; this nns reads versions 1–2: update nns to open it")
        #expect(try message(opening: try edited("\"formatVersion\": 2", "\"formatVersion\": 0"))
            == "FILE: format version 0 does not exist; this nns reads versions 1–2")
    }

    @Test func aVersion2FileMarkedVersion1IsReadAsVersion1() throws {
        #expect(try message(opening: try edited("\"formatVersion\": 2", "\"formatVersion\": 1"))
            == "FILE: the required field \"sizes\" is missing")
        #expect(try message(opening: try editedVersion1("\"formatVersion\": 1", "\"formatVersion\": 2"))
            == "FILE: the required field \"input\" is missing")
    }

    @Test func missingField() throws {
        #expect(try message(opening: try edited("  \"cost\": \"log-likelihood\",\n", ""))
            == "FILE: the required field \"cost\" is missing")
        #expect(try message(opening: try edited("\"miniBatchSize\": 10,", ""))
            == "FILE: the required field \"history[0].miniBatchSize\" is missing")
    }

    @Test func wrongType() throws {
        #expect(try message(opening: try editedVersion1("\"sizes\": [3, 2, 2]", "\"sizes\": [3, \"2\", 2]"))
            == "FILE: sizes[1] should be a whole number, found a string (\"2\")")
        #expect(try message(opening: try edited("\"seed\": 42", "\"seed\": -1"))
            == "FILE: seed should be a whole number from 0 to 18446744073709551615, found the number -1")
    }

    @Test func weightMatrixWithTooFewRows() throws {
        #expect(try message(opening: try editedVersion1("[1.5, -2.0],\n      [0.0, 3.25]", "[1.5, -2.0]"))
            == "FILE: weights[1] has 1 row, expected 2 rows: weights[1] is sizes[2] × sizes[1] = 2 × 2, one row per neuron of layer 2")
    }

    @Test func weightRowOfTheWrongLength() throws {
        #expect(try message(opening: try editedVersion1("[0.1, 0.2, 0.3]", "[0.1, 0.2]"))
            == "FILE: weights[0][1] has 2 values, expected 3 values: one weight per neuron of layer 0 (sizes[0] = 3)")
    }

    @Test func flatWeightMatrix() throws {
        #expect(try message(opening: try editedVersion1("[\n      [1.5, -2.0],\n      [0.0, 3.25]\n    ]", "[1.5, -2.0, 0.0, 3.25]"))
            == "FILE: weights[1] should be 2 rows of 2 numbers (an array of arrays, row-major), found a flat array of 4 numbers")
    }

    @Test func biasesOfTheWrongLength() throws {
        #expect(try message(opening: try editedVersion1("[0.0, 0.5]", "[0.0, 0.5, 1.0]"))
            == "FILE: biases[1] has 3 values, expected 2 values: layer 2 has sizes[2] = 2 neurons")
    }

    @Test func sizesThatDisagreeWithTheLayers() throws {
        #expect(try message(opening: try editedVersion1("\"sizes\": [3, 2, 2]", "\"sizes\": [3, 2, 2, 2]"))
            == "FILE: activations has 2 names, expected 3 names: one activation per weight layer for sizes [3, 2, 2, 2]")
        #expect(try message(opening: try editedVersion1("\"sizes\": [3, 2, 2]", "\"sizes\": [3, 0, 2]"))
            == "FILE: sizes[1] is 0; every layer needs at least one neuron")
    }

    @Test func nanAndInfinityParameters() throws {
        #expect(try message(opening: try editedVersion1("[0.1, 0.2, 0.3]", "[0.1, NaN, 0.3]"))
            == "FILE: weights[0][1][1] is NaN, not a finite 32-bit float; every weight and bias must be finite "
            + "(a network whose training diverged cannot be saved or opened)")
        #expect(try message(opening: try edited("[0.1, 0.2, 0.3]", "[0.1, NaN, 0.3]"))
            == "FILE: parameters[0].weights[1][1] is NaN, not a finite 32-bit float; every weight and bias must be finite "
            + "(a network whose training diverged cannot be saved or opened)")
        #expect(try message(opening: try edited("[0.1, -0.1]", "[0.1, -Infinity]"))
            .hasPrefix("FILE: parameters[0].biases[1] is -Infinity, not a finite 32-bit float"))
        #expect(try message(opening: try edited("[0.1, -0.1]", "[0.1, 1e39]"))
            .hasPrefix("FILE: parameters[0].biases[1] is 1e39, not a finite 32-bit float"))
    }

    @Test func unknownNamesGetSuggestions() throws {
        #expect(try message(opening: try editedVersion1("[\"sigmoid\", \"softmax\"]", "[\"sigmoid\", \"softmx\"]"))
            == "FILE: activations[1] is \"softmx\", which is not an activation nns knows; did you mean \"softmax\"? "
            + "(known: sigmoid, tanh, relu, softmax, linear)")
        #expect(try message(opening: try edited("\"activation\": \"softmax\"", "\"activation\": \"softmx\""))
            == "FILE: layers[1].activation is \"softmx\", which is not an activation nns knows; did you mean \"softmax\"? "
            + "(known: sigmoid, tanh, relu, softmax, linear)")
        #expect(try message(opening: try edited("\"cost\": \"log-likelihood\"", "\"cost\": \"CrossEntropy\""))
            == "FILE: cost is \"CrossEntropy\", which is not a cost nns knows; did you mean \"cross-entropy\"? "
            + "(known: quadratic, cross-entropy, log-likelihood)")
        #expect(try message(opening: try edited("\"cost\": \"log-likelihood\"", "\"cost\": \"hinge\""))
            == "FILE: cost is \"hinge\", which is not a cost nns knows (known: quadratic, cross-entropy, log-likelihood)")
    }

    @Test func inconsistentNetwork() throws {
        let softmaxFirst = "FILE: not a valid network: softmax is only allowed on the output layer, but layer 1 is a hidden layer; "
            + "use sigmoid, tanh or relu there"
        #expect(try message(opening: try editedVersion1("[\"sigmoid\", \"softmax\"]", "[\"softmax\", \"sigmoid\"]"))
            == softmaxFirst)
        #expect(try message(opening: try edited("\"activation\": \"sigmoid\"", "\"activation\": \"softmax\"")) == softmaxFirst)
        #expect(try message(opening: try edited("\"activation\": \"softmax\"", "\"activation\": \"relu\""))
            == "FILE: not a valid network: the log-likelihood cost is undefined for a relu output layer: it takes −ln a_y, "
            + "so outputs must be positive probabilities, but relu outputs can be 0 or greater than 1; "
            + "use a sigmoid or softmax output layer, or the quadratic cost")
    }

    @Test func badCreationDate() throws {
        #expect(try message(opening: try edited("2025-06-01T12:00:00Z", "yesterday"))
            == "FILE: created is \"yesterday\", not a UTC date and time like 2025-06-01T12:00:00Z")
    }
}

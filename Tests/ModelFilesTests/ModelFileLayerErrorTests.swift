import Foundation
import Testing
@testable import ModelFiles

/// Broken format 2 files: unknown kinds, layers that do not fit or do not chain, parameters of
/// the wrong shape, huge claimed sizes (refused from the architecture alone, before a parameter
/// is read or anything is allocated for it) and impossible histories. Messages are golden.
extension ModelFileOpenErrorTests {
    /// The tiny convolutional document as `save` writes it (docs/model-format.md's example).
    static let validConvolutional = String(decoding: (try? Fixtures.tinyConvDocument().jsonBytes()) ?? [], as: UTF8.self)

    /// The convolutional text with `original` replaced by `replacement` (which must occur).
    func editedConvolutional(_ original: String, _ replacement: String) throws -> String {
        try #require(Self.validConvolutional.contains(original), "fixture text lacks \(original)")
        return Self.validConvolutional.replacingOccurrences(of: original, with: replacement)
    }

    /// The message of opening the convolutional text with `original` replaced by `replacement`.
    func refusal(_ original: String, _ replacement: String) throws -> String {
        try message(opening: try editedConvolutional(original, replacement))
    }

    @Test func theConvolutionalExampleOpens() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nns-conv-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try Self.validConvolutional.write(to: url, atomically: false, encoding: .utf8)
        #expect(try ModelFile.open(url.path) == (try Fixtures.tinyConvDocument()))
    }

    @Test func unknownLayerKindsGetSuggestions() throws {
        #expect(try refusal("\"kind\": \"convolution\"", "\"kind\": \"Conv2d\"")
            == "FILE: layers[0].kind is \"Conv2d\", which is not a layer kind nns knows; did you mean \"convolution\"? "
            + "(known: fully-connected, convolution, max-pooling, dropout)")
        #expect(try refusal("\"kind\": \"dropout\"", "\"kind\": \"batch-norm\"")
            == "FILE: layers[2].kind is \"batch-norm\", which is not a layer kind nns knows "
            + "(known: fully-connected, convolution, max-pooling, dropout)")
        #expect(try refusal("{\"kind\": \"max-pooling\", ", "{")
            == "FILE: the required field \"layers[1].kind\" is missing")
    }

    @Test func missingAndBadLayerFields() throws {
        #expect(try refusal("\"kernel\": 3, ", "") == "FILE: the required field \"layers[0].kernel\" is missing")
        #expect(try refusal("\"maps\": 2", "\"maps\": 0") == "FILE: layers[0].maps is 0; a convolution layer has at least one feature map")
        #expect(try refusal("\"neurons\": 2", "\"neurons\": -2")
            == "FILE: layers[3].neurons is -2; a fully connected layer has at least one neuron")
        #expect(try refusal("\"neurons\": 2", "\"neurons\": 2.5") == "FILE: layers[3].neurons should be a whole number, found the number 2.5")
        #expect(try refusal("\"pool\": 2, ", "\"pool\": 2, \"activation\": \"relu\", ")
            == "FILE: layers[1].activation is given, but a max-pooling layer has no activation (it passes on the values "
            + "it selects); leave the field out")
    }

    @Test func kernelsAndPoolsThatDoNotFitTheMapsBelow() throws {
        #expect(try refusal("\"kernel\": 3", "\"kernel\": 7")
            == "FILE: layers[0].kernel is 7, but a 7×7 kernel does not fit the 6×6 maps of the input (6×6×1); "
            + "use a kernel of at most 6")
        #expect(try refusal("\"pool\": 2", "\"pool\": 5")
            == "FILE: layers[1].pool is 5, but 5×5 pooling does not fit the 4×4 maps of layer 1 (4×4×2); pool by at most 4")
        // A flat input has 1×1 maps: no 3×3 kernel fits.
        #expect(try refusal("\"input\": [6, 6, 1]", "\"input\": [36]")
            == "FILE: layers[0].kernel is 3, but a 3×3 kernel does not fit the 1×1 maps of the input (36); use a kernel of at most 1")
    }

    @Test func shapesThatDoNotChain() throws {
        #expect(try refusal("\"output\": [4, 4, 2]", "\"output\": [5, 5, 2]")
            == "FILE: layers[0].output is [5, 5, 2], but a convolution of 2 maps with 3×3 kernels on 6×6×1 gives [4, 4, 2]")
        // 3×3 pooling of 4×4 maps leaves a border and gives 1×1×2, not the 2×2×2 the next layers were written for.
        #expect(try refusal("\"pool\": 2", "\"pool\": 3")
            == "FILE: layers[1].output is [2, 2, 2], but 3×3 max-pooling of 4×4×2 gives [2]")
        // Without the outputs written, the fully connected layer's weights no longer fit.
        let text = try editedConvolutional("\"pool\": 2", "\"pool\": 3")
            .replacing(/, "output": \[[0-9, ]*\]/, with: "")
        #expect(try message(opening: text)
            == "FILE: parameters[1].weights[0] has 8 values, expected 2 values: one weight per value layer 3 gives (2)")
    }

    @Test func dropoutRatesOutsideTheUnitInterval() throws {
        #expect(try refusal("\"rate\": 0.5", "\"rate\": 1.0")
            == "FILE: layers[2].rate is 1.0; the probability p of dropping a value is at least 0 and below 1")
        #expect(try refusal("\"rate\": 0.5", "\"rate\": -0.25")
            == "FILE: layers[2].rate is -0.25; the probability p of dropping a value is at least 0 and below 1")
        #expect(try refusal("\"rate\": 0.5", "\"rate\": \"NaN\"")
            == "FILE: layers[2].rate is nan; the probability p of dropping a value is at least 0 and below 1")
    }

    @Test func parametersOfTheWrongShape() throws {
        #expect(try refusal("[0.5, -0.25, 1.0, 0.1, 0.2, 0.3, 0.0, -0.5, 0.25]", "[0.5, -0.25, 1.0, 0.1, 0.2, 0.3, 0.0, -0.5]")
            == "FILE: parameters[0].weights[0] has 8 values, expected 9 values: a 3×3 kernel on 1 channel has k·k·C = 9 "
            + "weights, in (dy, dx, c) order")
        #expect(try refusal("[0.5, -0.25, 1.0, 0.1, 0.2, 0.3, 0.0, -0.5, 0.25],\n        ", "")
            == "FILE: parameters[0].weights has 1 row, expected 2 rows: layer 1 has 2 feature maps, one filter each")
        #expect(try refusal("[1.0, -1.0, 0.5, 0.0, 0.25, -0.25, 2.0, -2.0]", "[1.0, -1.0, 0.5, 0.0, 0.25, -0.25, 2.0]")
            == "FILE: parameters[1].weights[0] has 7 values, expected 8 values: one weight per value layer 3 gives (2×2×2 = 8)")
        #expect(try refusal("\"biases\": [0.0, 0.5]", "\"biases\": [0.0]")
            == "FILE: parameters[1].biases has 1 value, expected 2 values: layer 4 has 2 neurons")
        #expect(try refusal("\"layer\": 4", "\"layer\": 3")
            == "FILE: parameters[1].layer is 3, but parameters[1] belongs to layer 4, the second layer with "
            + "weights (parameters lists layers 1, 4 in order)")
        let start = try #require(Self.validConvolutional.range(of: ",\n    {\n      \"layer\": 4,"))
        let end = try #require(Self.validConvolutional.range(of: "\n  ]\n}\n", options: .backwards))
        var oneEntry = Self.validConvolutional
        oneEntry.removeSubrange(start.lowerBound ..< end.lowerBound)
        let refused = try message(opening: oneEntry)
        #expect(refused
            == "FILE: parameters has 1 object, expected 2 objects: one per layer with weights, in order (layers 1, 4)")
    }

    @Test func inputAndLayerListProblems() throws {
        #expect(try refusal("\"input\": [6, 6, 1]", "\"input\": [6, 6]")
            == "FILE: input has 2 dimensions, expected 1 or 3 dimensions: a shape is [count] for a flat vector or "
            + "[height, width, channels], e.g. [784] or [28, 28, 1]")
        #expect(try refusal("\"input\": [6, 6, 1]", "\"input\": [6, 0, 1]")
            == "FILE: input[1] is 0; every dimension of a shape is at least 1")
        let start = try #require(Self.validConvolutional.range(of: "\"layers\": ["))
        let end = try #require(Self.validConvolutional.range(of: "\n  ],\n  \"history\""))
        var empty = Self.validConvolutional
        empty.replaceSubrange(start.lowerBound ..< end.upperBound, with: "\"layers\": [],\n  \"history\"")
        #expect(try message(opening: empty)
            == "FILE: layers has 0 layers, expected at least 1 layer: a network needs at least one layer after its input")
    }

    @Test func hugeClaimedSizesAreRefusedFromTheLayersAlone() throws {
        #expect(try refusal("\"neurons\": 2", "\"neurons\": 1000000000")
            == "FILE: layers[3] (layer 4, a fully connected layer of 1000000000 neurons on 2×2×2) would bring the network "
            + "to more than 100,000,000 weights and biases, the most nns handles")
        #expect(try refusal("\"maps\": 2", "\"maps\": 9223372036854775807")
            == "FILE: layers[0] (layer 1, a convolution layer of 9223372036854775807 maps on 6×6×1) would bring the network "
            + "to more than 100,000,000 weights and biases, the most nns handles")
        #expect(try refusal("\"input\": [6, 6, 1]", "\"input\": [4611686018427387904, 4611686018427387904, 1]")
            == "FILE: input is [4611686018427387904, 4611686018427387904, 1]: more than 2,147,483,647 values per sample, "
            + "the most nns handles")
        // 10⁷ neurons on 8 values: 90,000,020 parameters, under the cap, but a 2 KB file cannot hold them.
        let message = try refusal("\"neurons\": 2, \"activation\": \"softmax\", \"output\": [2]",
                                  "\"neurons\": 10000000, \"activation\": \"softmax\"")
        #expect(message.hasPrefix("FILE: layers describe a network of 90,000,020 weights and biases, but the whole file has only "))
        #expect(message.hasSuffix(" bytes (each parameter takes at least 2): the layers do not match the parameters"))
    }

    @Test func aTruncatedConvolutionalFileIsRefused() throws {
        let cut = try #require(Self.validConvolutional.range(of: "[0.5, -0.25, 1.0,"))
        let message = try message(opening: String(Self.validConvolutional[..<cut.upperBound]))
        #expect(message == "FILE: not valid JSON at line 41, column 26: the file ends inside the array opened at line 41, "
            + "column 9 (5 brackets still open); it looks truncated")
    }

    @Test func impossibleNewHistoryFieldsAreRefused() throws {
        #expect(try refusal("\"momentum\": 0.9", "\"momentum\": 1.0")
            == "FILE: history[0].momentum is 1.0; μ is at least 0 and below 1")
        #expect(try refusal("\"threads\": 2", "\"threads\": 0") == "FILE: history[0].threads is 0; a run uses at least one thread")
        #expect(try refusal("\"threads\": 2", "\"threads\": 65") == "FILE: history[0].threads is 65; nns uses at most 64 threads")
        #expect(try refusal("\"schedulePatience\": 10", "\"schedulePatience\": 0")
            == "FILE: history[0].schedulePatience is 0; the schedule's patience is at least 1 epoch")
        #expect(try refusal("\"speedLayers\": [1, 4]", "\"speedLayers\": [4, 1]")
            == "FILE: history[0].speedLayers[1] is 1; the layers are listed once each, bottom first")
        #expect(try refusal("\"speedLayers\": [1, 4]", "\"speedLayers\": [1, 9]")
            == "FILE: history[0].speedLayers[1] is 9, but the network has 4 layers")
        #expect(try refusal("\"initialSpeeds\": [0.01, 0.3]", "\"initialSpeeds\": [0.01]")
            == "FILE: history[0].initialSpeeds has 1 speed, expected 2 speeds: one speed per layer in speedLayers")
        #expect(try refusal("\"learningSpeeds\": [0.012, 0.283]", "\"learningSpeeds\": [0.012, -0.283]")
            == "FILE: history[0].epochRecords[0].learningSpeeds[1] is -0.283; a speed of learning is never negative")
        #expect(try refusal("\"speedLayers\": [1, 4],\n", "")
            .hasSuffix("history[0].initialSpeeds has 2 speeds, expected 0 speeds: the run lists no speedLayers"))
        #expect(try refusal("\"learningRate\": 0.05,", "\"learningRate\": 0.0,")
            == "FILE: history[0].epochRecords[1].learningRate is 0.0; η is a finite number > 0")
    }
}

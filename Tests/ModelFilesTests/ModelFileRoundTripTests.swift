import Foundation
import NeuralNet
import Testing
@testable import ModelFiles

/// `save` then `open` gives back an equal document, every Float32 with the same bits.
@Suite struct ModelFileRoundTripTests {
    private func roundTrip(_ document: ModelDocument) throws -> ModelDocument {
        try Fixtures.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("model.json").path
            try ModelFile.save(document, to: path)
            return try ModelFile.open(path)
        }
    }

    private func bits(_ network: Network) -> [[UInt32]] { Fixtures.bits(network) }

    @Test func tinyDocumentComesBackEqual() throws {
        let document = try Fixtures.tinyDocument()
        let opened = try roundTrip(document)
        #expect(opened == document)
        #expect(opened.history == [Fixtures.record])
        #expect(opened.seed == 42)
        #expect(opened.created == Fixtures.created)
        #expect(opened.nnsVersion == "0.1.0")
        #expect(opened.formatVersion == 2)
    }

    @Test func randomBookNetworkWeightsComeBackBitForBit() throws {
        let network = try Fixtures.randomNetwork([784, 30, 10], [.sigmoid, .sigmoid], cost: .crossEntropy, seed: 11)
        let opened = try roundTrip(ModelDocument(network: network, seed: 11, nnsVersion: "0.1.0"))
        #expect(bits(opened.network) == bits(network))
        #expect(opened.network == network)
    }

    @Test func everyLayerKindComesBackBitForBit() throws {
        // Input channels, a pooling that leaves a border (7 / 2), dropout rates 0 and 0.3.
        let network = try Fixtures.everyKindNetwork(seed: 12)
        let opened = try roundTrip(ModelDocument(network: network, seed: 12, nnsVersion: "0.2.0"))
        #expect(opened.network == network)
        #expect(bits(opened.network) == bits(network))
        #expect(opened.network.layers.map(\.outputShape) == network.layers.map(\.outputShape))
        let dropouts = opened.network.layers.compactMap { $0 as? DropoutLayer }.map(\.rate)
        #expect(dropouts.map(\.bitPattern) == [Float(0), 0.3].map(\.bitPattern))
    }

    @Test func theChapter6NetworkComesBackBitForBit() throws {
        let network = try Fixtures.chapter6Network(seed: 6)
        let opened = try roundTrip(ModelDocument(network: network, history: [Fixtures.layeredRecord], nnsVersion: "x"))
        #expect(opened.network == network)
        #expect(bits(opened.network) == bits(network))
        #expect(opened.network.parameterCount == 85_670)
    }

    @Test func theTinyConvolutionalDocumentComesBackEqualWithItsHistory() throws {
        let document = try Fixtures.tinyConvDocument()
        let opened = try roundTrip(document)
        #expect(opened == document)
        #expect(opened.history == [Fixtures.layeredRecord])
        let record = try #require(opened.history.first)
        #expect(record.momentum == 0.9 && record.schedulePatience == 10 && record.threads == 2)
        #expect(record.speedLayers == [1, 4] && record.initialSpeeds == [0.01, 0.3])
        #expect(record.epochRecords.map(\.learningRate) == [0.1, 0.05])
        #expect(record.epochRecords.map(\.learningSpeeds) == [[0.012, 0.283], [0.02, 0.25]])
    }

    @Test func inputShapesWithChannelsAndFlatShapesRoundTrip() throws {
        var generator = SeededGenerator(seed: 4)
        // A fully connected layer straight on a 5×4×3 input, and one on a flat 60.
        for input in [TensorShape(height: 5, width: 4, channels: 3), .vector(60)] {
            let layer = FullyConnectedLayer(inputShape: input, outputCount: 4, activation: .softmax,
                                            initializer: .scaledGaussian, generator: &generator)
            let network = try Network(layers: [layer], cost: .logLikelihood)
            let opened = try roundTrip(ModelDocument(network: network, nnsVersion: "x"))
            #expect(opened.network == network)
            #expect(opened.network.inputShape == input)
        }
    }

    @Test func theCommittedVersion1FileOpensAsAFullyConnectedNetworkThatStillClassifies() throws {
        let document = try ModelFile.open(Fixtures.version1File.path)
        #expect(document.formatVersion == 1)
        #expect(document.network.sizes == [784, 8, 10])
        #expect(document.network.isFullyConnected)
        #expect(document.network.layers.map(\.activation) == [.sigmoid, .sigmoid])
        #expect(document.seed == 7 && document.nnsVersion == "0.1.0")
        let record = try #require(document.history.first)
        #expect(record.epochRecords.map { $0.results[0].correct } == [581, 702])
        #expect(record.momentum == 0 && record.threads == 1 && record.speedLayers == nil && record.epochRecords[0].learningRate == nil)
        // The numbers nns 0.1.0 printed when it saved the file (Tests/Fixtures/README.md).
        let evaluation = document.network.evaluate(try MNISTTestSet.examples(0..<1000))
        #expect(evaluation.correct == 681)
        #expect(abs(evaluation.cost - 0.2379) < 0.00005)

        // Saved again it becomes a version 2 file holding the same network, bit for bit.
        let resaved = try roundTrip(document)
        #expect(resaved.formatVersion == 2)
        #expect(resaved.network == document.network)
        #expect(bits(resaved.network) == bits(document.network))
        #expect(resaved.history == document.history)
    }

    @Test func theDocumentedVersion1ExampleOpensAsTheTinyDocument() throws {
        let opened = try Fixtures.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("v1.json")
            try Fixtures.version1Text.write(to: url, atomically: false, encoding: .utf8)
            return try ModelFile.open(url.path)
        }
        var expected = try Fixtures.tinyDocument()
        expected.formatVersion = 1
        #expect(opened == expected)
    }

    @Test func nonFiniteSpeedsOfLearningSurviveAsStrings() throws {
        var record = Fixtures.layeredRecord
        record.ending = "diverged"
        record.epochRecords[1].learningSpeeds = [.nan, .infinity]
        let opened = try roundTrip(ModelDocument(network: try Fixtures.tinyConvNetwork(), history: [record], nnsVersion: "x"))
        let speeds = try #require(opened.history.first?.epochRecords[1].learningSpeeds)
        #expect(speeds[0].isNaN && speeds[1] == .infinity)
    }

    @Test func extremeAndArbitraryFloat32ValuesComeBackBitForBit() throws {
        var generator = SeededGenerator(seed: 99)
        var values: [Float] = [-0.0, 0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude,
                               .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1 + .ulpOfOne, 0.1, .pi,
                               Float(bitPattern: 0x0001_2345), Float(bitPattern: 0x4B80_0001)]
        while values.count < 4000 {
            let candidate = Float(bitPattern: UInt32(truncatingIfNeeded: generator.next()))
            if candidate.isFinite { values.append(candidate) }
        }
        let network = try Network(sizes: [1000, 4], weights: [Matrix(rows: 4, columns: 1000, elements: values)],
                                  biases: [Array(values.prefix(4))], activations: [.relu], cost: .quadratic)
        let opened = try roundTrip(ModelDocument(network: network, nnsVersion: "test"))
        #expect(bits(opened.network) == bits(network))
    }

    @Test func nonFiniteCostsSurviveAsStrings() throws {
        var record = Fixtures.record
        record.epochRecords[0].results[0].cost = .nan
        record.epochRecords[0].results[1].cost = .infinity
        record.stopAfter = 2
        let opened = try roundTrip(ModelDocument(network: try Fixtures.tinyNetwork(), history: [record], nnsVersion: "x"))
        let epochs = try #require(opened.history.first).epochRecords
        #expect(epochs[0].results[0].cost.isNaN)
        #expect(epochs[0].results[1].cost == .infinity)
        #expect(opened.history.first?.stopAfter == 2)
    }

    @Test func largestSeedAndMissingOptionalFieldsRoundTrip() throws {
        let network = try Fixtures.tinyNetwork()
        #expect(try roundTrip(ModelDocument(network: network, seed: .max, nnsVersion: "x")).seed == .max)
        let bare = try roundTrip(ModelDocument(network: network, nnsVersion: "x"))
        #expect(bare.seed == nil && bare.created == nil && bare.history.isEmpty)
    }

    @Test func creationDateIsKeptToTheSecond() throws {
        let document = ModelDocument(network: try Fixtures.tinyNetwork(), nnsVersion: "x",
                                     created: Fixtures.created.addingTimeInterval(0.75))
        #expect(document.created == Fixtures.created)
        #expect(try roundTrip(document) == document)
    }

    @Test func unknownFieldsAreIgnoredAndOtherDateFormsAccepted() throws {
        let text = String(decoding: try Fixtures.tinyDocument().jsonBytes(), as: UTF8.self)
            .replacingOccurrences(of: "\"seed\": 42,", with: "\"seed\": 42, \"comment\": {\"by\": [\"hand\"]},")
            .replacingOccurrences(of: "2025-06-01T12:00:00Z", with: "2025-06-01T14:00:00+02:00")
        let opened = try Fixtures.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("edited.json")
            try text.write(to: url, atomically: false, encoding: .utf8)
            return try ModelFile.open(url.path)
        }
        #expect(opened == (try Fixtures.tinyDocument()))
    }

    @Test func savingAgainReplacesTheFileAndLeavesNothingElse() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("model.json").path
            try ModelFile.save(try Fixtures.tinyDocument(), to: path)
            let other = ModelDocument(network: try Fixtures.randomNetwork([5, 3], [.tanh], cost: .quadratic, seed: 5),
                                      nnsVersion: "0.2.0")
            try ModelFile.save(other, to: path)
            #expect(try ModelFile.open(path) == other)
            #expect(try Fixtures.listing(directory) == ["model.json"])
        }
    }
}

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

    private func bits(_ network: Network) -> [[UInt32]] {
        network.weights.map { $0.elements.map(\.bitPattern) } + network.biases.map { $0.map(\.bitPattern) }
    }

    @Test func tinyDocumentComesBackEqual() throws {
        let document = try Fixtures.tinyDocument()
        let opened = try roundTrip(document)
        #expect(opened == document)
        #expect(opened.history == [Fixtures.record])
        #expect(opened.seed == 42)
        #expect(opened.created == Fixtures.created)
        #expect(opened.nnsVersion == "0.1.0")
        #expect(opened.formatVersion == 1)
    }

    @Test func randomBookNetworkWeightsComeBackBitForBit() throws {
        let network = try Fixtures.randomNetwork([784, 30, 10], [.sigmoid, .sigmoid], cost: .crossEntropy, seed: 11)
        let opened = try roundTrip(ModelDocument(network: network, seed: 11, nnsVersion: "0.1.0"))
        #expect(bits(opened.network) == bits(network))
        #expect(opened.network == network)
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

    @Test func nonFiniteHistoryValuesSurviveAsStrings() throws {
        var record = Fixtures.record
        record.epochRecords[0].results[0].cost = .nan
        record.epochRecords[0].results[1].cost = .infinity
        record.epochRecords[1].seconds = -.infinity
        record.stopAfter = 2
        let opened = try roundTrip(ModelDocument(network: try Fixtures.tinyNetwork(), history: [record], nnsVersion: "x"))
        let epochs = try #require(opened.history.first).epochRecords
        #expect(epochs[0].results[0].cost.isNaN)
        #expect(epochs[0].results[1].cost == .infinity)
        #expect(epochs[1].seconds == -.infinity)
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

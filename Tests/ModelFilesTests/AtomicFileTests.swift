import Foundation
import NeuralNet
import Testing
@testable import ModelFiles

/// Saving is all or nothing: a failed or interrupted save leaves the existing file exactly as it
/// was and no temporary file behind.
@Suite struct AtomicFileTests {
    private static let oldContents = Array("the model saved before\n".utf8)

    /// Runs `body` with a directory holding `model.json` = `oldContents`, then checks that the
    /// file and the directory listing are unchanged.
    func expectUntouched(_ body: (_ directory: URL, _ path: String) throws -> Void) throws {
        try Fixtures.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("model.json")
            try Data(Self.oldContents).write(to: url)
            try body(directory, url.path)
            #expect(try Fixtures.bytes(url) == Self.oldContents)
            #expect(try Fixtures.listing(directory) == ["model.json"])
        }
    }

    @Test func savingANetworkWithNaNFailsAndKeepsTheOldFile() throws {
        var document = try Fixtures.tinyDocument()
        var output = try #require(document.network.layers[1] as? FullyConnectedLayer)
        output.weights[0, 1] = .nan
        document.network.layers[1] = output
        try expectUntouched { _, path in
            let error = #expect(throws: ModelFileError.self) { try ModelFile.save(document, to: path) }
            #expect(error?.description == "\(path): not a valid network: weight w_0,1 of layer 2 is NaN or infinite; "
                + "the network cannot be used")
        }
    }

    @Test func exportingANetworkWithInfinityFailsAndKeepsTheOldFile() throws {
        var network = try Fixtures.tinyNetwork()
        var first = try #require(network.layers[0] as? FullyConnectedLayer)
        first.biases[1] = .infinity
        network.layers[0] = first
        try expectUntouched { directory, _ in
            let path = directory.appendingPathComponent("model.json").path
            let error = #expect(throws: ModelFileError.self) { try ModelExport.write(network, to: path, format: .npz) }
            #expect(error?.problem == .invalidNetwork(.nonFiniteBias(layer: 1, index: 1)))
        }
    }

    @Test func anInterruptionBeforeTheRenameKeepsTheOldFile() throws {
        struct Interrupted: Error {}
        try expectUntouched { directory, path in
            var sawTemporary = false
            let error = #expect(throws: ModelFileError.self) {
                try AtomicFile.write(Array("new".utf8), to: path) { temporary in
                    // The new bytes are complete and synced in a sibling file; the old file is intact.
                    sawTemporary = URL(fileURLWithPath: temporary).deletingLastPathComponent().path == directory.path
                        && (try? Fixtures.bytes(URL(fileURLWithPath: temporary))) == Array("new".utf8)
                    throw Interrupted()
                }
            }
            #expect(sawTemporary)
            #expect(error?.description.hasPrefix("\(path): cannot be written: interrupted before the new file replaced the old one") == true)
        }
    }

    @Test func aDirectoryIsNeverReplaced() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let target = directory.appendingPathComponent("models")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
            let error = #expect(throws: ModelFileError.self) { try ModelFile.save(try Fixtures.tinyDocument(), to: target.path) }
            #expect(error?.problem == .isDirectory)
            #expect(try Fixtures.listing(directory) == ["models"])
            #expect(try Fixtures.listing(target).isEmpty)
        }
    }

    @Test func aMissingDirectoryIsReported() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("no/such/model.json").path
            let error = #expect(throws: ModelFileError.self) { try ModelFile.save(try Fixtures.tinyDocument(), to: path) }
            #expect(error?.description == "\(path): cannot be written: the directory \(directory.path)/no/such does not exist; "
                + "any existing file there is unchanged")
        }
    }

    @Test func aNewFileIsReadableByOthersAndAReplacedOneKeepsItsMode() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("model.json").path
            try AtomicFile.write(Array("one".utf8), to: path)
            #expect(try permissions(path) == 0o644)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
            try AtomicFile.write(Array("two".utf8), to: path)
            #expect(try permissions(path) == 0o600)
            #expect(try Fixtures.bytes(URL(fileURLWithPath: path)) == Array("two".utf8))
        }
    }

    @Test func savingThroughASymbolicLinkReplacesItsTarget() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let target = directory.appendingPathComponent("real.json")
            let link = directory.appendingPathComponent("link.json")
            try Data("old".utf8).write(to: target)
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
            try AtomicFile.write(Array("new".utf8), to: link.path)
            #expect(try Fixtures.bytes(target) == Array("new".utf8))
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        }
    }

    private func permissions(_ path: String) throws -> Int {
        let value = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]
        return try #require(value as? Int)
    }
}

extension AtomicFileTests {
    @Test func saveAlwaysWritesTheCurrentFormatVersion() throws {
        var document = try Fixtures.tinyDocument()
        document.formatVersion = 1
        try Fixtures.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("model.json").path
            try ModelFile.save(document, to: path)
            #expect(try ModelFile.open(path).formatVersion == ModelDocument.currentFormatVersion)
        }
    }

    @Test func aNetworkWithNaNWeightsIsRefusedAndTheOldFileKept() throws {
        var network = try Fixtures.tinyConvNetwork()
        var convolution = try #require(network.layers[0] as? ConvolutionLayer)
        convolution.weights[1, 4] = .nan
        network.layers[0] = convolution
        try expectUntouched { _, path in
            let error = #expect(throws: ModelFileError.self) {
                try ModelFile.save(ModelDocument(network: network, nnsVersion: "x"), to: path)
            }
            #expect(error?.description == "\(path): not a valid network: weight w_1,4 of layer 1 is NaN or infinite; "
                + "the network cannot be used")
        }
    }
}

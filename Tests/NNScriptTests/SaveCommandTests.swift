import Foundation
import ModelFiles
import Testing
@testable import NNScript

/// `save`: what it writes (the session's network, history, seed and version), where relative and
/// `~` paths go, what it says, and its errors.
@Suite struct SaveCommandTests {
    @Test func savesTheNetworkHistorySeedAndVersion() throws {
        let fixture = try ModelFileSession.trained()
        let result = fixture.run("save book.json")
        #expect(result.outcome == .success)
        #expect(result.output == "saved book.json (286 KB): 784 → 30 sigmoid → 10 sigmoid · quadratic cost, "
                + "1 sgd run (2 epochs), seed 7\n")
        let document = try ModelFile.open(fixture.path("book.json"))
        #expect(document.network == fixture.session.network)
        #expect(document.history == fixture.session.history)
        #expect(document.history.first?.epochRecords.count == 2)
        #expect(document.seed == 7)
        #expect(document.nnsVersion == NNSVersion.current)
        let created = try #require(document.created)
        #expect(abs(created.timeIntervalSinceNow) < 600)
    }

    @Test func anUntrainedNetworkIsSavedWithoutHistory() throws {
        let fixture = try ModelFileSession()
        fixture.run("seed 3; net 784 20 10 act=relu out=softmax cost=log-likelihood")
        let result = fixture.run("save models.json")
        #expect(result.output.hasPrefix("saved models.json ("))
        #expect(result.output.hasSuffix("): 784 → 20 relu → 10 softmax · log-likelihood cost, no training yet, seed 3\n"))
        let document = try ModelFile.open(fixture.path("models.json"))
        #expect(document.history.isEmpty)
        #expect(document.network == fixture.session.network)
    }

    @Test func aConvolutionalNetworkIsSavedWithItsLayers() throws {
        let fixture = try ModelFileSession()
        fixture.run("""
            seed 2
            net input=28x28 cost=log-likelihood init=network3
            conv 3 kernel=5 act=relu pool=2
            dropout 0.25
            layer 10 act=softmax
            """)
        let result = fixture.run("save conv.json")
        #expect(result.output.hasPrefix("saved conv.json ("))
        #expect(result.output.hasSuffix("): 28×28×1 → conv 5×5 24×24×3 relu → pool 2×2 12×12×3 → dropout 0.25 → 10 softmax · "
                                        + "log-likelihood cost, no training yet, seed 2\n"))
        let document = try ModelFile.open(fixture.path("conv.json"))
        #expect(document.formatVersion == 2)
        #expect(document.network == fixture.session.network)
        #expect(document.network.layers.map(\.kindName) == ["convolution", "max-pooling", "dropout", "fully connected"])
    }

    @Test func relativePathsStartInTheCurrentDirectoryAndTildeIsHome() throws {
        let fixture = try ModelFileSession()
        try FileManager.default.createDirectory(atPath: fixture.path("models"), withIntermediateDirectories: false)
        fixture.run("net 10 3")
        #expect(fixture.run("save models/a.json").outcome == .success)
        #expect(FileManager.default.fileExists(atPath: fixture.path("models/a.json")))
        #expect(fixture.run("save ~/b.json").output.hasPrefix("saved ~/b.json ("))
        #expect(FileManager.default.fileExists(atPath: fixture.path("b.json")))
        #expect(fixture.run("save \"\(fixture.path("c d.json"))\"").outcome == .success)
        #expect(FileManager.default.fileExists(atPath: fixture.path("c d.json")))
    }

    @Test func savingReplacesTheFileAndLeavesNoTemporaryFiles() throws {
        let fixture = try ModelFileSession()
        fixture.run("net 10 3; save a.json; net 10 4 3; save a.json")
        let document = try ModelFile.open(fixture.path("a.json"))
        #expect(document.network.sizes == [10, 4, 3])
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.scratch.path) == ["a.json"])
    }

    @Test func savingWithoutANetworkSaysHowToMakeOne() throws {
        let fixture = try ModelFileSession()
        #expect(fixture.run("save a.json").errors == """
            1:1: no network yet — create one with 'net 784 30 10'
              save a.json
              ^~~~

            """)
        #expect(fixture.run("net 784; save a.json").errors.hasPrefix(
            "1:10: the network being built (784) is not usable yet: it has only its input — add layers, e.g. 'layer 30' then 'layer 10'"))
        #expect(!FileManager.default.fileExists(atPath: fixture.path("a.json")))
    }

    @Test func aMissingDirectoryOrADirectoryIsAnErrorAtThePath() throws {
        let fixture = try ModelFileSession()
        fixture.run("net 10 3")
        #expect(fixture.run("save  nowhere/a.json").errors == """
            1:7: nowhere/a.json: cannot be written: the directory \(fixture.path("nowhere")) does not exist; any existing file there is unchanged
              save  nowhere/a.json
                    ^~~~~~~~~~~~~~

            """)
        try FileManager.default.createDirectory(atPath: fixture.path("dir"), withIntermediateDirectories: false)
        #expect(fixture.run("save dir").errors.hasPrefix(
            "1:6: dir: is a directory; give the path of a model file, e.g. DIRECTORY/model.json\n"))
    }
}

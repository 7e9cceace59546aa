import Foundation
import ModelFiles
import NeuralNet
import Testing
@testable import NNScript

/// `vote`: saved models voting on real MNIST images. Each model's accuracy is what `eval` says
/// after `open`, the ensemble's is what an independent count of the votes gives, and every bad
/// file is an error at its path that leaves the session as it was.
@Suite struct VoteCommandTests {
    /// The commands that train and save the five models of the ensemble (after the small data).
    static let trainingFive = (1...5).map {
        "seed \($0); net 784 30 10 cost=cross-entropy init=scaled; sgd epochs=3 eta=0.5 m=10 monitor=none; save net\($0).json"
    }.joined(separator: "\n")

    /// A session with the small data (800 train, 200 validation, 500 test images) and five
    /// [784, 30, 10] networks trained for 3 epochs on seeds 1 … 5, saved as net1.json …
    /// net5.json; the last one stays the session's network.
    static func ensemble() throws -> ModelFileSession {
        let fixture = try ModelFileSession()
        fixture.run(TrainingCommandTests.smallData + "\n" + trainingFive)
        fixture.harness.sink.clear()
        return fixture
    }

    /// `text`'s table rows: name → "correct / total" (cells trimmed).
    private func rows(_ text: String) -> [String: String] {
        var rows: [String: String] = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("│") {
            let cells = line.split(separator: "│").map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.count == 3 { rows[cells[0]] = cells[1] }
        }
        return rows
    }

    /// The ensemble's correct count on `set`, counted here from the files: plurality of the
    /// predicted classes, ties to the largest summed output (then the lowest class).
    private func independentCount(_ paths: [String], on set: LoadedDataSet) throws -> Int {
        let outputs = try paths.map { try ModelFile.open($0).network.outputs(set.examples) }
        var correct = 0
        for sample in 0..<set.count {
            var votes = [Int](repeating: 0, count: 10), sums = [Double](repeating: 0, count: 10)
            for output in outputs {
                let row = output.row(sample)
                votes[row.indices.max { row[$0] < row[$1] || (row[$0] == row[$1] && $0 > $1) } ?? 0] += 1
                for j in 0..<10 { sums[j] += Double(row[j]) }
            }
            let most = votes.max() ?? 0
            let winner = (0..<10).filter { votes[$0] == most }.max { sums[$0] < sums[$1] || (sums[$0] == sums[$1] && $0 > $1) }
            if winner == set.examples.label(at: sample) { correct += 1 }
        }
        return correct
    }

    @Test func theEnsemblesAccuracyStandsNextToEachModels() throws {
        let fixture = try Self.ensemble()
        let result = fixture.run("vote net1.json net2.json net3.json net4.json net5.json")
        #expect(result.outcome == .success)
        #expect(result.errors.isEmpty)
        #expect(result.output.hasPrefix("vote on test (500 images) by 5 models:\n┌──"))
        let table = rows(result.output)
        for seed in 1...5 {
            let eval = fixture.run("open net\(seed).json; eval").output.split(separator: "\n").last.map(String.init) ?? ""
            let cell = try #require(table["net\(seed).json"])
            #expect(eval.hasPrefix("test: \(cell) ("), "\(eval) vs \(cell)")
        }
        let set = try #require(fixture.session.dataSet(.test))
        let count = try independentCount((1...5).map { fixture.path("net\($0).json") }, on: set)
        #expect(table["ensemble"] == "\(count) / 500")
        #expect(result.output.contains("\nthe ensemble is ") || result.output.contains("\nthe ensemble ties with the best model"))
        #expect(result.output.contains("\nthe models disagreed on "))
    }

    @Test func twoModelsDisagreeOnlyInTiesThatTheSummedOutputsBreak() throws {
        let fixture = try Self.ensemble()
        let output = fixture.run("vote net1.json net2.json").output
        let set = try #require(fixture.session.dataSet(.test))
        let count = try independentCount([fixture.path("net1.json"), fixture.path("net2.json")], on: set)
        #expect(rows(output)["ensemble"] == "\(count) / 500")
        let disagreed = try #require(output.firstMatch(of: /disagreed on (\d+) images/)).1
        let ties = try #require(output.firstMatch(of: /(\d+) ties were broken by the summed outputs/)).1
        #expect(disagreed == ties, "with two models every disagreement is a tie")
    }

    @Test func aListOfPathsVotesAsThePathsWrittenOut() throws {
        let fixture = try Self.ensemble()
        let written = fixture.run("vote net1.json net2.json net3.json").output
        #expect(fixture.run(#"let models = ["net1.json", "net2.json"]; vote $models net3.json"#).output == written)
        #expect(fixture.run(#"vote ["net1.json", "net2.json", "net3.json"]"#).output == written)
        let missing = fixture.run(#"let models = ["net1.json", "nothing.json"]; vote $models"#)
        #expect(missing.outcome != .success)
        #expect(missing.errors.contains("nothing.json"))
    }

    @Test func votingChangesNothingInTheSession() throws {
        let fixture = try Self.ensemble()
        let network = fixture.session.network, history = fixture.session.history, runs = fixture.session.trainingRuns
        let before = fixture.run("eval; info").output
        #expect(fixture.run("vote net1.json net2.json net3.json set=validation").output
            .hasPrefix("vote on validation (200 images) by 3 models:\n"))
        #expect(fixture.session.network == network)
        #expect(fixture.session.history == history && fixture.session.trainingRuns == runs)
        #expect(fixture.run("eval; info").output == before)
    }

    @Test func convolutionalAndFullyConnectedModelsVoteTogether() throws {
        let fixture = try Self.ensemble()
        fixture.run("""
            seed 4
            net input=28x28 cost=log-likelihood init=network3
            conv 4 kernel=5 act=relu pool=2
            layer 30 act=relu dropout=0.5
            layer 10 act=softmax
            sgd epochs=2 eta=0.1 m=10
            save conv.json
            """)
        let output = fixture.run("vote conv.json net1.json net2.json").output
        let table = rows(output)
        let eval = fixture.run("open conv.json; eval").output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(eval.hasPrefix("test: \(try #require(table["conv.json"])) ("))
        let set = try #require(fixture.session.dataSet(.test))
        let count = try independentCount(["conv.json", "net1.json", "net2.json"].map(fixture.path), on: set)
        #expect(table["ensemble"] == "\(count) / 500")
    }

    @Test func everyBadModelIsAnErrorAtItsPath() throws {
        let fixture = try Self.ensemble()
        for (name, sizes) in [("small.json", [100, 10]), ("five.json", [784, 5])] {
            var generator = SeededGenerator(seed: 1)
            let network = try Network(sizes: sizes, activations: [.sigmoid], cost: .quadratic, initializer: .gaussian,
                                      generator: &generator)
            try ModelFile.save(ModelDocument(network: network, nnsVersion: "test"), to: fixture.path(name))
        }
        let network = fixture.session.network
        #expect(fixture.run("vote net1.json").errors == """
            1:6: an ensemble needs at least two models to vote, got 1 — e.g. 'vote net1.json net2.json net3.json'
              vote net1.json
                   ^~~~~~~~~

            """)
        #expect(fixture.run("vote net1.json nt2.json net3.json").errors == """
            1:16: nt2.json: no such file; check the path (a relative path starts in the current directory)
              vote net1.json nt2.json net3.json
                             ^~~~~~~~

            """)
        #expect(fixture.run("vote net1.json small.json").errors.hasPrefix("""
            1:16: small.json does not fit the test set: it has 100 inputs, the test images have 784 pixels (28×28); \
            every model in a vote must fit the data

            """))
        #expect(fixture.run("vote five.json net2.json").errors.hasPrefix(
            "1:6: five.json does not fit the test set: it has 5 outputs, the test set has 10 classes; "
            + "every model in a vote must fit the data\n"))
        try fixture.scratch.write("nan.json", try OpenCommandErrorTests.example().replacingOccurrences(of: "0.2, 0.3", with: "NaN, 0.3"))
        let opened = fixture.run("open nan.json").errors.split(separator: "\n").first.map { String($0.dropFirst(5)) } ?? ""
        #expect(fixture.run("vote net1.json nan.json").errors.hasPrefix("1:16: " + opened))
        #expect(fixture.session.network == network, "a failed vote changes nothing")
        #expect(fixture.run("vote net1.json net2.json set=train").errors.isEmpty)
    }

    @Test func aSetThatIsNotLoadedSaysHowToLoadIt() throws {
        let fixture = try ModelFileSession()
        fixture.run("net 784 10; save a.json; save b.json")
        #expect(fixture.run("vote a.json b.json").errors.hasPrefix(
            "1:1: no test set is loaded — 'load mnist' loads the test images, or load them with 'load idx images=… labels=… as=test'"))
    }
}

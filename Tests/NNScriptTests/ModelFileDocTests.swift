import Foundation
import Testing
@testable import NNScript

/// docs/language.md's sections on `save`, `open`, `export` and `vote` show what nns prints: their
/// help text, their outputs on the tests' small data (the date of `open` aside) and their errors.
@Suite struct ModelFileDocTests {
    /// docs/language.md with every new line turned into a space, for text wrapped across lines.
    static func flattened() throws -> String {
        try LanguageDocTests.document().replacingOccurrences(of: "\n", with: " ")
    }

    /// True when the document has a ```text block holding exactly `text`.
    static func hasTextBlock(_ text: String) throws -> Bool {
        try LanguageDocTests.document().contains("```text\n\(text)```\n")
    }

    @Test func helpDetailsAreDocumented() throws {
        let document = try LanguageDocTests.document()
        for name in ["save", "open", "export", "vote"] {
            let details = try #require(CommandTable.standard.spec(named: name)?.details)
            #expect(document.contains("\n" + details.split(separator: "\n").joined(separator: " ") + "\n"), "\(name)")
        }
    }

    @Test func outputsAreDocumented() throws {
        let fixture = try ModelFileSession.trained()
        #expect(try Self.hasTextBlock(fixture.run("save book.json").output))
        let opened = ModelFileSession.maskingDate(fixture.run("open book.json").output)
            .replacingOccurrences(of: "DATE", with: "2025-06-01 12:00:00 UTC")
            .replacingOccurrences(of: "nns \(NNSVersion.current) ", with: "nns 0.1.0 ")
        #expect(try Self.hasTextBlock(opened))
        #expect(try Self.hasTextBlock(fixture.run("export book.safetensors").output))
        #expect(try Self.hasTextBlock(fixture.run("export book.npz").output))

        let convolutional = try OpenCommandTests.trainedConvolutional()
        convolutional.run("save conv.json")
        let openedConvolutional = ModelFileSession.maskingDate(convolutional.run("open conv.json").output)
            .replacingOccurrences(of: "DATE", with: "2025-06-01 12:00:00 UTC")
            .replacingOccurrences(of: "nns \(NNSVersion.current) ", with: "nns 0.1.0 ")
        #expect(try Self.hasTextBlock(openedConvolutional))
        #expect(try Self.hasTextBlock(convolutional.run("export conv.safetensors").output))

        let ensemble = try VoteCommandTests.ensemble()
        #expect(try Self.hasTextBlock(ensemble.run("vote net1.json net2.json net3.json net4.json net5.json").output))
        #expect(try Self.flattened().contains(VoteCommandTests.trainingFive.split(separator: "\n").first
            .map { $0.replacingOccurrences(of: " monitor=none", with: "") } ?? "-"))
        #expect(try Self.hasTextBlock(ensemble.run("vote net1.json nt2.json net3.json").errors))

        let empty = try ModelFileSession()
        empty.run("net 100 10; save small.json")
        let mismatch = fixture.run("open \"\(empty.path("small.json"))\"").output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(mismatch.hasPrefix("does not fit"))
        #expect(try Self.flattened().contains("`\(mismatch)`"))
    }

    @Test func errorsAreDocumented() throws {
        let home = InterpreterHarness(SessionOptions(currentDirectory: "/home/me"))
        home.run("net 784 30 10")
        home.sink.clear()
        home.run("save models/book.json")
        #expect(try Self.hasTextBlock(home.errors))

        let fixture = try ModelFileSession.trained()
        fixture.run("net 4 2")
        #expect(try Self.hasTextBlock(fixture.run("open models/bok.json").errors))
        #expect(try Self.hasTextBlock(fixture.run("export weights.pt").errors))

        let document = try LanguageDocTests.document()
        for input in ["open bok.json", "export weights.pt"] {
            let headline = fixture.run(input).errors.split(separator: "\n").first.map(String.init) ?? ""
            let message = headline.split(separator: " ", maxSplits: 1).last.map(String.init) ?? ""
            #expect(document.contains("| `\(input)` | `\(message)` |"), "\(input)")
        }
        try fixture.scratch.write("book.json", try OpenCommandErrorTests.example().replacingOccurrences(of: "0.2, 0.3", with: "NaN, 0.3"))
        let nan = fixture.run("open book.json").errors.split(separator: "\n").first.map(String.init) ?? ""
        let row = "| `open book.json` (a weight is NaN) | `book.json: parameters[0].weights[0][4] is NaN, not a finite 32-bit float; "
            + "every weight and bias must be finite (…)` (the network is kept) |"
        #expect(document.contains(row))
        #expect(nan.hasPrefix("1:6: book.json: parameters[0].weights[0][4] is NaN, not a finite 32-bit float; "
                              + "every weight and bias must be finite ("))

        let ensemble = try ModelFileSession()
        ensemble.run("net 100 10; save small.json; net 784 10; save a.json; \(TestData.loadTest(limit: 10))")
        let misfit = ensemble.run("vote a.json small.json").errors.split(separator: "\n").first.map(String.init) ?? ""
        let misfitMessage = misfit.split(separator: " ", maxSplits: 1).last.map(String.init) ?? ""
        #expect(document.contains("| `vote a.json small.json` | `\(misfitMessage)` |"))
    }
}

import Foundation
import TestSupport
import Testing
@testable import NNScript

/// docs/language.md stays true to the code: every command's usage line is in it, and its
/// rendered error examples are what nns prints.
@Suite struct LanguageDocTests {
    /// The text of docs/language.md, found from the package root.
    static func document() throws -> String {
        let root = RealData.packageRoot
        return try String(contentsOf: root.appendingPathComponent("docs/language.md"), encoding: .utf8)
    }

    @Test func everyCommandsUsageIsDocumented() throws {
        let document = try Self.document()
        for spec in CommandTable.standard.commands {
            #expect(document.contains("\n    \(spec.usage)\n"), "\(spec.name)")
            #expect(document.contains("#### `\(spec.name)` — "), "\(spec.name)")
        }
    }

    @Test func renderedErrorExamplesMatchTheCode() throws {
        let document = try Self.document()
        #expect(document.contains("```text\n\(Binding.error("sgd epoch=30"))\n```"))
        let script = "load mnist\nnet 784 30 10\nseed 1\nsgd m=10 eta=-1"
        let rendered = Binding.error(script.split(separator: "\n").last.map(String.init) ?? "", file: "sweep.nns")
            .replacingOccurrences(of: "sweep.nns:1:", with: "sweep.nns:4:")
        #expect(document.contains("```text\n\(rendered)\n```"))
    }

    @Test func errorTableMessagesAreTheOnesPrinted() throws {
        let document = try Self.document()
        let rows = ["sdg epochs=30", "sgd epoch=30", "sgd m=ten", "net 784 30 10 act=sigmod", "sgd m=0", "sgd eta=-1",
                    "net 784 0 10", "save", "load mnist images=a.gz", "sgd epochs 30", "sgd eta=1 eta=2", "show test"]
        for input in rows {
            let headline = Binding.error(input).split(separator: "\n").first.map(String.init) ?? ""
            let message = headline.split(separator: " ", maxSplits: 1).last.map(String.init) ?? ""
            #expect(document.contains("| `\(input)` | `\(message)` |"), "\(input)")
        }
    }
}

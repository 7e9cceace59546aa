import Foundation
import FuzzSupport
import Testing
import TestSupport

/// The fuzzers' inputs replayed in every test run: the committed seed corpora, every input a
/// fuzzer found a crash or hang with (Fuzz/Regressions, each also a unit test where it belongs),
/// and a few hundred lines from the seeded generator. Each input must come back (no trap, no
/// stack overflow, no error message showing an invisible character) within the harness's budget.
@Suite struct FuzzReplayTests {
    /// The files below `Fuzz/<folder>/<harness>`.
    static func inputs(_ folder: String, _ harness: String) throws -> [String] {
        let directory = RealData.packageRoot.appendingPathComponent("Fuzz/\(folder)/\(harness)").path
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { !$0.hasPrefix(".") }.sorted()
        return names.map { directory + "/" + $0 }
    }

    @Test(arguments: Harnesses.names)
    func theSeedCorpusAndEveryRegressionComeBack(harness name: String) throws {
        let harness = try #require(Harnesses.named(name))
        let files = try Self.inputs("Corpus", name) + Self.inputs("Regressions", name)
        #expect(try !Self.inputs("Corpus", name).isEmpty, "a seed corpus for \(name)")
        for file in files {
            let started = Date()
            harness.run([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
            #expect(Date().timeIntervalSince(started) < 20, "\(file) took too long")
        }
    }

    @Test func generatedLinesComeBack() {
        let harness = LanguageHarness(budget: .milliseconds(300))
        var generator = LineGenerator(seed: 2024)
        for _ in 0..<25 { harness.run(generator.script(lines: 12)) }
    }

    @Test func theGeneratorIsSeededAndStaysInTheSandbox() {
        var first = LineGenerator(seed: 5), second = LineGenerator(seed: 5), other = LineGenerator(seed: 6)
        let text = first.script(lines: 200)
        #expect(text == second.script(lines: 200))
        #expect(text != other.script(lines: 200))
        #expect(!Sandbox.escapes(text))
    }
}

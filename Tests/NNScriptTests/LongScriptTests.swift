import Foundation
import Testing
@testable import NNScript

/// A 10,000-line script of cheap commands runs to the end with the right results. How fast it
/// runs (issue budget: 0.5 s in release) is measured by scripts/bench.sh, never asserted here.
@Suite struct LongScriptTests {
    /// 10,000 lines cycling through variables, seeds, lists, echo, comments, vars, info and help.
    static let script: String = {
        let lines = (0..<10_000).map { i -> String in
            switch i % 8 {
            case 0: return "let x = \(i)"
            case 1: return "seed \(i)"
            case 2: return "let y = [1, 2, $x]"
            case 3: return "echo \"line \(i)\" $y"
            case 4: return "# a comment"
            case 5: return "info"
            case 6: return i % 800 == 6 ? "help sgd" : "vars"
            default: return "for v in [a, b] { let z = $v }"
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func tenThousandCheapLinesRunToTheEnd() {
        let session = InterpreterHarness()
        let outcome = session.run(Self.script, file: "cheap.nns")
        #expect(outcome == .success)
        #expect(session.errors.isEmpty)
        #expect(session.output.contains("line 9995 [1, 2, 9992]\n"))
    }
}

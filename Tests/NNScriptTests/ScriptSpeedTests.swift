import Foundation
import Testing
@testable import NNScript

/// A 10,000-line script of cheap commands parses and runs in ≤ 0.5 s in a release build
/// (`swift test -c release --filter ScriptSpeedTests`); debug builds get 10× the time.
@Suite struct ScriptSpeedTests {
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

    @Test func tenThousandCheapLinesRunQuickly() {
        #if DEBUG
        let limit = 5.0
        #else
        let limit = 0.5
        #endif
        let session = InterpreterHarness()
        let start = ContinuousClock.now
        let outcome = session.run(Self.script, file: "cheap.nns")
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        #expect(outcome == .success)
        #expect(session.errors.isEmpty)
        #expect(session.output.contains("line 9995 [1, 2, 9992]\n"))
        #expect(seconds <= limit, "10,000 lines took \(seconds) s")
    }
}

import Foundation
import NNScript

/// Runs nns source the way a user would, in a fresh session in a sandbox: the tiny data
/// loaded, a fitting network built, `keepGoing` on (so every line of an input runs), and
/// cancellation requested once `budget` has passed (every long command must then stop: one
/// that does not is a hang the fuzzer reports).
public struct SessionRunner: Sendable {
    /// What every session starts with: the tiny training and test sets and a [16, 5, 3] network.
    public static let prelude = """
        load idx images=train-images labels=train-labels.gz
        load idx images=test-images labels=test-labels as=test
        net 16 5 3
        """

    /// The sandbox sessions run in.
    public let sandbox: Sandbox
    /// How long an input may run before cancellation is requested.
    public let budget: Duration

    /// A runner in a new sandbox with the tiny data.
    public init(budget: Duration = .seconds(1)) {
        sandbox = Sandbox(fixtures: TinyData.fixtures)
        self.budget = budget
    }

    /// Runs `source` (named `file` in messages) after the prelude; returns how many commands
    /// failed. The sandbox is reset first, then `files` are written into it.
    @discardableResult
    public func run(_ source: String, file: String? = "fuzz.nns", files: [String: [UInt8]] = [:]) -> Int {
        sandbox.reset()
        for (name, bytes) in files {
            FileManager.default.createFile(atPath: sandbox.path + "/" + name, contents: Data(bytes))
        }
        let sink = CheckingSink()
        let options = SessionOptions(seed: 1, keepGoing: true, isTerminal: false, color: false, unicode: true,
                                     terminalWidth: 80, environment: sandbox.environment, currentDirectory: sandbox.path)
        let interpreter = Interpreter(options: options, output: sink)
        _ = interpreter.run(source: Self.prelude, file: nil)
        let preludeFailures = interpreter.failedCommandCount
        let deadline = ContinuousClock.now + budget
        interpreter.isCancellationRequested = { ContinuousClock.now > deadline }
        _ = interpreter.run(source: source, file: file)
        return interpreter.failedCommandCount - preludeFailures
    }
}

/// An output sink that drops what it is given, after checking the one promise about error
/// messages a fuzzer can check: they never show a character the user cannot see (a NUL, a
/// zero-width space, a bidi control) — those are escaped as `<U+XXXX>`.
final class CheckingSink: OutputSink {
    func write(_ text: String) {}

    func writeError(_ text: String) {
        for scalar in text.unicodeScalars where Self.isInvisible(scalar) {
            fatalError("an error message shows the invisible character U+\(String(scalar.value, radix: 16)): \(text.debugDescription)")
        }
    }

    /// Control characters but new line and tab, format characters, line and paragraph separators.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control: return scalar != "\n" && scalar != "\t"
        case .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }
}

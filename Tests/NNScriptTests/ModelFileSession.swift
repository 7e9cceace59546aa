import Foundation
@testable import NNScript
import TestSupport

/// A session working in a scratch directory (its current directory, so `save book.json` writes
/// there), for the model-file command tests.
struct ModelFileSession {
    let scratch: ScratchDirectory
    let harness: InterpreterHarness

    /// A fresh session in a new scratch directory, HOME set to that directory too.
    init() throws {
        scratch = try ScratchDirectory()
        harness = InterpreterHarness(SessionOptions(environment: ["HOME": scratch.path],
                                                    currentDirectory: scratch.path))
    }

    /// A session with 800 train, 200 validation and 500 test images and a [784, 30, 10]
    /// network trained for 2 epochs on seed 7.
    static func trained() throws -> ModelFileSession {
        let fixture = try ModelFileSession()
        fixture.harness.run("seed 7\n\(TrainingCommandTests.smallData)\nnet 784 30 10\nsgd epochs=2 eta=3.0 m=10")
        fixture.harness.sink.clear()
        return fixture
    }

    /// The session's state.
    var session: Session { harness.interpreter.session }

    /// `name` inside the scratch directory.
    func path(_ name: String) -> String { scratch.path + "/" + name }

    /// Runs `source` and returns what it printed (output, errors), clearing both afterwards.
    @discardableResult
    func run(_ source: String) -> (outcome: RunOutcome, output: String, errors: String) {
        let outcome = harness.run(source)
        defer { harness.sink.clear() }
        return (outcome, harness.output, harness.errors)
    }

    /// `text` with the save time shown by `open` replaced by `DATE`.
    static func maskingDate(_ text: String) -> String {
        text.replacing(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/, with: "DATE")
    }
}

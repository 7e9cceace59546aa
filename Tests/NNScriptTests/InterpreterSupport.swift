import Foundation
import TestSupport
@testable import NNScript

/// Test helpers: an interpreter writing to a capturing sink, the real data directory, and a
/// scratch directory for script files.
struct InterpreterHarness {
    let interpreter: Interpreter
    let sink: CapturingOutputSink

    /// A fresh session with `options` (non-terminal, seed 0 unless given).
    init(_ options: SessionOptions = SessionOptions()) {
        sink = CapturingOutputSink()
        interpreter = Interpreter(options: options, output: sink)
    }

    /// Runs `source` (as a script named `file`, or typed at the prompt) and returns the outcome.
    @discardableResult
    func run(_ source: String, file: String? = nil) -> RunOutcome {
        interpreter.run(source: source, file: file)
    }

    /// Normal output so far.
    var output: String { sink.output }
    /// Errors so far.
    var errors: String { sink.errors }
}

/// `load idx` commands for the real MNIST files of the tests (see ``RealData``).
enum TestData {
    /// The shared data directory.
    static var directory: String { RealData.directory.path }

    /// `load idx` of the 5,000 training images (optionally only the first `limit`).
    static func loadTrain(limit: Int? = nil, split: Int? = nil) -> String {
        let dir = directory + "/mnist-train-5k"
        var command = "load idx images=\"\(dir)/train-images-idx3-ubyte.gz\" labels=\"\(dir)/train-labels-idx1-ubyte.gz\" as=train"
        if let limit { command += " limit=\(limit)" }
        if let split { command += " split=\(split)" }
        return command
    }

    /// `load idx` of the 10,000 test images (optionally only the first `limit`).
    static func loadTest(limit: Int? = nil) -> String {
        let dir = directory + "/mnist"
        var command = "load idx images=\"\(dir)/t10k-images-idx3-ubyte.gz\" labels=\"\(dir)/t10k-labels-idx1-ubyte.gz\" as=test"
        if let limit { command += " limit=\(limit)" }
        return command
    }
}

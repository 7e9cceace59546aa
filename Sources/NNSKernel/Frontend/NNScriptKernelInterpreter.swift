import NNScript

/// The nns language as a `KernelInterpreter`: one `Interpreter` (one session, as at the REPL)
/// for the whole life of the kernel, so data, network, variables and history carry from cell
/// to cell, and a failed cell leaves the session as the failing command found it.
///
/// The interpreter writes to a `NotebookOutputSink`; its cancellation poll reads the kernel's
/// interruption flag, so the stop button ends training after the current mini-batch exactly
/// as Ctrl-C does at the prompt.
public final class NNScriptKernelInterpreter: KernelInterpreter {
    /// The session's interpreter.
    public let interpreter: Interpreter
    private let sink = NotebookOutputSink()

    /// A session with `options` whose running cells stop when `isInterrupted` turns true.
    public init(options: SessionOptions, isInterrupted: @escaping @Sendable () -> Bool) {
        interpreter = Interpreter(options: options, output: sink)
        interpreter.isCancellationRequested = isInterrupted
    }

    public let info = KernelInfo(
        implementation: "nns", implementationVersion: NNSVersion.current,
        languageInfo: [
            "name": "nns", "version": .string(NNSVersion.current), "mimetype": "text/x-nns",
            "file_extension": ".nns", "pygments_lexer": "bash", "codemirror_mode": "shell",
        ],
        banner: "nns \(NNSVersion.current) — build, train and look inside neural networks. "
            + "Type 'help' for the commands, Tab to complete, Shift-Tab for a command's help.")

    public func execute(_ code: String, executionCount: Int, output: KernelOutput) -> ExecutionOutcome {
        sink.begin(output)
        defer { sink.end() }
        let outcome = interpreter.run(source: code, file: nil)
        if interpreter.lastRunWasInterrupted || !sink.interruptions.isEmpty, sink.diagnostics.isEmpty {
            let message = sink.interruptions.isEmpty ? "interrupted" : sink.interruptions.joined(separator: "\n")
            return .error(KernelError(name: "KeyboardInterrupt", value: message, traceback: message.split(separator: "\n").map(String.init)))
        }
        if outcome == .quit {
            sink.writeError("quit does not end a Jupyter session: restart or shut the kernel down from the front end "
                + "(the notebook's Kernel menu, Ctrl-D in a console)\n")
        }
        guard let first = sink.diagnostics.first else { return .ok }
        let traceback = sink.diagnostics.flatMap { $0.description.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        return .error(KernelError(name: Self.errorName(first.problem), value: first.message, traceback: traceback))
    }

    public func complete(_ code: String, cursor: Int) -> CompletionMatches {
        let offset = Self.utf8Offset(ofScalar: cursor, in: code)
        let completion = interpreter.completions(line: code, cursor: offset)
        let start = Self.scalarOffset(ofUTF8: completion.start, in: code)
        return CompletionMatches(matches: completion.candidates, start: start, end: Self.scalarOffset(ofUTF8: offset, in: code))
    }

    public func inspect(_ code: String, cursor: Int) -> String? {
        interpreter.help(at: Self.utf8Offset(ofScalar: cursor, in: code), in: code)
    }

    public func isComplete(_ code: String) -> CodeCompleteness {
        switch interpreter.completeness(code) {
        case .complete: return .complete
        case .incomplete: return .incomplete
        case .invalid: return .invalid
        }
    }

    /// A readable error name for the kind of problem.
    static func errorName(_ problem: NNScriptError) -> String {
        switch problem {
        case .unterminatedString, .unknownEscape, .badNumber, .strayCharacter, .misplacedLineContinuation,
             .missingVariableName, .expected, .unclosed, .unmatched, .invalidName:
            return "SyntaxError"
        case .unknownCommand: return "UnknownCommand"
        case .undefinedVariable: return "UndefinedVariable"
        case .command: return "CommandError"
        default: return "ArgumentError"
        }
    }

    /// The UTF-8 offset of the `scalar`-th Unicode scalar of `text` (clamped to its end).
    static func utf8Offset(ofScalar scalar: Int, in text: String) -> Int {
        text.unicodeScalars.prefix(max(0, scalar)).reduce(0) { $0 + UTF8.width($1) }
    }

    /// The number of Unicode scalars in the first `offset` UTF-8 bytes of `text`.
    static func scalarOffset(ofUTF8 offset: Int, in text: String) -> Int {
        var bytes = 0, scalars = 0
        for scalar in text.unicodeScalars {
            if bytes >= offset { break }
            bytes += UTF8.width(scalar)
            scalars += 1
        }
        return scalars
    }
}

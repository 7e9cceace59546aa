import Glibc
import NNScript

/// The interactive prompt: reads numbered entries with libedit, runs each in one long-lived
/// interpreter, and keeps going after every error until `quit` or Ctrl-D.
///
/// An entry is one line, or several while `Interpreter.isComplete` says a `{ … }` block, a
/// bracket, a string or a trailing `\` is still open (shown with the continuation prompt).
/// Ctrl-C at the prompt abandons the entry; Ctrl-C while an entry runs asks the interpreter to
/// stop (training stops after its current mini-batch) and the prompt comes back.
final class REPL {
    private let interpreter: Interpreter
    private let editor: LineEditor
    private let color: Bool
    /// The number of the next entry, shown in its prompt.
    private var number = 1

    /// A REPL around `interpreter`, with history in the file `historyPath` (nil: none); nil
    /// when the terminal cannot be edited with libedit.
    init?(interpreter: Interpreter, historyPath: String?) {
        Self.useTerminalLocale()
        let history = CommandHistory(path: historyPath)
        guard let editor = LineEditor(program: "nns", history: history,
                                      completions: { [unowned interpreter] line, cursor in
                                          interpreter.completions(line: line, cursor: cursor)
                                      }) else { return nil }
        self.interpreter = interpreter
        self.editor = editor
        self.color = interpreter.options.color
        interpreter.isCancellationRequested = { Interrupts.shouldStop }
        interpreter.isTerminationRequested = { Interrupts.pendingTermination != nil }
        Interrupts.install(script: false)
    }

    /// Runs entries until `quit`, Ctrl-D, or a SIGTERM or SIGHUP (then the caller ends nns by
    /// that signal); the exit status is always success.
    func run() -> ExitStatus {
        while true {
            let source: String
            let entry = readEntry()
            if Interrupts.pendingTermination != nil { return .success }
            switch entry {
            case .source(let text): source = text
            case .nothing: continue
            case .endOfInput:
                StandardOutputSink.write("\n", to: STDOUT_FILENO)
                return .success
            }
            Interrupts.reset()
            let outcome = interpreter.run(source: source, file: nil)
            number += 1
            if outcome == .quit || Interrupts.pendingTermination != nil { return .success }
            StandardOutputSink.write("\n", to: STDOUT_FILENO)
        }
    }

    /// What the user entered at the prompt.
    private enum Entry {
        /// Source to run: one line or a finished multi-line block.
        case source(String)
        /// Nothing to run: a blank line, or Ctrl-C abandoned the entry.
        case nothing
        /// Ctrl-D on an empty first line, or the terminal closed.
        case endOfInput
    }

    /// The next entry. Ctrl-D inside a block hands back what was typed, so the interpreter
    /// says what is still open.
    private func readEntry() -> Entry {
        var lines: [String] = []
        let prompt = Prompt(number: number, color: color)
        while true {
            switch editor.readLine(prompt: lines.isEmpty ? prompt.main : prompt.continuation) {
            case .line(let line):
                editor.history.add(line)
                if lines.isEmpty, line.allSatisfy(\.isWhitespace) { return .nothing }
                lines.append(line)
                let source = lines.joined(separator: "\n")
                if interpreter.isComplete(source) { return .source(source) }
            case .interrupted:
                StandardOutputSink.write("^C\n", to: STDOUT_FILENO)
                return .nothing
            case .endOfInput:
                guard !lines.isEmpty else { return .endOfInput }
                // Ctrl-D inside a block: end the echoed "^D" line before the interpreter says
                // what is still open.
                StandardOutputSink.write("\n", to: STDOUT_FILENO)
                return .source(lines.joined(separator: "\n"))
            }
        }
    }

    /// Lets libedit handle UTF-8 typing: the user's character set (`LC_CTYPE`), or C.UTF-8
    /// when the environment names none.
    private static func useTerminalLocale() {
        let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0) }
        if chosen == nil || chosen == "C" || chosen == "POSIX" {
            _ = setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}

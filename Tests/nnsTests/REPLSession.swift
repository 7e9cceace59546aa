import Foundation
import TestSupport

/// An `nns` REPL on a pseudo-terminal in a fresh home directory, with its history file there.
final class REPLSession {
    let terminal: PseudoTerminal
    let home: ScratchDirectory
    /// Where `NNS_HISTORY` points.
    var historyPath: String { home.path + "/history" }

    /// Starts the REPL in `home` (a new directory if nil); `color` false sets `NO_COLOR` so
    /// prompts are plain text.
    init(color: Bool = false, home: ScratchDirectory? = nil) throws {
        self.home = try home ?? ScratchDirectory()
        var environment = ["TERM": "xterm", "HOME": self.home.path, "NNS_HISTORY": self.home.path + "/history",
                           "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        if !color { environment["NO_COLOR"] = "1" }
        // Under `swift test --sanitize=address` the binary is sanitized too: pass the options on.
        if let sanitizer = ProcessInfo.processInfo.environment["ASAN_OPTIONS"] { environment["ASAN_OPTIONS"] = sanitizer }
        terminal = try PseudoTerminal(program: NNSBinary.path, environment: environment)
    }

    /// Waits for the prompt of entry `number` and for line editing to be ready.
    func waitForPrompt(_ number: Int) throws {
        try terminal.waitForPrompt("In [\(number)]: ")
    }

    /// Waits for the prompt of entry `number`, types `line` and Enter.
    func enter(_ line: String, at number: Int) throws {
        try waitForPrompt(number)
        terminal.type(line + "\r")
    }

    /// Text written since the last wait, up to and including `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 30) throws -> String {
        try terminal.waitFor(text, timeout: timeout)
    }
}

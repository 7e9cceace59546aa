import CLibEdit
import Glibc
import NNScript

/// One line of input at a time from the terminal, edited with libedit: emacs key bindings,
/// Up/Down through `history`, Tab completion from `completions`, the user's `~/.editrc`.
final class LineEditor {
    /// How reading a line ended.
    enum Reading: Equatable {
        /// The line typed (without its newline).
        case line(String)
        /// Ctrl-C was pressed: the line is abandoned.
        case interrupted
        /// Ctrl-D on an empty line, or the terminal went away.
        case endOfInput
    }

    /// The entered lines, also what Up and Down recall.
    let history: CommandHistory
    /// Completion candidates for a line with the cursor at a UTF-8 byte offset.
    private let completions: (String, Int) -> Completion
    private let editLine: OpaquePointer
    /// The current prompt as a C string: libedit asks for it on every redraw.
    private var promptText: UnsafeMutablePointer<CChar>?

    /// An editor on the standard streams, or nil when libedit cannot start.
    init?(program: String, history: CommandHistory, completions: @escaping (String, Int) -> Completion) {
        guard let editLine = el_init(program, fdopen(STDIN_FILENO, "r"), fdopen(STDOUT_FILENO, "w"),
                                     fdopen(STDERR_FILENO, "w")) else { return nil }
        self.editLine = editLine
        self.history = history
        self.completions = completions
        configure()
    }

    deinit {
        el_end(editLine)
        free(promptText)
    }

    /// Reads one line after showing `prompt` (which may contain `Prompt.literalMarker`s).
    func readLine(prompt: String) -> Reading {
        free(promptText)
        promptText = strdup(prompt)
        Interrupts.reset()
        var count: Int32 = 0
        if let line = el_gets(editLine, &count), count > 0 {
            var text = String(cString: line)
            while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
            return .line(text)
        }
        return Interrupts.wasRequested ? .interrupted : .endOfInput
    }

    /// Sets up editing mode, prompt, signals, history and the Tab key.
    private func configure() {
        nns_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        nns_el_set_editor(editLine, "emacs")
        nns_el_set_signal(editLine, 1)
        nns_el_set_getcfn(editLine, TerminalKeyReader.readCharacter)
        nns_el_set_prompt_esc(editLine, { editLine in LineEditor.owner(of: editLine)?.promptText },
                              CChar(bitPattern: Prompt.literalMarker.asciiValue ?? 1))
        if let handle = history.handle { nns_el_set_history(editLine, handle) }
        let help = "complete the command, argument or path before the cursor"
        nns_el_addfn(editLine, "nns-complete", help) { editLine, _ in
            guard let editLine, let editor = LineEditor.owner(of: editLine) else { return UInt8(CC_ERROR) }
            return editor.completeWord(in: editLine)
        }
        nns_el_bind(editLine, "^I", "nns-complete")
        el_source(editLine, nil)
    }

    /// Tab: completes the word before the cursor, or lists the candidates below the line.
    private func completeWord(in editLine: OpaquePointer) -> UInt8 {
        guard let info = el_line(editLine)?.pointee, let buffer = info.buffer else { return UInt8(CC_ERROR) }
        let length = info.lastchar.map { $0 - buffer } ?? 0
        let cursor = info.cursor.map { $0 - buffer } ?? length
        let line = String(decoding: UnsafeRawBufferPointer(start: buffer, count: max(0, length)), as: UTF8.self)
        switch CompletionEdit(completions(line, cursor)) {
        case .replace(let deleting, let inserting):
            if deleting > 0 { el_deletestr(editLine, Int32(deleting)) }
            return el_insertstr(editLine, inserting) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
        case .list(let candidates):
            let width = Terminal.columns(of: STDOUT_FILENO, environment: [:])
            StandardOutputSink.write("\n" + CandidateColumns.format(candidates, width: width), to: STDOUT_FILENO)
            return UInt8(CC_REDISPLAY)
        case .none:
            return UInt8(CC_REFRESH_BEEP)
        }
    }

    /// The editor registered as `editLine`'s client data.
    private static func owner(of editLine: OpaquePointer?) -> LineEditor? {
        guard let editLine, let data = nns_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }
}

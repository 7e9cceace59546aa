/// What the kernel runs cells with: the language side of a Jupyter kernel, kept apart from the
/// protocol as xeus keeps its `xinterpreter` apart (the protocol is tested with a mock one).
/// nns's is `NNScriptKernelInterpreter`, driving the same `Interpreter` as the REPL.
///
/// All calls come from the shell thread, one at a time; cursor positions are in Unicode code
/// points, as the protocol counts them.
public protocol KernelInterpreter: AnyObject {
    /// What `kernel_info_reply` says about the language and the implementation.
    var info: KernelInfo { get }
    /// Runs `code` (cell `executionCount`), writing its output to `output` as it goes.
    func execute(_ code: String, executionCount: Int, output: KernelOutput) -> ExecutionOutcome
    /// Completions of the word before `cursor`.
    func complete(_ code: String, cursor: Int) -> CompletionMatches
    /// Help for what is under `cursor` (Shift-Tab), or nil when there is none.
    func inspect(_ code: String, cursor: Int) -> String?
    /// Whether `code` can run as it is.
    func isComplete(_ code: String) -> CodeCompleteness
}

/// Where a running cell's output goes; the kernel turns each call into an iopub message.
public protocol KernelOutput: AnyObject {
    /// Text on the cell's `stdout` or `stderr` stream.
    func stream(_ name: StreamName, _ text: String)
    /// A rich output: `data` maps MIME types to their representation (text, or base64 for
    /// binary formats). With `displayID`, it is the display of that id — created the first time
    /// (`update` false), replaced in place after that (`update` true).
    func display(_ data: [String: JSON], metadata: [String: JSON], displayID: String?, update: Bool)
    /// The cell's result (`Out[n]`).
    func result(_ data: [String: JSON], metadata: [String: JSON])
}

/// A cell's output stream.
public enum StreamName: String, Sendable {
    case stdout
    case stderr
}

/// How a cell ended.
public enum ExecutionOutcome: Sendable, Equatable {
    /// It ran to its end.
    case ok
    /// It failed or was interrupted: the error the reply and the iopub `error` carry.
    case error(KernelError)
}

/// An error as Jupyter shows it: a name, a value (the message) and traceback lines.
public struct KernelError: Sendable, Equatable {
    /// The kind of error: `SyntaxError`, `CommandError`, `KeyboardInterrupt`, …
    public var name: String
    /// The message.
    public var value: String
    /// The lines shown under the cell (location, the source line, the caret).
    public var traceback: [String]

    /// An error from its parts.
    public init(name: String, value: String, traceback: [String]) {
        self.name = name
        self.value = value
        self.traceback = traceback
    }
}

/// The answer to `complete_request`.
public struct CompletionMatches: Sendable, Equatable {
    /// Full replacements for the text from `start` to `end`.
    public var matches: [String]
    /// Where the replaced text starts, in code points.
    public var start: Int
    /// Where it ends (the cursor), in code points.
    public var end: Int

    /// Matches from their parts.
    public init(matches: [String], start: Int, end: Int) {
        self.matches = matches
        self.start = start
        self.end = end
    }
}

/// The answer to `is_complete_request`.
public enum CodeCompleteness: String, Sendable, Equatable {
    case complete
    case incomplete
    case invalid
    case unknown
}

/// What `kernel_info_reply` carries besides the protocol version.
public struct KernelInfo: Sendable, Equatable {
    /// The implementation's name (`nns`) and version.
    public var implementation: String
    public var implementationVersion: String
    /// `language_info`: name, version, mimetype, file_extension, pygments_lexer, codemirror_mode.
    public var languageInfo: JSON
    /// The text a console shows when it starts.
    public var banner: String
    /// `help_links`: `[{"text": …, "url": …}]`.
    public var helpLinks: JSON

    /// Info from its parts.
    public init(implementation: String, implementationVersion: String, languageInfo: JSON, banner: String, helpLinks: JSON = []) {
        self.implementation = implementation
        self.implementationVersion = implementationVersion
        self.languageInfo = languageInfo
        self.banner = banner
        self.helpLinks = helpLinks
    }
}

/// How a session is set up: everything the command line decides once, before the first command.
///
/// The CLI fills it from its flags and the environment; tests build it directly. The interpreter
/// never reads the process environment or the terminal itself.
public struct SessionOptions: Sendable {
    /// The seed of the session's random generator (`--seed N`); nil means nns's default seed, 0.
    public var seed: UInt64?
    /// Where data sets are looked for first (`--data DIR`); nil means `$NNS_DATA`, `./data`, the cache.
    public var dataDirectory: String?
    /// Print each command before its output, transcript style (`--echo`).
    public var echo: Bool
    /// Continue a script after a failed command instead of stopping (`--keep-going`).
    public var keepGoing: Bool
    /// Standard output is a terminal: draw live progress bars (redrawn with `\r`) instead of one line per epoch.
    public var isTerminal: Bool
    /// Use ANSI colour in pictures and messages (false when `NO_COLOR` is set or not a terminal).
    public var color: Bool
    /// Use Unicode block and braille characters (false: ASCII only).
    public var unicode: Bool
    /// Columns available for pictures and tables.
    public var terminalWidth: Int
    /// The process environment (`NNS_DATA`, `MNIST_MIRROR`, `HOME`, …), passed in explicitly.
    public var environment: [String: String]
    /// The directory relative paths are resolved against.
    public var currentDirectory: String
    /// Threads training and evaluation use (`--threads N`); nil picks them per network (see
    /// `ThreadChoice`).
    public var threads: Int?
    /// The processors this process may run on, for the automatic thread count.
    public var processorCount: Int

    /// Options for a non-interactive session with plain output: no colour, Unicode on, 80 columns.
    public init(
        seed: UInt64? = nil, dataDirectory: String? = nil, echo: Bool = false, keepGoing: Bool = false,
        isTerminal: Bool = false, color: Bool = false, unicode: Bool = true, terminalWidth: Int = 80,
        environment: [String: String] = [:], currentDirectory: String = ".", threads: Int? = nil,
        processorCount: Int = 1
    ) {
        self.seed = seed
        self.dataDirectory = dataDirectory
        self.echo = echo
        self.keepGoing = keepGoing
        self.isTerminal = isTerminal
        self.color = color
        self.unicode = unicode
        self.terminalWidth = terminalWidth
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.threads = threads
        self.processorCount = processorCount
    }
}

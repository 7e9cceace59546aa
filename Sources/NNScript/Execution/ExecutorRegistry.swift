/// Which executor runs which command: the one place where a command's name (its canonical name
/// in `CommandTable.standard`) is tied to its behaviour.
///
/// Commands in the table without an executor here fail with "not available yet" instead of
/// running. `run` is not here: the interpreter runs scripts itself (see `Interpreter+Include`),
/// as it does `let`, `for` and `time`.
struct ExecutorRegistry: Sendable {
    private let executors: [String: any CommandExecutor]

    /// A registry of `executors` by canonical command name.
    init(_ executors: [String: any CommandExecutor]) {
        self.executors = executors
    }

    /// The executor for the command called `name` (canonical name), if there is one.
    func executor(for name: String) -> (any CommandExecutor)? { executors[name] }

    /// The names of the commands that can run, sorted.
    var names: [String] { executors.keys.sorted() }

    /// Every command nns can run. Add a line here when adding a command.
    static let standard = ExecutorRegistry([
        // Data, networks, training.
        "load": LoadCommand(),
        "net": NetCommand(),
        "layer": LayerCommand(),
        "conv": ConvCommand(),
        "pool": PoolCommand(),
        "dropout": DropoutCommand(),
        "sgd": SGDCommand(),
        "eval": EvalCommand(),
        "seed": SeedCommand(),
        "threads": ThreadsCommand(),
        // Model files.
        "save": SaveCommand(),
        "open": OpenCommand(),
        "export": ExportCommand(),
        "vote": VoteCommand(),
        // Looking inside.
        "show": ShowCommand(),
        "predict": PredictCommand(),
        "weights": WeightsCommand(),
        "activations": ActivationsCommand(),
        "confusion": ConfusionCommand(),
        "errors": ErrorsCommand(),
        "history": HistoryCommand(),
        "plot": PlotCommand(),
        // Session housekeeping.
        "info": InfoCommand(),
        "vars": VarsCommand(),
        "echo": EchoCommand(),
        "help": HelpCommand(),
        "quit": QuitCommand(),
    ])
}

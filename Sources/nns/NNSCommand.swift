import ArgumentParser
import NNScript

/// The `nns` command line: which input to run and the session's flags.
///
/// `nns` alone starts the REPL when standard input is a terminal and otherwise runs the
/// commands on standard input; `nns FILE.nns` and `nns run FILE.nns` replay a script; `-c`
/// runs commands given as an argument. Parsing never runs anything: `inputMode(…)` decides.
struct NNSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nns",
        abstract: "Build, train and look inside small neural networks, at a prompt or from .nns scripts.",
        usage: """
            nns [<options>] [[run] <file.nns>|<file.ipynb>]
            nns [<options>] -c <commands>
            nns kernel install | nns kernel -f <connection-file>
            nns convert <from> <to>
            """,
        discussion: """
            Without a script or -c, nns shows its prompt when standard input is a terminal and \
            otherwise runs the commands on standard input (nns < session.nns, echo 'help' | nns). \
            A script may start with '#!/usr/bin/env nns'; a notebook (.ipynb) runs its code cells \
            in order. Inside nns, 'help' lists the commands and 'help COMMAND' explains one. \
            'nns kernel install' makes Jupyter offer nns as a kernel.

            Exit status: 0 success, 1 a command failed, 2 bad usage.

            Environment: NNS_HISTORY names the prompt's history file (default ~/.nns_history; \
            empty for none), NNS_DATA where data sets are looked for, MNIST_MIRROR and \
            FASHION_MNIST_MIRROR a directory or base URL to download them from instead of the \
            public mirrors, NO_COLOR turns colour off.
            """,
        version: NNSVersion.current)

    @Option(name: .customShort("c"),
            help: ArgumentHelp("Run these commands (separated by ';' or new lines) and exit.", valueName: "commands"))
    var commands: String?

    @Flag(help: "Print each command before its output, transcript style.")
    var echo = false

    @Option(help: ArgumentHelp("Seed of the random generator for initial weights and shuffling.", valueName: "n"))
    var seed: UInt64?

    @Option(help: ArgumentHelp(
        "Look for data sets under this directory first (in its mnist/ and fashion-mnist/ folders; files directly in it count as MNIST).",
        valueName: "dir"))
    var data: String?

    @Flag(help: "Run a script to its end even after a command fails (the exit status is still 1).")
    var keepGoing = false

    @Option(help: ArgumentHelp(
        "Threads for training and evaluation (1–64); by default one for small networks, all cores for large ones.",
        valueName: "n"))
    var threads: Int?

    @Argument(help: ArgumentHelp("The script or notebook to run, optionally after the word 'run' ('-': standard input).",
                                 valueName: "file.nns"))
    var script: [String] = []

    /// ArgumentParser's check after parsing: `--threads` must be 1…64.
    func validate() throws {
        if let threads, !(1...64).contains(threads) {
            throw ValidationError("--threads must be between 1 and 64 (got \(threads)); leave it out to choose per network")
        }
    }

    /// Where this run's commands come from, given whether standard input is a terminal.
    /// - Throws: `CommandLineError` for `-c` together with a script, a bare `run`, or extra words.
    func inputMode(standardInputIsTerminal: Bool) throws(CommandLineError) -> InputMode {
        var words = script[...]
        if words.first == "run", words.count > 1 || commands == nil {
            words = words.dropFirst()
            if words.isEmpty { throw .runWithoutScript }
        }
        if words.count > 1 { throw .unexpectedArguments(Array(words.dropFirst())) }
        switch (commands, words.first) {
        case (let commands?, nil): return .commands(commands)
        case (_?, let path?): throw .commandsAndScript(path: path)
        case (nil, "-"): return .standardInput
        case (nil, let path?): return .script(path: path)
        case (nil, nil): return standardInputIsTerminal ? .repl : .standardInput
        }
    }
}

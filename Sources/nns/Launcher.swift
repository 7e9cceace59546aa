import ArgumentParser
import Foundation
import Glibc
import NNScript

/// Runs nns for a command line: parses it, builds the session, runs the REPL, a script, `-c`
/// commands or standard input, and returns the exit status (0 success, 1 a command failed or
/// standard output could not be written, 2 bad usage). A SIGTERM or SIGHUP ends nns by that
/// signal once the session reaches a safe point (see `Interrupts`).
enum Launcher {
    /// The exit status of running nns with `arguments` (without the program name).
    static func run(arguments: [String]) -> Int32 {
        Interrupts.prepare()
        StandardOutputSink.plugClosedStandardDescriptors()
        let root = rootCommand(arguments)
        let parsed: ParsableCommand
        do {
            parsed = root == NNSCommand.self ? try NNSCommand.parse(arguments) : try root.parseAsRoot(Array(arguments.dropFirst()))
        } catch {
            let message = root.fullMessage(for: error) + "\n"
            if root.exitCode(for: error) == .success {
                StandardOutputSink.write(message, to: STDOUT_FILENO)
                return ExitStatus.success.rawValue
            }
            StandardOutputSink.write(message, to: STDERR_FILENO)
            return ExitStatus.badUsage.rawValue
        }
        do {
            switch parsed {
            case let kernel as KernelCommand: return try KernelLauncher.run(kernel).rawValue
            case let install as KernelInstallCommand: return try KernelLauncher.install(install).rawValue
            case let uninstall as KernelUninstallCommand: return try KernelLauncher.uninstall(uninstall).rawValue
            case let convert as ConvertCommand: return try KernelLauncher.convert(convert).rawValue
            case let command as NNSCommand:
                let mode = try command.inputMode(standardInputIsTerminal: Terminal.isTerminal(STDIN_FILENO))
                return StandardOutputSink.exitStatus(try run(mode, command: command)).rawValue
            default:  // ArgumentParser's own help command: `nns kernel --help`, `nns kernel help install`
                let words = Set(arguments)
                let asked: ParsableCommand.Type = words.contains("install") ? KernelInstallCommand.self
                    : words.contains("uninstall") ? KernelUninstallCommand.self : root
                StandardOutputSink.write(root.helpMessage(for: asked) + "\n", to: STDOUT_FILENO)
                return ExitStatus.success.rawValue
            }
        } catch {
            StandardOutputSink.write("nns: \(error)\n", to: STDERR_FILENO)
            return ExitStatus.badUsage.rawValue
        }
    }

    /// The command `arguments` ask for: `kernel …` and `convert …` are commands of their own
    /// (their first word picks them, so a script named `kernel` or `convert` runs with
    /// `nns run kernel`); everything else is the session's command line.
    private static func rootCommand(_ arguments: [String]) -> ParsableCommand.Type {
        switch arguments.first {
        case "kernel": return KernelCommand.self
        case "convert": return ConvertCommand.self
        default: return NNSCommand.self
        }
    }

    /// Runs the session for `mode`.
    /// - Throws: `CommandLineError` when the script cannot be read.
    private static func run(_ mode: InputMode, command: NNSCommand) throws(CommandLineError) -> ExitStatus {
        let environment = ProcessInfo.processInfo.environment
        let interpreter = Interpreter(options: SessionOptions(command: command, environment: environment),
                                      output: StandardOutputSink())
        let source: String?
        let file: String?
        switch mode {
        case .repl:
            if let repl = REPL(interpreter: interpreter, historyPath: historyPath(environment: environment)) {
                let status = repl.run()
                if let signal = Interrupts.pendingTermination { Interrupts.die(signal) }
                return status
            }
            fallthrough  // a terminal libedit cannot edit: read the commands as plain input
        case .standardInput:
            (source, file) = (try text(of: SourceReader.readStandardInput(), named: SourceReader.standardInputName),
                              SourceReader.standardInputName)
        case .script(let path) where path.lowercased().hasSuffix(".ipynb"):
            let notebook = try SourceReader.readNotebook(at: path)
            runsAsScript(interpreter)
            let outcome = notebook.run(in: interpreter, named: path)
            if let signal = Interrupts.pendingTermination { Interrupts.die(signal) }
            return ExitStatus(outcome, failedCommands: interpreter.failedCommandCount)
        case .script(let path):
            (source, file) = (try text(of: SourceReader.readScript(at: path), named: path), path)
        case .commands(let commands):
            (source, file) = (commands, nil)
        }
        guard let source else { return .commandFailed }
        runsAsScript(interpreter)
        let outcome = interpreter.run(source: source, file: file)
        if let signal = Interrupts.pendingTermination { Interrupts.die(signal) }
        return ExitStatus(outcome, failedCommands: interpreter.failedCommandCount)
    }

    /// The text of a script's bytes; nil (after writing the diagnostic) when they are not UTF-8.
    private static func text(of bytes: [UInt8], named name: String) -> String? {
        do {
            return try SourceReader.text(of: bytes, named: name)
        } catch {
            StandardOutputSink.write(error.description + "\n", to: STDERR_FILENO)
            return nil
        }
    }

    /// Signals for a script (a file, standard input, `-c`), installed once its text is read (a
    /// Ctrl-C while nns waits for its input ends it as it would any program): the first Ctrl-C
    /// stops the running command and the script goes on; a second, SIGTERM or SIGHUP end nns
    /// (see `Interrupts`).
    private static func runsAsScript(_ interpreter: Interpreter) {
        Interrupts.install(script: true)
        interpreter.interruptionScope = .command
        interpreter.isCancellationRequested = { Interrupts.shouldStop }
        interpreter.acknowledgeInterruption = { Interrupts.acknowledge() }
        interpreter.isTerminationRequested = { Interrupts.pendingTermination != nil }
    }

    /// `$NNS_HISTORY` (set but empty: keep no file), else `~/.nns_history`; nil without a home.
    static func historyPath(environment: [String: String]) -> String? {
        if let path = environment["NNS_HISTORY"] { return path.isEmpty ? nil : path }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.nns_history"
    }
}

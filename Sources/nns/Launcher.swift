import ArgumentParser
import Foundation
import Glibc
import NNScript

/// Runs nns for a command line: parses it, builds the session, runs the REPL, a script, `-c`
/// commands or standard input, and returns the exit status (0 success, 1 a command failed,
/// 2 bad usage).
enum Launcher {
    /// The exit status of running nns with `arguments` (without the program name).
    static func run(arguments: [String]) -> Int32 {
        Interrupts.unblock()
        let command: NNSCommand
        do {
            command = try NNSCommand.parse(arguments)
        } catch {
            let message = NNSCommand.fullMessage(for: error) + "\n"
            if NNSCommand.exitCode(for: error) == .success {
                StandardOutputSink.write(message, to: STDOUT_FILENO)
                return ExitStatus.success.rawValue
            }
            StandardOutputSink.write(message, to: STDERR_FILENO)
            return ExitStatus.badUsage.rawValue
        }
        do {
            let mode = try command.inputMode(standardInputIsTerminal: Terminal.isTerminal(STDIN_FILENO))
            return try run(mode, command: command).rawValue
        } catch {
            StandardOutputSink.write("nns: \(error)\n", to: STDERR_FILENO)
            return ExitStatus.badUsage.rawValue
        }
    }

    /// Runs the session for `mode`.
    /// - Throws: `CommandLineError` when the script cannot be read.
    private static func run(_ mode: InputMode, command: NNSCommand) throws(CommandLineError) -> ExitStatus {
        let environment = ProcessInfo.processInfo.environment
        let interpreter = Interpreter(options: SessionOptions(command: command, environment: environment),
                                      output: StandardOutputSink())
        let source: String
        let file: String?
        switch mode {
        case .repl:
            if let repl = REPL(interpreter: interpreter, historyPath: historyPath(environment: environment)) {
                return repl.run()
            }
            fallthrough  // a terminal libedit cannot edit: read the commands as plain input
        case .standardInput:
            (source, file) = (SourceReader.readStandardInput(), SourceReader.standardInputName)
        case .script(let path):
            (source, file) = (try SourceReader.readScript(at: path), path)
        case .commands(let commands):
            (source, file) = (commands, nil)
        }
        let outcome = interpreter.run(source: source, file: file)
        return ExitStatus(outcome, failedCommands: interpreter.failedCommandCount)
    }

    /// `$NNS_HISTORY` (set but empty: keep no file), else `~/.nns_history`; nil without a home.
    static func historyPath(environment: [String: String]) -> String? {
        if let path = environment["NNS_HISTORY"] { return path.isEmpty ? nil : path }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.nns_history"
    }
}

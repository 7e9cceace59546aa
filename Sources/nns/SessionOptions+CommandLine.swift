import Glibc
import NNScript

extension SessionOptions {
    /// The options of a session started by `command`: its flags, plus what the standard
    /// streams and `environment` say about colour, Unicode and width, and the working directory.
    init(command: NNSCommand, environment: [String: String]) {
        let stdoutIsTerminal = Terminal.isTerminal(STDOUT_FILENO)
        self.init(
            seed: command.seed,
            dataDirectory: command.data,
            echo: command.echo,
            keepGoing: command.keepGoing,
            isTerminal: stdoutIsTerminal,
            color: Terminal.wantsColor(isTerminal: stdoutIsTerminal, environment: environment),
            unicode: Terminal.supportsUnicode(environment: environment),
            terminalWidth: Terminal.columns(of: STDOUT_FILENO, environment: environment),
            environment: environment,
            currentDirectory: Self.workingDirectory(environment: environment),
            threads: command.threads,
            processorCount: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// The process's working directory (`getcwd`), else `$PWD`, else ".".
    private static func workingDirectory(environment: [String: String]) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        if getcwd(&buffer, buffer.count) != nil {
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return environment["PWD"] ?? "."
    }
}

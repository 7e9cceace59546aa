import Foundation
import Glibc
import TestSupport

/// A program started in the background with its standard output and error going to files, so
/// a test can wait for a line, send it real signals, and read how it ended — as a shell would
/// see it: the exit status, or 128 + n when signal n ended it.
///
/// The child starts with every signal at its default action and none blocked (whatever the
/// test runner's own dispositions), so what it does on a signal is nns's own doing.
final class RunningProcess {
    /// A wait that timed out, with what the program wrote.
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var stdout: String
        var stderr: String
        var description: String { "timed out waiting for \(waitingFor); stdout:\n\(stdout)\nstderr:\n\(stderr)" }
    }

    let pid: pid_t
    private let directory: ScratchDirectory
    private var status: Int32?

    /// Starts `program` with `arguments` in `workingDirectory`, the test's environment plus
    /// `environment`, standard input from /dev/null.
    init(_ program: String = NNSBinary.path, arguments: [String], in workingDirectory: String,
         environment: [String: String] = [:]) throws {
        directory = try ScratchDirectory()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, directory.path + "/stdout", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, directory.path + "/stderr", O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        // sh changes to the directory and execs the program, which keeps sh's process (and pid).
        let command = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", workingDirectory, program] + arguments
        let argv = command.map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, "/bin/sh", &actions, &attributes, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO) }
        pid = child
    }

    deinit {
        if status == nil {
            kill(pid, SIGKILL)
            var ignored: Int32 = 0
            waitpid(pid, &ignored, 0)
        }
    }

    /// Everything written to standard output so far.
    var stdout: String { (try? String(contentsOfFile: directory.path + "/stdout", encoding: .utf8)) ?? "" }
    /// Everything written to standard error so far.
    var stderr: String { (try? String(contentsOfFile: directory.path + "/stderr", encoding: .utf8)) ?? "" }

    /// Waits until standard output (or error, with `inErrors`) contains `text`.
    func waitFor(_ text: String, inErrors: Bool = false, timeout: TimeInterval = 60) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !(inErrors ? stderr : stdout).contains(text) {
            guard Date() < deadline, !hasExited else {
                throw Timeout(waitingFor: "'\(text)'", stdout: stdout, stderr: stderr)
            }
            usleep(10_000)
        }
    }

    /// Sends `signal` to the program.
    func send(_ signal: Int32) {
        kill(pid, signal)
    }

    /// True once the program has ended (reaping it).
    var hasExited: Bool {
        if status != nil { return true }
        var raw: Int32 = 0
        guard waitpid(pid, &raw, WNOHANG) == pid else { return false }
        status = Self.shellStatus(raw)
        return true
    }

    /// Waits for the program to end: its exit status, or 128 + n after signal n.
    func waitForExit(timeout: TimeInterval = 60) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while !hasExited {
            guard Date() < deadline else { throw Timeout(waitingFor: "the program to end", stdout: stdout, stderr: stderr) }
            usleep(10_000)
        }
        return status ?? -1
    }

    /// What a shell's `$?` shows for a `waitpid` status.
    static func shellStatus(_ raw: Int32) -> Int32 {
        raw & 0x7f == 0 ? (raw >> 8) & 0xff : 128 + (raw & 0x7f)
    }
}

import Foundation
import Glibc

/// A program running on a pseudo-terminal, driven like a person at a keyboard: keys go in
/// through the terminal (so Ctrl-C raises SIGINT and libedit sees real key sequences) and the
/// screen output comes back as bytes.
///
/// The child is a session leader with the terminal as its controlling terminal, and starts with
/// SIGINT *blocked* — as a test runner or a job-control shell may leave it — so the program
/// must unblock SIGINT itself for Ctrl-C to work.
final class PseudoTerminal {
    /// A wait that timed out, with what the terminal showed.
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var screen: String
        var description: String { "timed out waiting for \(waitingFor); the terminal showed:\n\(screen)" }
    }

    /// `TIOCSPTLCK`, `_IOW('T', 0x31, int)`: locks or unlocks the slave side.
    private static let setLock: UInt = 0x4004_5431
    /// `TIOCGPTN`, `_IOR('T', 0x30, unsigned int)`: the number n of the slave `/dev/pts/n`.
    private static let getNumber: UInt = 0x8004_5430

    private let master: Int32
    private let pid: pid_t
    private var exitStatus: Int32?
    /// Every byte the program wrote to the terminal so far.
    private var bytes: [UInt8] = []
    /// The byte offset where `waitFor` starts looking: just after the last text it found.
    private var searchStart = 0

    /// Everything the program wrote to the terminal so far, as text.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    /// Starts `program` with `arguments` and exactly `environment` on a new `columns` × `rows`
    /// terminal.
    init(program: String, arguments: [String] = [], environment: [String: String],
         columns: UInt16 = 100, rows: UInt16 = 40) throws {
        // posix_openpt, unlockpt and ptsname are not visible to Swift; these are what they do on Linux.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0, number: UInt32 = 0
        guard master >= 0, ioctl(master, Self.setLock, &unlock) == 0, ioctl(master, Self.getNumber, &number) == 0 else {
            throw POSIXError(.ENODEV)
        }
        let slavePath = "/dev/pts/\(number)"
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var blocked = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        posix_spawnattr_setsigmask(&attributes, &blocked)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGPIPE, SIGTSTP, SIGTTOU, SIGTTIN] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        let setSessionID: Int32 = 0x80  // POSIX_SPAWN_SETSID (glibc ≥ 2.26)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | setSessionID))

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, program, &actions, &attributes, argv, envp)
        guard status == 0 else {
            close(master)
            throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO)
        }
        pid = child
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Sends `signal` to the program (as `kill` would, not through the terminal).
    func send(_ signal: Int32) {
        kill(pid, signal)
    }

    /// Types `keys` (use "\r" for Enter, "\u{3}" for Ctrl-C, "\u{4}" for Ctrl-D, "\t" for Tab).
    func type(_ keys: String) {
        var bytes = Array(keys.utf8)
        _ = write(master, &bytes, bytes.count)
    }

    /// Waits until the output after the previous match contains `text`, then returns the output
    /// from there up to and including it.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 30) throws -> String {
        try waitForAny(of: [text], timeout: timeout).seen
    }

    /// Waits until the output after the previous match contains one of `texts` and returns the
    /// one that came first and the output up to and including it.
    func waitForAny(of texts: [String], timeout: TimeInterval = 30) throws -> (match: String, seen: String) {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let unseen = String(decoding: bytes[searchStart...], as: UTF8.self)
            let found = texts.compactMap { text in unseen.range(of: text).map { (text, $0) } }
                .min { $0.1.lowerBound < $1.1.lowerBound }
            if let (text, range) = found {
                let seen = String(unseen[..<range.upperBound])
                searchStart += seen.utf8.count
                return (text, seen)
            }
            guard Date() < deadline, readAvailable(waitingMilliseconds: 50) else {
                throw Timeout(waitingFor: texts.map { "'\($0)'" }.joined(separator: " or "), screen: output)
            }
        }
    }

    /// Waits for `prompt` and then for the terminal to leave canonical mode: libedit prints its
    /// prompt before it switches the terminal to character-at-a-time input, and keys typed in
    /// between would be cooked by the terminal driver (a Ctrl-D would become end of file).
    func waitForPrompt(_ prompt: String, timeout: TimeInterval = 30) throws {
        try waitFor(prompt, timeout: timeout)
        let deadline = Date().addingTimeInterval(timeout)
        var settings = termios()
        while tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) != 0 {
            guard Date() < deadline else { throw Timeout(waitingFor: "line editing to start", screen: output) }
            _ = readAvailable(waitingMilliseconds: 10)
        }
    }

    /// Waits for the program to exit and returns its exit status (128 + n after signal n).
    func waitForExit(timeout: TimeInterval = 30) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while exitStatus == nil {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                exitStatus = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
                break
            }
            guard Date() < deadline else { throw Timeout(waitingFor: "the program to exit", screen: output) }
            _ = readAvailable(waitingMilliseconds: 20)
        }
        while readAvailable(waitingMilliseconds: 0) {}
        return exitStatus ?? -1
    }

    /// Reads what the program has written, waiting up to `waitingMilliseconds` for something;
    /// false when nothing more can come (the program closed the terminal).
    private func readAvailable(waitingMilliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, waitingMilliseconds) > 0 else { return true }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else { return false }
        bytes += buffer[..<count]
        return true
    }
}

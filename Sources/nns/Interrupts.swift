import Glibc
import Synchronization

/// Ctrl-C presses received since the last `reset()`. Written only by the SIGINT handler (an
/// atomic add is async-signal-safe), read by the REPL and by the interpreter's cancellation poll.
private let interruptCount = Atomic<Int>(0)

/// The write end of `Interrupts.wakeUp`, for the handler (-1 until the pipe exists).
private let wakeUpWriteEnd = Atomic<Int32>(-1)

/// Ctrl-C handling for the REPL: SIGINT only raises a counter.
///
/// At the prompt the line editor's key reader waits on the terminal and on the `wakeUp` pipe
/// together (`TerminalKeyReader`), so a press ends the line whenever it arrives. While a command
/// runs, the interpreter's `isCancellationRequested` sees the counter: training stops after its
/// current mini-batch.
enum Interrupts {
    /// Whether Ctrl-C was pressed since the last `reset()`.
    static var wasRequested: Bool { interruptCount.load(ordering: .relaxed) > 0 }

    /// Forgets earlier presses (before each command and each prompt line).
    static func reset() {
        interruptCount.store(0, ordering: .relaxed)
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakeUp.readEnd, &buffer, buffer.count) > 0 {}
    }

    /// A pipe the handler writes one byte into per press (the self-pipe pattern), so a reader
    /// waiting in `poll` wakes even when the signal arrived while it was not blocked in a system
    /// call — a press between two of libedit's one-byte reads would otherwise be noticed only
    /// after the next key. Both ends are non-blocking and close on exec.
    static let wakeUp: (readEnd: Int32, writeEnd: Int32) = {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return (-1, -1) }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        wakeUpWriteEnd.store(ends[1], ordering: .relaxed)
        return (ends[0], ends[1])
    }()

    /// Makes sure SIGINT is delivered: a parent (a test harness, a job control shell) may have
    /// left it blocked in the signal mask this process inherited.
    static func unblock() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Installs the counting handler (once, when the REPL starts). It restarts interrupted system
    /// calls (`SA_RESTART`), so output and file reads carry on; nothing needs a press to break a
    /// blocking call, since the prompt's key reader polls `wakeUp` too.
    static func install() {
        reset()  // also creates the wake-up pipe and initialises the counter before the handler runs
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            interruptCount.add(1, ordering: .relaxed)
            var byte: UInt8 = 0
            _ = write(wakeUpWriteEnd.load(ordering: .relaxed), &byte, 1)  // async-signal-safe
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGINT, &action, nil)
        unblock()
    }
}

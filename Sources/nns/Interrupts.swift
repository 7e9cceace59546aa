import Glibc
import Synchronization

/// Ctrl-C presses received since the last `reset()`. Written only by the SIGINT handler (an
/// atomic add is async-signal-safe), read by the REPL and by the interpreter's cancellation poll.
private let interruptCount = Atomic<Int>(0)

/// Ctrl-C handling for the REPL: SIGINT only raises a counter.
///
/// At the prompt the signal interrupts libedit's `read` (installed without `SA_RESTART`), which
/// the line editor reports as an interrupted line. While a command runs it is installed with
/// `SA_RESTART` so output and file reads carry on, and the interpreter's
/// `isCancellationRequested` sees the counter: training stops after its current mini-batch.
enum Interrupts {
    /// Whether Ctrl-C was pressed since the last `reset()`.
    static var wasRequested: Bool { interruptCount.load(ordering: .relaxed) > 0 }

    /// Forgets earlier presses (before each command and each prompt line).
    static func reset() {
        interruptCount.store(0, ordering: .relaxed)
    }

    /// Makes sure SIGINT is delivered: a parent (a test harness, a job control shell) may have
    /// left it blocked in the signal mask this process inherited.
    static func unblock() {
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Installs the counting handler; `restartingSystemCalls` false lets a press interrupt a
    /// blocking `read` (the prompt), true lets it pass unnoticed by system calls (a command).
    static func install(restartingSystemCalls: Bool) {
        reset()  // also initialises the counter before the handler can first touch it
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in interruptCount.add(1, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = restartingSystemCalls ? SA_RESTART : 0
        sigaction(SIGINT, &action, nil)
        unblock()
    }
}

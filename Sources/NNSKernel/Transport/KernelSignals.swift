import Glibc
import Synchronization

/// Interruption requests since the last `reset()`: raised by SIGINT (signal interrupt mode, and
/// the Ctrl-C of a console) and by `interrupt_request` on the control channel (message mode).
/// The SIGINT handler only adds to an atomic counter (async-signal-safe).
private let interruptionCount = Atomic<Int>(0)

/// The kernel's signals: SIGINT interrupts the running cell (never the kernel: Jupyter sends it
/// before every shutdown too), SIGPIPE is ignored (a closed log pipe must not kill the kernel).
enum KernelSignals {
    /// Whether an interruption was requested since the last `reset()`.
    static var interruptionRequested: Bool { interruptionCount.load(ordering: .relaxed) > 0 }

    /// Asks the running cell to stop.
    static func requestInterruption() {
        interruptionCount.add(1, ordering: .relaxed)
    }

    /// Forgets earlier requests (before each cell).
    static func reset() {
        interruptionCount.store(0, ordering: .relaxed)
    }

    /// Installs the SIGINT handler, ignores SIGPIPE, and makes sure SIGINT is not blocked (a
    /// parent may have left it blocked in the mask this process inherited).
    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in interruptionCount.add(1, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGINT, &action, nil)
        signal(SIGPIPE, SIG_IGN)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }
}

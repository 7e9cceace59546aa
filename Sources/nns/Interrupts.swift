import Glibc
import SafeFiles
import Synchronization

/// Ctrl-C presses (SIGINT) since the last `reset()`. Written only by the handler (an atomic
/// add is async-signal-safe), read by the REPL and by the interpreter's cancellation poll.
private let interruptCount = Atomic<Int>(0)
/// In a script: how many of the presses the interpreter has acknowledged (a command answered
/// them, or they came while nothing could stop). The count itself is never reset in a script:
/// the second press since nns started is the one that ends it.
private let acknowledgedCount = Atomic<Int>(0)
/// In a script a second press stops nns at once; at the prompt presses only abandon lines.
private let secondInterruptIsFatal = Atomic<Bool>(false)
/// SIGTERM or SIGHUP received (its number), 0 for none: nns ends at the next safe point.
private let terminationSignal = Atomic<Int32>(0)

/// The write end of `Interrupts.wakeUp`, for the handler (-1 until the pipe exists).
private let wakeUpWriteEnd = Atomic<Int32>(-1)

/// How nns answers signals, decided once at start-up (`prepare`) and when the session starts
/// (`install`). Every handler only bumps atomics and writes a byte to a self-pipe, except on the
/// way out (`die`), which removes the temporary files of writes in progress (SafeFiles'
/// `TemporaryFiles`, async-signal-safe) and re-raises the signal with its default action, so the
/// parent sees nns ended by it (the shell's `$?` is 128 + the signal's number).
///
/// - SIGINT (Ctrl-C), at the prompt: abandons the line being typed, or stops the running entry
///   (training after its current mini-batch); never ends the REPL.
/// - SIGINT in a script (a file, standard input, `-c`): the first stops the running command
///   (training after its current mini-batch, keeping the network and recording the run), and
///   the script goes on; the second ends nns at once (status 130).
/// - SIGTERM, SIGHUP: nns ends at the next safe point — between two statements, after the
///   current mini-batch, once a save in progress is complete — with no partial or temporary
///   file (status 143, 129); a second one ends it at once.
/// - SIGQUIT (Ctrl-\): the default action, ending nns at once (status 131, a core dump where
///   enabled) — not the Swift runtime's crash report.
/// - SIGPIPE, SIGXFSZ: ignored, so a closed pipe and an exceeded `ulimit -f` become write errors
///   nns reports (`StandardOutputSink`, SafeFiles' "file too large").
enum Interrupts {
    /// Whether Ctrl-C was pressed since the last `reset()` (in a script: and not yet acknowledged).
    static var wasRequested: Bool {
        interruptCount.load(ordering: .relaxed) > acknowledgedCount.load(ordering: .relaxed)
    }

    /// The SIGTERM or SIGHUP that asked nns to end, if one came.
    static var pendingTermination: Int32? {
        let signal = terminationSignal.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    /// Whether the running command should stop: Ctrl-C, or a request to end.
    static var shouldStop: Bool { wasRequested || pendingTermination != nil }

    /// Forgets earlier presses (before each command and each prompt line at the REPL).
    static func reset() {
        interruptCount.store(0, ordering: .relaxed)
        acknowledgedCount.store(0, ordering: .relaxed)
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakeUp.readEnd, &buffer, buffer.count) > 0 {}
    }

    /// In a script: the presses so far have been answered; a later one stops the next command.
    static func acknowledge() {
        acknowledgedCount.store(interruptCount.load(ordering: .relaxed), ordering: .relaxed)
    }

    /// A pipe the handler writes one byte into per signal (the self-pipe pattern), so a reader
    /// waiting in `poll` wakes even when the signal arrived while it was not blocked in a system
    /// call. Both ends are non-blocking and close on exec.
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

    /// At start-up, before anything else: SIGPIPE and SIGXFSZ ignored, SIGQUIT back to its
    /// default action, and SIGINT, SIGTERM, SIGHUP, SIGQUIT unblocked (a parent — a test
    /// harness, a job-control shell — may have left them blocked in the mask nns inherited).
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        signal(SIGQUIT, SIG_DFL)
        TemporaryFiles.prepare()
        _ = wakeUp
        var set = sigset_t()
        sigemptyset(&set)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&set, number) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Installs the handlers for a session: `script` true makes a second Ctrl-C fatal. They
    /// restart interrupted system calls (`SA_RESTART`), so output and file reads carry on; the
    /// prompt's key reader polls `wakeUp`, so nothing needs a signal to break a blocking call.
    static func install(script: Bool) {
        reset()  // also initialises the counters and the pipe before a handler can run
        secondInterruptIsFatal.store(script, ordering: .relaxed)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in
            let fatal: Bool
            if number == SIGINT {
                let presses = interruptCount.add(1, ordering: .relaxed).newValue
                fatal = presses >= 2 && secondInterruptIsFatal.load(ordering: .relaxed)
            } else {
                fatal = terminationSignal.exchange(number, ordering: .relaxed) != 0
            }
            if fatal { Interrupts.die(number) }
            var byte: UInt8 = 0
            _ = write(wakeUpWriteEnd.load(ordering: .relaxed), &byte, 1)  // async-signal-safe
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        for number in [SIGINT, SIGTERM, SIGHUP] { sigaction(number, &action, nil) }
    }

    /// Ends nns as `number` does by default, after removing the temporary files of writes in
    /// progress. Async-signal-safe (handlers call it); never returns.
    static func die(_ number: Int32) -> Never {
        TemporaryFiles.removeAll()
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&action.sa_mask)
        sigaction(number, &action, nil)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, number)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(number)
        _exit(128 + number)
    }
}

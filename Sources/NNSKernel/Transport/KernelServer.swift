import CZMQ
import Foundation
import Glibc
import NNScript
import Synchronization

/// `nns kernel -f CONNECTION_FILE`: the kernel process. Binds the five sockets of the
/// connection file (only to its transport and address), and serves them until a
/// `shutdown_request`, or until the process that started it is gone:
///
/// - the **shell** socket on the calling thread: requests run one at a time, cells included;
/// - the **control** socket on a thread of its own, so `interrupt_request` and
///   `shutdown_request` are answered while a cell runs;
/// - the **heartbeat** socket on another, echoing every ping;
/// - **iopub** from both, under a lock; **stdin** is bound but nns never asks for input.
///
/// Every message read is checked (signature first, then framing and JSON) and dropped with a
/// line on standard error when it fails; nothing it contains is acted on.
public final class KernelServer: @unchecked Sendable {
    /// How long the shell and control loops wait for a message before looking at the stop flag.
    static let pollMilliseconds = 100
    /// How long a shutdown may wait for the running cell before the process exits anyway.
    static let shutdownGrace: Duration = .seconds(3)

    private let info: ConnectionInfo
    private let codec: WireCodec
    private let context: ZMQContext
    private let shell, control, stdin, heartbeat: ZMQSocket
    private let iopub: Mutex<ZMQSocket>
    private let stopping = Atomic<Bool>(false)
    private let threadsDone = DispatchSemaphore(value: 0)
    private var core: KernelCore!
    /// Shell requests set aside when a cell failed (shell thread only): their cells are aborted.
    private var setAside: [KernelMessage] = []

    /// Runs the kernel of `connectionFile` with a session of `options`; returns the exit status:
    /// 0 after a shutdown request or when the parent went away, 1 when a socket could not be
    /// bound, 2 for a missing or invalid connection file.
    public static func run(connectionFile: String, options: SessionOptions) -> Int32 {
        let info: ConnectionInfo
        do {
            info = try ConnectionInfo(contentsOf: connectionFile)
        } catch {
            log("\(error)")
            return 2
        }
        KernelSignals.install()
        do {
            let server = try KernelServer(info: info)
            let interpreter = NNScriptKernelInterpreter(options: options) { KernelSignals.interruptionRequested }
            return server.serve(interpreter)
        } catch {
            log("\(error)")
            return 1
        }
    }

    private init(info: ConnectionInfo) throws(TransportError) {
        self.info = info
        codec = WireCodec(signer: MessageSigner(key: info.key))
        context = try ZMQContext()
        shell = try ZMQSocket(context, type: ZMQ_ROUTER, name: "shell")
        control = try ZMQSocket(context, type: ZMQ_ROUTER, name: "control")
        stdin = try ZMQSocket(context, type: ZMQ_ROUTER, name: "stdin")
        heartbeat = try ZMQSocket(context, type: ZMQ_REP, name: "heartbeat", lingerMilliseconds: 0)
        let publisher = try ZMQSocket(context, type: ZMQ_PUB, name: "iopub")
        iopub = Mutex(publisher)
        try shell.bind(info.endpoint(info.shellPort))
        try control.bind(info.endpoint(info.controlPort))
        try stdin.bind(info.endpoint(info.stdinPort))
        try heartbeat.bind(info.endpoint(info.heartbeatPort))
        try publisher.bind(info.endpoint(info.iopubPort))
    }

    /// Serves until stopped; returns the exit status.
    private func serve(_ interpreter: KernelInterpreter) -> Int32 {
        core = KernelCore(
            interpreter: interpreter, outbox: SocketOutbox(server: self),
            username: ProcessInfo.processInfo.environment["USER"] ?? "nns",
            requestInterrupt: { KernelSignals.requestInterruption() },
            requestShutdown: { [unowned self] _ in stop(reason: nil) },
            setAsideQueuedRequests: { [unowned self] in
                while let request = read(from: shell, skippingInvalid: true) { setAside.append(request) }
            },
            log: { Self.log($0) })
        Self.log("listening on \(info)")
        startThread("heartbeat", serveHeartbeat)
        startThread("control", serveControl)
        watchParent()
        core.announceStart()
        serveShell()
        threadsDone.wait()
        threadsDone.wait()
        for socket in [shell, control, stdin, heartbeat] { socket.close() }
        iopub.withLock { $0.close() }
        context.terminate()
        return 0
    }

    // MARK: Loops

    private func serveShell() {
        while !stopping.load(ordering: .relaxed) {
            if !setAside.isEmpty {
                core.abort(setAside.removeFirst())
                continue
            }
            let ready = ZMQSocket.readable([shell, stdin], milliseconds: Self.pollMilliseconds)
            if ready[1] { _ = stdin.receive(wait: false) }  // nns never asks for input
            guard ready[0], let request = read(from: shell) else { continue }
            if request.type == "execute_request" { KernelSignals.reset() }
            core.handle(request, on: .shell)
        }
    }

    private func serveControl() {
        while !stopping.load(ordering: .relaxed) {
            guard ZMQSocket.readable([control], milliseconds: Self.pollMilliseconds)[0],
                  let request = read(from: control) else { continue }
            core.handle(request, on: .control)
        }
    }

    private func serveHeartbeat() {
        while !stopping.load(ordering: .relaxed) {
            guard ZMQSocket.readable([heartbeat], milliseconds: Self.pollMilliseconds)[0],
                  let ping = heartbeat.receive(wait: false) else { continue }
            heartbeat.send(ping)
        }
    }

    /// The next message already waiting on `socket`; one that is not a valid, signed message is
    /// dropped and logged, and then nil is returned — or, `skippingInvalid`, the next one is read.
    /// Nil when no message is waiting.
    private func read(from socket: ZMQSocket, skippingInvalid: Bool = false) -> KernelMessage? {
        while let frames = socket.receive(wait: false) {
            do {
                return try codec.decode(frames)
            } catch {
                Self.log("dropped a message on the \(socket.name) channel: \(error)")
                if !skippingInvalid { return nil }
            }
        }
        return nil
    }

    /// Exits when the process that started the kernel is gone (its parent changes: it was
    /// re-parented to init or a subreaper), so a kernel never stays behind as an orphan.
    private func watchParent() {
        let parent = getppid()
        guard parent > 1 else { return }
        Thread.detachNewThread { [unowned self] in
            while !stopping.load(ordering: .relaxed) {
                usleep(250_000)
                if getppid() != parent {
                    stop(reason: "the process that started the kernel (pid \(parent)) is gone")
                }
            }
        }
    }

    /// Stops serving: interrupts the running cell, lets the loops end, and exits the process
    /// anyway after `shutdownGrace` if the cell does not stop.
    private func stop(reason: String?) {
        guard !stopping.exchange(true, ordering: .relaxed) else { return }
        if let reason { Self.log("\(reason); exiting") }
        KernelSignals.requestInterruption()
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: Double(Self.shutdownGrace.components.seconds))
            Self.log("the running cell did not stop in time; exiting")
            _exit(0)
        }
    }

    private func startThread(_ name: String, _ body: @escaping @Sendable () -> Void) {
        let thread = Thread { [threadsDone] in
            body()
            threadsDone.signal()
        }
        thread.name = "nns kernel \(name)"
        thread.start()
    }

    // MARK: Sending

    fileprivate func send(_ message: KernelMessage, on channel: KernelChannel) {
        (channel == .shell ? shell : control).send(codec.encode(message))
    }

    fileprivate func publish(_ message: KernelMessage) {
        var message = message
        message.identities = [Array("kernel.\(core.session).\(message.type)".utf8)]
        let frames = codec.encode(message)
        iopub.withLock { _ = $0.send(frames) }
    }

    /// Writes "nns kernel: `line`" to standard error (never anything secret: the key is not logged).
    static func log(_ line: String) {
        var text = "nns kernel: \(line)\n"
        text.withUTF8 { bytes in _ = Glibc.write(STDERR_FILENO, bytes.baseAddress, bytes.count) }
    }
}

/// The server's sockets as the core's outbox.
private final class SocketOutbox: MessageOutbox, @unchecked Sendable {
    unowned let server: KernelServer

    init(server: KernelServer) {
        self.server = server
    }

    func send(_ message: KernelMessage, on channel: KernelChannel) { server.send(message, on: channel) }

    func publish(_ message: KernelMessage) { server.publish(message) }
}

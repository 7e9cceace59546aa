import Foundation
import Synchronization

/// The channel a request came on (replies go back on the same one).
public enum KernelChannel: String, Sendable {
    /// Requests from the user's work: execute, complete, inspect, history, …
    case shell
    /// Requests that must be answered while a cell runs: interrupt, shutdown, kernel info.
    case control
}

/// Where the core's messages go: the sockets, or a recording in tests.
public protocol MessageOutbox: AnyObject, Sendable {
    /// Sends a reply back on `channel` (to the identities the message carries).
    func send(_ message: KernelMessage, on channel: KernelChannel)
    /// Publishes on iopub, to every client.
    func publish(_ message: KernelMessage)
}

/// The Jupyter messaging protocol (5.3) over a `KernelInterpreter`: answers each request with
/// its reply and publishes what the protocol asks on iopub — `status: busy` before and
/// `status: idle` after every request, `execute_input` before a cell's outputs, the outputs as
/// they come, an `error` for a failed cell — numbering cells with `execution_count` and
/// keeping their history.
///
/// Shell requests arrive on one thread, one at a time. Control requests (`interrupt_request`,
/// `shutdown_request`, `kernel_info_request`, `comm_info_request`) may arrive on another while a
/// cell runs: they touch only what is safe to share (the interruption callback, the shutdown
/// flag, fixed info).
public final class KernelCore: @unchecked Sendable {
    /// This kernel's session id, in the header of everything it sends.
    public let session: String
    /// The user name in those headers.
    public let username: String
    private let interpreter: KernelInterpreter
    private let outbox: MessageOutbox
    /// Called for `interrupt_request`: ask the running cell to stop.
    private let requestInterrupt: @Sendable () -> Void
    /// Called after `shutdown_request` has been answered, with its `restart`.
    private let requestShutdown: @Sendable (_ restart: Bool) -> Void
    /// Writes a log line (standard error in the kernel; captured in tests).
    private let log: @Sendable (String) -> Void
    /// Called when a cell failed with `stop_on_error`, before its reply is sent: the server sets
    /// aside the requests already queued (sent before the client could know of the error), to
    /// abort their cells (`abort(_:)`). Requests sent after the reply run normally.
    private let setAsideQueuedRequests: @Sendable () -> Void

    /// The number of the last cell executed with `store_history`.
    public private(set) var executionCount = 0
    private var history = CellHistory()

    /// A core running `interpreter`, sending through `outbox`.
    public init(
        interpreter: KernelInterpreter, outbox: MessageOutbox, session: String = UUID().uuidString.lowercased(),
        username: String = "nns",
        requestInterrupt: @escaping @Sendable () -> Void = {},
        requestShutdown: @escaping @Sendable (_ restart: Bool) -> Void = { _ in },
        setAsideQueuedRequests: @escaping @Sendable () -> Void = {},
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.interpreter = interpreter
        self.outbox = outbox
        self.session = session
        self.username = username
        self.requestInterrupt = requestInterrupt
        self.requestShutdown = requestShutdown
        self.setAsideQueuedRequests = setAsideQueuedRequests
        self.log = log
    }

    /// The message types answered on the control channel.
    public static let controlTypes: Set<String> = [
        "interrupt_request", "shutdown_request", "kernel_info_request", "comm_info_request",
    ]

    /// Publishes `status: starting` (once, when the kernel starts).
    public func announceStart() {
        outbox.publish(message("status", content: ["execution_state": "starting"], parent: nil))
    }

    /// Answers `request`, received on `channel`, bracketed by `busy` and `idle` on iopub.
    public func handle(_ request: KernelMessage, on channel: KernelChannel) {
        if channel == .control, !Self.controlTypes.contains(request.type) {
            log("ignored '\(request.type)' on the control channel (it is for \(Self.controlTypes.sorted().joined(separator: ", ")))")
            return
        }
        setStatus("busy", for: request)
        defer { setStatus("idle", for: request) }
        let content = request.content
        switch request.type {
        case "kernel_info_request":
            reply(to: request, on: channel, type: "kernel_info_reply", content: kernelInfo)
        case "execute_request":
            execute(request)
        case "complete_request":
            let code = content["code"]?.string ?? ""
            let matches = interpreter.complete(code, cursor: content["cursor_pos"]?.int ?? code.unicodeScalars.count)
            reply(to: request, on: channel, type: "complete_reply", content: [
                "status": "ok", "matches": .array(matches.matches.map(JSON.string)),
                "cursor_start": .int(matches.start), "cursor_end": .int(matches.end), "metadata": [:],
            ])
        case "inspect_request":
            let code = content["code"]?.string ?? ""
            let text = interpreter.inspect(code, cursor: content["cursor_pos"]?.int ?? code.unicodeScalars.count)
            reply(to: request, on: channel, type: "inspect_reply", content: [
                "status": "ok", "found": .bool(text != nil),
                "data": text.map { ["text/plain": .string($0)] } ?? [:], "metadata": [:],
            ])
        case "is_complete_request":
            let status = interpreter.isComplete(content["code"]?.string ?? "")
            var answer: [String: JSON] = ["status": .string(status.rawValue)]
            if status == .incomplete { answer["indent"] = "" }
            reply(to: request, on: channel, type: "is_complete_reply", content: .object(answer))
        case "history_request":
            reply(to: request, on: channel, type: "history_reply", content: [
                "status": "ok", "history": .array(history.reply(for: content)),
            ])
        case "comm_info_request":
            reply(to: request, on: channel, type: "comm_info_reply", content: ["status": "ok", "comms": [:]])
        case "comm_open":
            // nns has no comm targets: the protocol asks for the comm to be closed at once.
            outbox.publish(message("comm_close", content: ["comm_id": content["comm_id"] ?? "", "data": [:]], parent: request))
        case "comm_msg", "comm_close":
            break
        case "interrupt_request":
            requestInterrupt()
            reply(to: request, on: channel, type: "interrupt_reply", content: ["status": "ok"])
        case "shutdown_request":
            let restart = content["restart"]?.bool ?? false
            let answer: JSON = ["status": "ok", "restart": .bool(restart)]
            reply(to: request, on: channel, type: "shutdown_reply", content: answer)
            outbox.publish(message("shutdown_reply", content: answer, parent: request))
            requestShutdown(restart)
        default:
            log("ignored a message of unknown type '\(request.type)' on the \(channel.rawValue) channel")
        }
    }

    /// Answers a request that was queued behind a failed cell: an execute request with
    /// `status: aborted`, without running it (as `stop_on_error` asks); any other as usual.
    public func abort(_ request: KernelMessage) {
        guard request.type == "execute_request" else {
            handle(request, on: .shell)
            return
        }
        setStatus("busy", for: request)
        reply(to: request, on: .shell, type: "execute_reply", content: ["status": "aborted", "execution_count": .int(executionCount)])
        setStatus("idle", for: request)
    }

    // MARK: Requests

    private var kernelInfo: JSON {
        let info = interpreter.info
        return [
            "status": "ok", "protocol_version": .string(MessageHeader.protocolVersion),
            "implementation": .string(info.implementation), "implementation_version": .string(info.implementationVersion),
            "language_info": info.languageInfo, "banner": .string(info.banner), "help_links": info.helpLinks,
            "debugger": false,
        ]
    }

    private func execute(_ request: KernelMessage) {
        let content = request.content
        let code = content["code"]?.string ?? ""
        let silent = content["silent"]?.bool ?? false
        let storeHistory = !silent && (content["store_history"]?.bool ?? true)
        if storeHistory { executionCount += 1 }
        let number = executionCount
        if !silent {
            outbox.publish(message("execute_input", content: ["code": .string(code), "execution_count": .int(number)], parent: request))
        }
        let publisher = CellPublisher(core: self, parent: request, silent: silent, executionCount: number)
        let outcome = interpreter.execute(code, executionCount: number, output: publisher)
        if storeHistory { history.append(line: number, input: code, output: publisher.resultText) }
        switch outcome {
        case .ok:
            reply(to: request, on: .shell, type: "execute_reply", content: [
                "status": "ok", "execution_count": .int(number), "payload": [], "user_expressions": [:],
            ])
        case .error(let error):
            let fields: [String: JSON] = [
                "ename": .string(error.name), "evalue": .string(error.value),
                "traceback": .array(error.traceback.map(JSON.string)),
            ]
            if !silent { outbox.publish(message("error", content: .object(fields), parent: request)) }
            var answer = fields
            answer["status"] = "error"
            answer["execution_count"] = .int(number)
            if content["stop_on_error"]?.bool ?? true { setAsideQueuedRequests() }
            reply(to: request, on: .shell, type: "execute_reply", content: .object(answer))
        }
    }

    // MARK: Sending

    fileprivate func message(_ type: String, content: JSON, parent: KernelMessage?, metadata: JSON = [:]) -> KernelMessage {
        KernelMessage(header: .new(type, session: session, username: username),
                      parentHeader: parent?.header.json ?? [:], metadata: metadata, content: content)
    }

    fileprivate func publish(_ message: KernelMessage) { outbox.publish(message) }

    private func reply(to request: KernelMessage, on channel: KernelChannel, type: String, content: JSON) {
        var answer = message(type, content: content, parent: request)
        answer.identities = request.identities
        answer.parentHeader = request.header.json
        outbox.send(answer, on: channel)
    }

    private func setStatus(_ state: String, for request: KernelMessage) {
        outbox.publish(message("status", content: ["execution_state": .string(state)], parent: request))
    }
}

/// A cell's outputs as iopub messages with the cell's request as their parent; nothing is sent
/// for a silent request.
private final class CellPublisher: KernelOutput {
    private let core: KernelCore
    private let parent: KernelMessage
    private let silent: Bool
    private let executionCount: Int
    /// The text of the cell's last result, for the history.
    private(set) var resultText: String?

    init(core: KernelCore, parent: KernelMessage, silent: Bool, executionCount: Int) {
        self.core = core
        self.parent = parent
        self.silent = silent
        self.executionCount = executionCount
    }

    func stream(_ name: StreamName, _ text: String) {
        guard !silent, !text.isEmpty else { return }
        core.publish(core.message("stream", content: ["name": .string(name.rawValue), "text": .string(text)], parent: parent))
    }

    func display(_ data: [String: JSON], metadata: [String: JSON], displayID: String?, update: Bool) {
        guard !silent else { return }
        var content: [String: JSON] = ["data": .object(data), "metadata": .object(metadata)]
        content["transient"] = displayID.map { ["display_id": .string($0)] } ?? [:]
        core.publish(core.message(update ? "update_display_data" : "display_data", content: .object(content), parent: parent))
    }

    func result(_ data: [String: JSON], metadata: [String: JSON]) {
        resultText = data["text/plain"]?.string
        guard !silent else { return }
        core.publish(core.message("execute_result", content: [
            "execution_count": .int(executionCount), "data": .object(data), "metadata": .object(metadata),
        ], parent: parent))
    }
}

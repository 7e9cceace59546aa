import Synchronization
import Testing
@testable import NNSKernel

/// The protocol over a mock interpreter (as xeus tests its kernel core): what is sent where,
/// in which order, with which headers — no sockets and no nns language involved.
@Suite struct KernelCoreTests {
    /// An interpreter that writes what the code says: `out TEXT`, `err TEXT`, `show`, `value`,
    /// `fail`; it records every call.
    final class MockInterpreter: KernelInterpreter, @unchecked Sendable {
        var executed: [String] = []
        let info = KernelInfo(implementation: "mock", implementationVersion: "1",
                              languageInfo: ["name": "mock", "file_extension": ".mock"], banner: "mock kernel")

        func execute(_ code: String, executionCount: Int, output: KernelOutput) -> ExecutionOutcome {
            executed.append(code)
            for line in code.split(separator: "\n") {
                let words = line.split(separator: " ", maxSplits: 1).map(String.init)
                switch words.first {
                case "out": output.stream(.stdout, (words.count > 1 ? words[1] : "") + "\n")
                case "err": output.stream(.stderr, (words.count > 1 ? words[1] : "") + "\n")
                case "show": output.display(["text/plain": "picture", "image/png": "iVBOR"], metadata: [:], displayID: nil, update: false)
                case "live":
                    output.display(["text/plain": "0%"], metadata: [:], displayID: "p1", update: false)
                    output.display(["text/plain": "100%"], metadata: [:], displayID: "p1", update: true)
                case "value": output.result(["text/plain": .string(words.count > 1 ? words[1] : "")], metadata: [:])
                case "fail":
                    return .error(KernelError(name: "MockError", value: "it failed", traceback: ["1:1: it failed", "  fail", "  ^~~~"]))
                default: break
                }
            }
            return .ok
        }

        func complete(_ code: String, cursor: Int) -> CompletionMatches {
            CompletionMatches(matches: ["sgd"], start: max(0, cursor - 2), end: cursor)
        }

        func inspect(_ code: String, cursor: Int) -> String? { code.hasPrefix("sgd") ? "sgd — train" : nil }

        func isComplete(_ code: String) -> CodeCompleteness { code.hasSuffix("{") ? .incomplete : .complete }
    }

    /// Every message sent, in order, with where it went.
    final class RecordingOutbox: MessageOutbox, @unchecked Sendable {
        private let sent = Mutex<[(String, KernelMessage)]>([])
        func send(_ message: KernelMessage, on channel: KernelChannel) { sent.withLock { $0.append((channel.rawValue, message)) } }
        func publish(_ message: KernelMessage) { sent.withLock { $0.append(("iopub", message)) } }
        var all: [(channel: String, message: KernelMessage)] { sent.withLock { $0.map { ($0.0, $0.1) } } }
        /// "iopub status busy", "shell execute_reply", "iopub stream" …
        var trace: [String] {
            all.map { entry in
                let state = entry.message.content["execution_state"]?.string.map { " " + $0 } ?? ""
                return "\(entry.channel) \(entry.message.type)\(state)"
            }
        }
        func clear() { sent.withLock { $0.removeAll() } }
    }

    final class Calls: @unchecked Sendable {
        let interrupts = Atomic<Int>(0)
        let shutdowns = Mutex<[Bool]>([])
        /// How many messages had been sent when the server was asked to set queued requests aside.
        let setAsideAt = Mutex<[Int]>([])
        let logs = Mutex<[String]>([])
    }

    let interpreter = MockInterpreter()
    let outbox = RecordingOutbox()
    let calls = Calls()
    let core: KernelCore

    init() {
        let calls = calls
        let outbox = outbox
        core = KernelCore(interpreter: interpreter, outbox: outbox, session: "kernel-session", username: "nns",
                          requestInterrupt: { calls.interrupts.add(1, ordering: .relaxed) },
                          requestShutdown: { restart in calls.shutdowns.withLock { $0.append(restart) } },
                          setAsideQueuedRequests: { let sent = outbox.all.count; calls.setAsideAt.withLock { $0.append(sent) } },
                          log: { line in calls.logs.withLock { $0.append(line) } })
    }

    static func request(_ type: String, _ content: JSON = [:], id: String = "r1") -> KernelMessage {
        KernelMessage(identities: [Array("client".utf8)],
                      header: MessageHeader(messageID: id, session: "client-session", username: "u",
                                            date: "2024-01-01T00:00:00.000000Z", messageType: type),
                      content: content)
    }

    func reply(_ type: String) -> KernelMessage? {
        outbox.all.first { $0.message.type == type && $0.channel != "iopub" }?.message
    }

    @Test func kernelInfoIsBracketedByBusyAndIdleAndFull() throws {
        core.handle(Self.request("kernel_info_request"), on: .shell)
        #expect(outbox.trace == ["iopub status busy", "shell kernel_info_reply", "iopub status idle"])
        let content = try #require(reply("kernel_info_reply")).content
        #expect(content["protocol_version"]?.string == "5.3")
        #expect(content["status"]?.string == "ok")
        #expect(content["language_info"]?["name"]?.string == "mock")
        #expect(content["banner"]?.string == "mock kernel")
    }

    @Test func everyMessageHasAFullHeaderAndTheRequestAsParent() {
        core.handle(Self.request("execute_request", ["code": "out hi"], id: "req-7"), on: .shell)
        for (_, message) in outbox.all {
            #expect(message.header.session == "kernel-session")
            #expect(message.header.version == "5.3")
            #expect(!message.header.messageID.isEmpty && !message.header.date.isEmpty && message.header.username == "nns")
            #expect(message.parentHeader["msg_id"]?.string == "req-7")
        }
        #expect(reply("execute_reply")?.identities == [Array("client".utf8)])
    }

    @Test func executeInputComesBeforeOutputsAndCountsIncrement() throws {
        core.handle(Self.request("execute_request", ["code": "out hello\nshow\nvalue 42"]), on: .shell)
        #expect(outbox.trace == ["iopub status busy", "iopub execute_input", "iopub stream", "iopub display_data",
                                 "iopub execute_result", "shell execute_reply", "iopub status idle"])
        let first = try #require(reply("execute_reply")).content
        #expect(first["status"]?.string == "ok" && first["execution_count"]?.int == 1)
        let result = try #require(outbox.all.first { $0.message.type == "execute_result" }).message.content
        #expect(result["execution_count"]?.int == 1 && result["data"]?["text/plain"]?.string == "42")
        outbox.clear()
        core.handle(Self.request("execute_request", ["code": "out again"]), on: .shell)
        #expect(reply("execute_reply")?.content["execution_count"]?.int == 2)
        #expect(outbox.all.first { $0.message.type == "execute_input" }?.message.content["execution_count"]?.int == 2)
    }

    @Test func liveDisplaysCarryTheirIdAndUpdateInPlace() {
        core.handle(Self.request("execute_request", ["code": "live"]), on: .shell)
        let displays = outbox.all.filter { $0.message.type.hasSuffix("display_data") }.map(\.message)
        #expect(displays.map(\.type) == ["display_data", "update_display_data"])
        #expect(displays.allSatisfy { $0.content["transient"]?["display_id"]?.string == "p1" })
    }

    @Test func aSilentRequestPublishesNothingButStatusAndIsNotCounted() {
        core.handle(Self.request("execute_request", ["code": "out hidden", "silent": true]), on: .shell)
        #expect(outbox.trace == ["iopub status busy", "shell execute_reply", "iopub status idle"])
        #expect(core.executionCount == 0)
        #expect(interpreter.executed == ["out hidden"])
    }

    @Test func aFailedCellSendsOneErrorThenAbortsWhatIsQueued() throws {
        core.handle(Self.request("execute_request", ["code": "fail"]), on: .shell)
        #expect(outbox.trace == ["iopub status busy", "iopub execute_input", "iopub error", "shell execute_reply", "iopub status idle"])
        let content = try #require(reply("execute_reply")).content
        #expect(content["status"]?.string == "error")
        #expect(content["ename"]?.string == "MockError" && content["evalue"]?.string == "it failed")
        #expect(content["traceback"]?.array?.count == 3)
        // Queued requests are set aside after the error is published, before the reply.
        #expect(calls.setAsideAt.withLock { $0 } == [3])
        outbox.clear()
        core.abort(Self.request("execute_request", ["code": "out never"], id: "queued"))
        #expect(reply("execute_reply")?.content["status"]?.string == "aborted")
        #expect(interpreter.executed == ["fail"])
        core.abort(Self.request("is_complete_request", ["code": "x"], id: "queued-2"))
        #expect(reply("is_complete_reply") != nil)
    }

    @Test func stopOnErrorFalseDoesNotAbort() {
        core.handle(Self.request("execute_request", ["code": "fail", "stop_on_error": false]), on: .shell)
        #expect(calls.setAsideAt.withLock { $0 }.isEmpty)
    }

    @Test func editingRequestsAskTheInterpreter() throws {
        core.handle(Self.request("complete_request", ["code": "sg", "cursor_pos": 2]), on: .shell)
        let completion = try #require(reply("complete_reply")).content
        #expect(completion["matches"] == ["sgd"] && completion["cursor_start"]?.int == 0 && completion["cursor_end"]?.int == 2)
        core.handle(Self.request("inspect_request", ["code": "sgd", "cursor_pos": 1, "detail_level": 0]), on: .shell)
        let inspection = try #require(reply("inspect_reply")).content
        #expect(inspection["found"]?.bool == true && inspection["data"]?["text/plain"]?.string == "sgd — train")
        core.handle(Self.request("is_complete_request", ["code": "for x in [1] {"]), on: .shell)
        #expect(reply("is_complete_reply")?.content == ["status": "incomplete", "indent": ""])
        core.handle(Self.request("comm_info_request"), on: .shell)
        #expect(reply("comm_info_reply")?.content == ["status": "ok", "comms": [:]])
    }

    @Test func historyListsTheStoredCells() throws {
        for code in ["out a", "value 1", "out a"] { core.handle(Self.request("execute_request", ["code": .string(code)]), on: .shell) }
        core.handle(Self.request("execute_request", ["code": "out silent", "store_history": false]), on: .shell)
        outbox.clear()
        core.handle(Self.request("history_request", ["hist_access_type": "tail", "n": 2, "output": false, "raw": true]), on: .shell)
        #expect(reply("history_reply")?.content["history"] == [[1, 2, "value 1"], [1, 3, "out a"]])
        outbox.clear()
        core.handle(Self.request("history_request", ["hist_access_type": "tail", "n": 1, "output": true]), on: .shell)
        #expect(reply("history_reply")?.content["history"] == [[1, 3, ["out a", nil]]])
        outbox.clear()
        core.handle(Self.request("history_request", ["hist_access_type": "search", "pattern": "out*", "unique": true]), on: .shell)
        #expect(reply("history_reply")?.content["history"] == [[1, 3, "out a"]])
        outbox.clear()
        core.handle(Self.request("history_request", ["hist_access_type": "range", "session": 1, "start": 2, "stop": 3, "output": true]), on: .shell)
        #expect(reply("history_reply")?.content["history"] == [[1, 2, ["value 1", "1"]]])
    }

    @Test func controlAnswersInterruptAndShutdownButNoCell() throws {
        core.handle(Self.request("interrupt_request"), on: .control)
        #expect(reply("interrupt_reply")?.content == ["status": "ok"])
        #expect(calls.interrupts.load(ordering: .relaxed) == 1)
        core.handle(Self.request("shutdown_request", ["restart": true]), on: .control)
        #expect(outbox.all.filter { $0.message.type == "shutdown_reply" }.map(\.channel) == ["control", "iopub"])
        #expect(calls.shutdowns.withLock { $0 } == [true])
        outbox.clear()
        core.handle(Self.request("execute_request", ["code": "out no"]), on: .control)
        #expect(outbox.all.isEmpty && interpreter.executed.isEmpty)
        #expect(calls.logs.withLock { $0 }.contains { $0.contains("ignored 'execute_request' on the control channel") })
    }

    @Test func unknownTypesAreLoggedAndCommsClosed() {
        core.handle(Self.request("no_such_request"), on: .shell)
        #expect(calls.logs.withLock { $0 } == ["ignored a message of unknown type 'no_such_request' on the shell channel"])
        outbox.clear()
        core.handle(Self.request("comm_open", ["comm_id": "c1", "target_name": "jupyter.widget", "data": [:]]), on: .shell)
        #expect(outbox.all.contains { $0.message.type == "comm_close" && $0.message.content["comm_id"] == "c1" })
    }
}

import Foundation
import Testing
@testable import NNSKernel

@Suite struct ConnectionInfoTests {
    static let file = #"""
        {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
         "ip": "127.0.0.1", "key": "secret-key", "transport": "tcp", "signature_scheme": "hmac-sha256",
         "kernel_name": "nns"}
        """#

    @Test func readsTheSocketsAndTheKey() throws {
        let info = try ConnectionInfo(json: Array(Self.file.utf8), path: "c.json")
        #expect(info.endpoint(info.shellPort) == "tcp://127.0.0.1:5001")
        #expect(info.endpoint(info.heartbeatPort) == "tcp://127.0.0.1:5005")
        #expect(info.key == Array("secret-key".utf8))
        #expect(!info.description.contains("secret"))
    }

    @Test func ipcEndpointsArePathsWithThePort() throws {
        let text = Self.file.replacingOccurrences(of: #""transport": "tcp""#, with: #""transport": "ipc""#)
            .replacingOccurrences(of: "127.0.0.1", with: "/tmp/kernel-1")
        let info = try ConnectionInfo(json: Array(text.utf8), path: "c.json")
        #expect(info.endpoint(info.shellPort) == "ipc:///tmp/kernel-1-5001")
    }

    @Test func namesWhatIsWrong() {
        func error(_ text: String) -> String {
            do {
                _ = try ConnectionInfo(json: Array(text.utf8), path: "c.json")
                return "no error"
            } catch {
                return error.description
            }
        }
        #expect(error("[1, 2]").contains("is not a JSON object"))
        #expect(error(#"{"ip": "127.0.0.1"}"#) == "the connection file 'c.json' has no 'shell_port'")
        #expect(error(Self.file.replacingOccurrences(of: "5003", with: "70000")).contains("bad 'stdin_port'"))
        #expect(error(Self.file.replacingOccurrences(of: "hmac-sha256", with: "hmac-md5")).contains("'hmac-md5' is not supported"))
        #expect(error(Self.file.replacingOccurrences(of: #""transport": "tcp""#, with: #""transport": "udp""#)).contains("not tcp or ipc"))
        #expect(error(Self.file.replacingOccurrences(of: #""key": "secret-key","#, with: "")) == "the connection file 'c.json' has no 'key'")
    }

    @Test func aMissingFileIsUnreadable() {
        #expect(throws: ConnectionFileError.unreadable(path: "/nonexistent/c.json", reason: "no such file")) {
            try ConnectionInfo(contentsOf: "/nonexistent/c.json")
        }
    }
}

import Foundation
import TestSupport

/// The built `nns` executable and a way to run it to completion.
enum NNSBinary {
    /// `$NNS_BINARY` if set, else `nns` next to the running test bundle (SwiftPM builds both
    /// into the same directory), else `<package root>/.build/debug/nns`.
    static let path: String = {
        if let override = ProcessInfo.processInfo.environment["NNS_BINARY"], !override.isEmpty {
            return override
        }
        let bundleDirectory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        let besideBundle = bundleDirectory.appendingPathComponent("nns").path
        if FileManager.default.isExecutableFile(atPath: besideBundle) { return besideBundle }
        return TestData.packageRoot + "/.build/debug/nns"
    }()

    /// The result of one run: exit status and everything written to each stream.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `executable` (nns unless told) with `arguments` in `directory`, `stdin` as its
    /// standard input (nil: /dev/null), and the test's environment plus `environment`; waits at
    /// most `timeout` seconds.
    static func run(_ arguments: [String], executable: String = path, stdin: String? = nil,
                    environment: [String: String] = [:], in directory: String? = nil,
                    timeout: TimeInterval = 60) throws -> Run {
        let scratch = try ScratchDirectory()
        let outPath = scratch.path + "/stdout", errPath = scratch.path + "/stderr", inPath = scratch.path + "/stdin"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        _ = FileManager.default.createFile(atPath: inPath, contents: Data((stdin ?? "").utf8))

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardInput = stdin == nil ? FileHandle.nullDevice : FileHandle(forReadingAtPath: inPath)
        process.standardOutput = FileHandle(forWritingAtPath: outPath)
        process.standardError = FileHandle(forWritingAtPath: errPath)
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            finished.wait()
        }
        return Run(status: process.terminationStatus,
                   stdout: try String(contentsOfFile: outPath, encoding: .utf8),
                   stderr: try String(contentsOfFile: errPath, encoding: .utf8))
    }
}

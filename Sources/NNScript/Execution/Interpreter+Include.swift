import Foundation
import SafeFiles

/// `run FILE`: running another script in this session, as if its lines were typed here.
extension Interpreter {
    /// Runs the script named by `run`'s `path` argument. A relative path starts at the directory
    /// of the script containing the `run` (at the prompt: the current directory); diagnostics
    /// inside it carry its own name, line and column. A script already running (directly or
    /// through others) is refused. Its statements change the session one by one, so an error in
    /// it keeps what the commands before the error did.
    func runScript(_ arguments: BoundArguments, in source: SourceText) -> CommandOutcome {
        let written = arguments.path("path") ?? ""
        let including = includeStack.last
        let display = Self.displayPath(written, includedFrom: including?.display)
        let path = options.paths.canonical(written, in: including.map { ($0.path as NSString).deletingLastPathComponent })
        if includeStack.contains(where: { $0.path == path }) {
            let chain = includeStack.map(\.display) + [display]
            return report(arguments.diagnostic(.command(.recursiveRun(chain: chain)), at: "path").attachingSource(source))
        }
        guard includeStack.count < Self.maximumRunDepth else {
            let chain = includeStack.map(\.display) + [display]
            return report(arguments.diagnostic(.command(.runTooDeep(chain: chain, limit: Self.maximumRunDepth)), at: "path")
                .attachingSource(source))
        }
        let text: String
        do {
            text = try UTF8Source.text(of: try Self.readScript(at: path, named: display), file: display)
        } catch let error as CommandError {
            return report(arguments.diagnostic(.command(error), at: "path").attachingSource(source))
        } catch let error as Diagnostic {
            return report(error)
        } catch {
            return report(arguments.diagnostic(.command(.unreadableScript(path: display, reason: "\(error)")), at: "path"))
        }
        let script: Script
        do {
            script = try Script(parsing: text, file: display)
        } catch {
            return report(error)
        }
        guard let level = enterNesting(at: arguments.span(of: "path"), in: source) else { return .failed }
        defer { leaveNesting(level) }
        includeStack.append((display, path))
        defer { includeStack.removeLast() }
        return runStatements(script.statements, in: script.source)
    }

    /// How an included script is named in messages: the written path joined to the directory of
    /// the including script's name (`examples/lib.nns` for `run lib.nns` in `examples/main.nns`).
    static func displayPath(_ written: String, includedFrom including: String?) -> String {
        guard let including, !written.hasPrefix("/"), !written.hasPrefix("~") else { return written }
        let directory = (including as NSString).deletingLastPathComponent
        return directory.isEmpty ? written : directory + "/" + written
    }

    /// The largest script `run` (and the command line) reads.
    public static let scriptLimit = ReadLimit(bytes: 64_000_000, kind: "an nns script")

    /// The bytes of the script at `path` — a regular file of at most `scriptLimit` — or why it
    /// cannot be read.
    static func readScript(at path: String, named display: String) throws(CommandError) -> [UInt8] {
        do {
            return try RegularFile.read(path, limit: scriptLimit)
        } catch {
            throw .unreadableScript(path: display, reason: error.description)
        }
    }
}

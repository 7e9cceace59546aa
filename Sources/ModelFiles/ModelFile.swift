import Foundation
import NeuralNet
import SafeFiles

/// Saving and opening nns model files (the JSON format of docs/model-format.md).
public enum ModelFile {
    /// Writes `document` to `path` as JSON in format version 2 (`ModelDocument.currentFormatVersion`,
    /// whatever version the document was read from), atomically: a temporary file in the same
    /// directory is written, synced and renamed over `path`, so an interrupted or failed save
    /// never leaves a half-written model and never damages the file already there.
    /// - Throws: `ModelFileError` — `.invalidNetwork` when the network breaks its invariants
    ///   (e.g. NaN weights after diverged training), `.isDirectory`, `.cannotWrite`.
    public static func save(_ document: ModelDocument, to path: String) throws(ModelFileError) {
        do {
            try document.network.validate()
        } catch {
            throw ModelFileError(path: path, problem: .invalidNetwork(error))
        }
        try AtomicFile.write(document.jsonBytes(), to: path)
    }

    /// Reads and fully validates the model file at `path`. Nothing is modified: on any problem
    /// the caller's current network stays as it was, since only a complete value is returned.
    /// - Throws: `ModelFileError` naming the file and the first problem: missing or unreadable
    ///   file, empty file, an npz/safetensors export, invalid JSON (with line and column), not an
    ///   nns model, unsupported format version, missing fields, wrong types or shapes (which
    ///   layer, expected vs found), layers that do not fit the values below them, claimed sizes
    ///   beyond `Network.maximumParameterCount` or the file's length (refused before anything is
    ///   allocated for them), non-finite parameters, unknown layer kind, activation or cost
    ///   names (with a suggestion), an impossible history, or an inconsistent network.
    ///   Version 1 files open as fully connected networks.
    /// `isCancelled` is asked while the JSON is parsed (every 65,536 values); yes ends the
    /// open with `.interrupted`.
    public static func open(_ path: String, isCancelled: @escaping () -> Bool = { false }) throws(ModelFileError) -> ModelDocument {
        let bytes = try readBytes(path)
        guard !bytes.isEmpty else { throw ModelFileError(path: path, problem: .emptyFile) }
        if let format = exportFormat(of: bytes) { throw ModelFileError(path: path, problem: .otherFormat(format)) }
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes, isCancelled: isCancelled)
        } catch where error.problem == JSONParser.interruptedProblem {
            throw ModelFileError(path: path, problem: .interrupted)
        } catch {
            throw ModelFileError(path: path, problem: .notJSON(line: error.line, column: error.column, problem: error.problem))
        }
        do {
            return try ModelDocument(json: json, fileBytes: bytes.count)
        } catch {
            throw ModelFileError(path: path, problem: error)
        }
    }

    /// The largest model file `open` reads: the biggest network nns allows
    /// (`Network.maximumParameterCount` parameters, at most about 16 characters each in JSON)
    /// with room for its history.
    public static let maximumFileBytes = 2_000_000_000

    /// The whole file, or why it cannot be read: only a regular file (a FIFO, `/dev/zero` or a
    /// terminal is refused before anything is read) of at most `maximumFileBytes`.
    private static func readBytes(_ path: String) throws(ModelFileError) -> [UInt8] {
        do {
            return try RegularFile.read(path, limit: ReadLimit(bytes: maximumFileBytes, kind: "an nns model file"))
        } catch {
            let problem: ModelFileProblem
            switch error {
            case .notFound: problem = .fileNotFound
            case .isDirectory: problem = .isDirectory
            default: problem = .unreadable(reason: error.description)
            }
            throw ModelFileError(path: path, problem: problem)
        }
    }

    /// "npz" or "safetensors" when the bytes look like one of `ModelExport`'s formats.
    private static func exportFormat(of bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "npz" }
        if bytes.count > 9, bytes[8] == UInt8(ascii: "{"), bytes[9] == UInt8(ascii: "\""), bytes[4..<8].allSatisfy({ $0 == 0 }) {
            return "safetensors"
        }
        return nil
    }
}

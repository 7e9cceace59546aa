import Foundation
import NeuralNet

/// Saving and opening nns model files (the JSON format of docs/model-format.md).
public enum ModelFile {
    /// Writes `document` to `path` as JSON, atomically: a temporary file in the same directory
    /// is written, synced and renamed over `path`, so an interrupted or failed save never leaves
    /// a half-written model and never damages the file already there.
    /// - Throws: `ModelFileError` — `.invalidNetwork` when the network breaks its invariants
    ///   (e.g. NaN weights after diverged training), `.unsupportedFormatVersion` for a
    ///   `formatVersion` this nns cannot write, `.isDirectory`, `.cannotWrite`.
    public static func save(_ document: ModelDocument, to path: String) throws(ModelFileError) {
        do {
            try document.network.validate()
        } catch {
            throw ModelFileError(path: path, problem: .invalidNetwork(error))
        }
        guard ModelDocument.supportedFormatVersions.contains(document.formatVersion) else {
            throw ModelFileError(path: path, problem: .unsupportedFormatVersion(
                document.formatVersion, supported: ModelDocument.supportedFormatVersions))
        }
        try AtomicFile.write(document.jsonBytes(), to: path)
    }

    /// Reads and fully validates the model file at `path`. Nothing is modified: on any problem
    /// the caller's current network stays as it was, since only a complete value is returned.
    /// - Throws: `ModelFileError` naming the file and the first problem: missing or unreadable
    ///   file, empty file, an npz/safetensors export, invalid JSON (with line and column), not an
    ///   nns model, unsupported format version, missing fields, wrong types or shapes (which
    ///   layer, expected vs found), non-finite parameters, unknown activation or cost names
    ///   (with a suggestion), or an inconsistent network.
    public static func open(_ path: String) throws(ModelFileError) -> ModelDocument {
        let bytes = try readBytes(path)
        guard !bytes.isEmpty else { throw ModelFileError(path: path, problem: .emptyFile) }
        if let format = exportFormat(of: bytes) { throw ModelFileError(path: path, problem: .otherFormat(format)) }
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            throw ModelFileError(path: path, problem: .notJSON(line: error.line, column: error.column, problem: error.problem))
        }
        do {
            return try ModelDocument(json: json)
        } catch {
            throw ModelFileError(path: path, problem: error)
        }
    }

    /// The whole file, or why it cannot be read.
    private static func readBytes(_ path: String) throws(ModelFileError) -> [UInt8] {
        let descriptor = Foundation.open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let problem: ModelFileProblem = errno == ENOENT || errno == ENOTDIR ? .fileNotFound : .unreadable(reason: systemError())
            throw ModelFileError(path: path, problem: problem)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ModelFileError(path: path, problem: .unreadable(reason: systemError())) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw ModelFileError(path: path, problem: .isDirectory) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ModelFileError(path: path, problem: .unreadable(reason: systemError()))
            }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
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

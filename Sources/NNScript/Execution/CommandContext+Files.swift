import Foundation
import ModelFiles
import NNSDisplay

/// Files named by commands (`save`, `open`, `export`): where a written path points, how big a
/// written file is, and model-file errors reported against the path as the user wrote it.
extension CommandContext {
    /// The path argument `argument` as written (`~/models/a.json`), and the path the file system
    /// should use (`options.paths.resolve`: `~` from `HOME`, a relative path joined to
    /// `options.currentDirectory`, left relative when that is "." or empty).
    func filePath(_ argument: String) -> (written: String, resolved: String) {
        let written = arguments.path(argument) ?? ""
        return (written, options.paths.resolve(written))
    }

    /// A diagnostic at argument `argument` for a failed save, open or export: the error's
    /// message with the file named as the user wrote it (`book.json: …`), not as resolved.
    func failure(_ error: ModelFileError, writtenAs path: String, at argument: String) -> Diagnostic {
        failure(.modelFile(ModelFileError(path: path, problem: error.problem)), at: argument)
    }

    /// The size of the file at `path` for messages: `298 KB`, `1.2 MB`, `840 bytes` (decimal
    /// units: 1 KB = 1,000 bytes, as `ls -h --si` and the download messages count); "" when
    /// the file cannot be examined.
    static func sizeText(ofFileAt path: String) -> String {
        var status = stat()
        guard stat(path, &status) == 0 else { return "" }
        let bytes = Int(status.st_size)
        if bytes < 1_000 { return counted(bytes, "byte") }
        if bytes < 999_500 { return "\(Int((Double(bytes) / 1e3).rounded())) KB" }
        return NumberText.fixed(Double(bytes) / 1e6, 1) + " MB"
    }
}

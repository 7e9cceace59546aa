import NeuralNet

/// What is wrong with a model file (or with writing one), without the file's name:
/// `ModelFileError` adds that. Fields are named by their path in the JSON document,
/// e.g. `weights[1][3]` (row 3 of the second weight matrix) or `history[0].learningRate`.
public enum ModelFileProblem: Error, CustomStringConvertible, Equatable, Sendable {
    /// Nothing exists at the path.
    case fileNotFound
    /// The path is a directory where a file was expected.
    case isDirectory
    /// The file exists but could not be read (the system's reason, e.g. "Permission denied").
    case unreadable(reason: String)
    /// The file has no bytes at all.
    case emptyFile
    /// The bytes are not JSON; `line` and `column` are 1-based.
    case notJSON(line: Int, column: Int, problem: String)
    /// The file is in another format nns knows, such as one of its own exports ("safetensors", "npz").
    case otherFormat(String)
    /// Valid JSON, but not an nns model: `found` says what the top level holds instead.
    case notAModel(found: String)
    /// The file's `formatVersion` is not one this nns reads.
    case unsupportedFormatVersion(Int, supported: ClosedRange<Int>)
    /// A required field is absent.
    case missingField(String)
    /// A field holds the wrong kind of value: `expected` like "a whole number", `found` like
    /// `a string ("30")`.
    case wrongType(field: String, expected: String, found: String)
    /// An array has the wrong length: `expected` and `found` are counts with their unit
    /// ("10 rows", "9 rows"); `reason` says where the expected count comes from.
    case wrongShape(field: String, expected: String, found: String, reason: String)
    /// A weight or bias is NaN, infinite, or too large for a Float32; `value` is its text.
    case nonFiniteParameter(field: String, value: String)
    /// An activation or cost name nns does not know, with the closest known name if any.
    case unknownName(field: String, name: String, kind: String, known: [String], suggestion: String?)
    /// A field's value is out of range or malformed; `problem` explains it.
    case invalidValue(field: String, problem: String)
    /// The parameters are individually fine but do not form a valid network (e.g. softmax on a
    /// hidden layer, or a cost undefined for the output activation), or — when saving — the
    /// network has NaN or infinite parameters.
    case invalidNetwork(NetworkError)
    /// The file (or its temporary sibling) could not be written; any existing file is unchanged.
    case cannotWrite(reason: String)
    /// `ModelExport.write` was given a path whose extension names no export format.
    case unknownExportFormat(extension: String)
    /// Opening was stopped because the caller asked (Ctrl-C); nothing was opened.
    case interrupted

    /// The problem in one phrase for the user, naming the field and what to do.
    public var description: String {
        switch self {
        case .fileNotFound:
            return "no such file; check the path (a relative path starts in the current directory)"
        case .isDirectory:
            return "is a directory; give the path of a model file, e.g. DIRECTORY/model.json"
        case .unreadable(let reason):
            return "cannot be read: \(reason)"
        case .emptyFile:
            return "the file is empty (0 bytes); an nns model file is a JSON object"
        case .notJSON(let line, let column, let problem):
            return "not valid JSON at line \(line), column \(column): \(problem)"
        case .otherFormat(let format):
            return "this file is in the \(format) format, not an nns model; nns exports \(format) for numpy and PyTorch "
                + "but opens only its own JSON model files (written by `save`)"
        case .notAModel(let found):
            return "valid JSON but not an nns model file: expected an object with \"format\": \"nns-model\", found \(found)"
        case .unsupportedFormatVersion(let version, let supported):
            let readable = supported.count == 1 ? "version \(supported.lowerBound)" : "versions \(supported.lowerBound)–\(supported.upperBound)"
            return version > supported.upperBound
                ? "format version \(version) was written by a newer nns; this nns reads \(readable): update nns to open it"
                : "format version \(version) does not exist; this nns reads \(readable)"
        case .missingField(let field):
            return "the required field \"\(field)\" is missing"
        case .wrongType(let field, let expected, let found):
            return "\(field) should be \(expected), found \(found)"
        case .wrongShape(let field, let expected, let found, let reason):
            return "\(field) has \(found), expected \(expected): \(reason)"
        case .nonFiniteParameter(let field, let value):
            return "\(field) is \(value), not a finite 32-bit float; every weight and bias must be finite "
                + "(a network whose training diverged cannot be saved or opened)"
        case .unknownName(let field, let name, let kind, let known, let suggestion):
            let hint = suggestion.map { "; did you mean \"\($0)\"?" } ?? ""
            return "\(field) is \"\(name)\", which is not \(kind) nns knows\(hint) (known: \(known.joined(separator: ", ")))"
        case .invalidValue(let field, let problem):
            return "\(field) \(problem)"
        case .invalidNetwork(let error):
            return "not a valid network: \(error)"
        case .cannotWrite(let reason):
            return "cannot be written: \(reason); any existing file there is unchanged"
        case .unknownExportFormat(let fileExtension):
            let shown = fileExtension.isEmpty ? "a file without an extension" : "a \".\(fileExtension)\" file"
            return "cannot export to \(shown); use a name ending in .safetensors (PyTorch, numpy) or .npz (numpy)"
        case .interrupted:
            return "interrupted while opening; nothing was opened"
        }
    }
}

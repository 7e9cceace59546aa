/// Why a model file could not be saved, opened or exported: the file's path and the problem.
///
/// `description` is the message for the user, `PATH: problem`, e.g.
/// `models/a.json: weights[1] has 9 rows, expected 10 (…)`. Nothing is changed by a failed
/// open, and a failed save or export leaves any existing file at `path` as it was.
public struct ModelFileError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file as the caller named it.
    public let path: String
    /// What went wrong.
    public let problem: ModelFileProblem

    /// An error about `path`.
    public init(path: String, problem: ModelFileProblem) {
        self.path = path
        self.problem = problem
    }

    /// `PATH: problem`, one line written for the user.
    public var description: String { "\(path): \(problem)" }
}

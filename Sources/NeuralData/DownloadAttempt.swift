/// One failed attempt to fetch a data-set file: where from, and what went wrong, for the
/// message of ``DataError/datasetUnavailable(dataset:searched:attempts:)``.
public struct DownloadAttempt: Sendable, Equatable {
    /// The URL or local path that was tried, or the directory that could not be written.
    public let source: String
    /// What went wrong, in words a user can act on (e.g. `curl: (6) Could not resolve host`).
    public let problem: String

    /// Records that fetching from `source` failed with `problem`.
    public init(source: String, problem: String) {
        self.source = source
        self.problem = problem
    }
}

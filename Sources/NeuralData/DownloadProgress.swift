/// How far the fetch of one data-set file has got, reported repeatedly (about ten times a
/// second while downloading) so a caller can draw a progress bar.
public struct DownloadProgress: Sendable, Equatable {
    /// The file's name, e.g. `train-images-idx3-ubyte.gz`.
    public let file: String
    /// The URL or path it is being fetched from.
    public let source: String
    /// Bytes received so far.
    public let bytesDone: Int
    /// The file's expected size in bytes, if known.
    public let totalBytes: Int?

    /// A progress report: `bytesDone` of `totalBytes` of `file` from `source`.
    public init(file: String, source: String, bytesDone: Int, totalBytes: Int?) {
        self.file = file
        self.source = source
        self.bytesDone = bytesDone
        self.totalBytes = totalBytes
    }

    /// The fraction done in 0…1, if the total is known and positive.
    public var fraction: Double? {
        guard let totalBytes, totalBytes > 0 else { return nil }
        return min(1, Double(bytesDone) / Double(totalBytes))
    }
}

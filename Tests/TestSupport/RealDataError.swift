import Foundation

/// Why real test data could not be read; each message names the file and says what to do.
public enum RealDataError: Error, CustomStringConvertible, Sendable {
    /// No file at this path (the data directory is not set up).
    case missing(URL)
    /// `gzip -dc` could not be started or exited with this status.
    case decompressionFailed(URL, status: Int32)
    /// The bytes are not an unsigned-byte IDX file of the expected shape; `problem` says how.
    case notIDX(URL, problem: String)
    /// An images file and a labels file disagree on the number of samples.
    case countMismatch(images: URL, imageCount: Int, labels: URL, labelCount: Int)

    public var description: String {
        switch self {
        case .missing(let url):
            return "missing test data \(url.path): set NNS_TEST_DATA to a directory holding mnist/ and "
                + "mnist-train-5k/, or run the tests with scripts/test.sh (it uses ../shared/data or ./data, "
                + "where scripts/demo.sh downloads MNIST)"
        case .decompressionFailed(let url, let status):
            return "gzip -dc \(url.path) failed (exit status \(status)); check the file with gzip -t, "
                + "or copy it again"
        case .notIDX(let url, let problem):
            return "\(url.path) is not a usable unsigned-byte IDX file: \(problem)"
        case .countMismatch(let images, let imageCount, let labels, let labelCount):
            return "\(images.path) holds \(imageCount) images but \(labels.path) holds \(labelCount) labels"
        }
    }
}

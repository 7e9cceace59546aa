/// Why a renderer refused its input. Each message names the input and the problem and says what
/// the caller (or the user, when the value came from a command) can do about it.
public enum DisplayError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A picture of `width`×`height` needs `width · height` values but `actual` were given.
    case pixelCountMismatch(width: Int, height: Int, actual: Int)
    /// Two lists that must pair up one to one (e.g. labels and values) have different lengths.
    case lengthMismatch(what: String, expected: Int, actual: Int)
    /// A size or count that must be positive (an image width, a number of bins, a scale) is not.
    case nonPositiveSize(what: String, value: Int)
    /// There is nothing to draw (no values, no series, no cells).
    case empty(what: String)
    /// A confusion matrix whose rows do not all have one entry per class.
    case notSquare(rows: Int, badRow: Int, columns: Int)
    /// A count that must not be negative (a confusion-matrix entry) is.
    case negativeCount(row: Int, column: Int, value: Int)
    /// A value range whose lower end is not below its upper end, or that is not finite.
    case invalidRange(what: String, lower: Double, upper: Double)
    /// zlib failed to compress PNG image data (the zlib status code is given).
    case compressionFailed(status: Int32)
    /// A picture of `width`×`height` pixels is larger than the `limit` pixels a PNG may have.
    case pictureTooLarge(width: Int, height: Int, limit: Int)

    /// The message for the user: what was wrong, with the values involved, and what to do.
    public var description: String {
        switch self {
        case let .pixelCountMismatch(width, height, actual):
            return "cannot draw a \(width)×\(height) picture from \(actual) values: it needs exactly "
                + "\(width * height) (width × height); give a shape that matches the number of values"
        case let .lengthMismatch(what, expected, actual):
            return "\(what): expected \(expected) entries but got \(actual); the lists must pair up one to one"
        case let .nonPositiveSize(what, value):
            return "\(what) must be at least 1, not \(value)"
        case let .empty(what):
            return "nothing to draw: \(what) is empty"
        case let .notSquare(rows, badRow, columns):
            return "a confusion matrix needs one row and one column per class: it has \(rows) rows "
                + "but row \(badRow) has \(columns) entries"
        case let .negativeCount(row, column, value):
            return "confusion-matrix entry [\(row)][\(column)] is \(value); counts cannot be negative"
        case let .invalidRange(what, lower, upper):
            return "\(what) \(lower)…\(upper) is not a range: the lower end must be finite and below the upper end"
        case let .pictureTooLarge(width, height, limit):
            return "a \(width)×\(height) picture is larger than the \(limit / 1_000_000) million pixels a PNG of nns "
                + "may have; draw it in the terminal instead, or look at a smaller part"
        case let .compressionFailed(status):
            return "zlib could not compress the image data (status \(status)); the PNG was not written"
        }
    }
}

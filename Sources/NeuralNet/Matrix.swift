/// A dense Float32 matrix stored row-major: element (i, j) lives at `elements[i * columns + j]`.
///
/// In batches one sample is one row, so a mini-batch of m inputs to a layer of n neurons is an
/// m × n matrix. Weight matrices follow the book: `weights[l]` is `sizes[l+1] × sizes[l]`, with
/// w_jk in row j, column k.
///
/// Invariant: `elements.count == rows * columns` (`elements` is public for fast bulk access;
/// keep its count unchanged when you mutate it).
public struct Matrix: Equatable, Sendable {
    /// Number of rows (in a batch: the number of samples).
    public let rows: Int
    /// Number of columns (in a batch: the number of values per sample).
    public let columns: Int
    /// The `rows * columns` elements, row after row.
    public var elements: [Float]

    /// A `rows × columns` matrix with every element equal to `repeating`.
    /// - Precondition: `rows >= 0` and `columns >= 0`.
    public init(rows: Int, columns: Int, repeating: Float = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix dimensions must not be negative")
        self.rows = rows
        self.columns = columns
        self.elements = [Float](repeating: repeating, count: rows * columns)
    }

    /// A `rows × columns` matrix over the given row-major elements.
    /// - Precondition: `elements.count == rows * columns` (a programmer error otherwise).
    public init(rows: Int, columns: Int, elements: [Float]) {
        precondition(rows >= 0 && columns >= 0, "Matrix dimensions must not be negative")
        precondition(elements.count == rows * columns,
                     "Matrix of \(rows) × \(columns) needs \(rows * columns) elements, got \(elements.count)")
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// Element (row, column), both 0-based. Bounds are checked.
    public subscript(row: Int, column: Int) -> Float {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "Matrix index out of range")
            return elements[row * columns + column]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "Matrix index out of range")
            elements[row * columns + column] = newValue
        }
    }

    /// The `columns` elements of row `index` (0-based), e.g. one sample of a batch.
    public func row(_ index: Int) -> [Float] {
        precondition(index >= 0 && index < rows, "Matrix row out of range")
        return Array(elements[index * columns ..< (index + 1) * columns])
    }
}

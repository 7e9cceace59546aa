/// The data sets a session can hold, named as in commands (`eval test`, `show train[3]`).
///
/// `train` and `validation` come from the training file (the book's split: first 50,000 /
/// last 10,000 of MNIST's 60,000); `test` is the separate 10,000-image test file.
public enum DataSetName: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// The images SGD learns from.
    case train
    /// Held out from the training file, for choosing hyper-parameters and early stopping.
    case validation
    /// The separate test file.
    case test

    /// The name as written in commands.
    public var description: String { rawValue }

    /// All names, in the order train, validation, test.
    public static var names: [String] { allCases.map(\.rawValue) }
}

/// One image of a data set, written `test[7]`: the set and the 0-based index of the image.
///
/// A negative index counts from the end, as in Python (`test[-1]` is the last test image); the
/// interpreter resolves it against the set's size.
public struct SampleReference: Sendable, Hashable, CustomStringConvertible {
    /// Which data set.
    public var set: DataSetName
    /// 0-based index of the image; negative counts from the end.
    public var index: Int

    /// Creates a reference to image `index` of `set`.
    public init(set: DataSetName, index: Int) {
        self.set = set
        self.index = index
    }

    /// `test[7]`.
    public var description: String { "\(set)[\(index)]" }
}

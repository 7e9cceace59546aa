/// What tab completion offers at a cursor: the word being completed and its possible
/// replacements.
public struct Completion: Sendable, Hashable {
    /// UTF-8 byte offset in the line where the word being completed starts.
    public var start: Int
    /// The text from `start` to the cursor (what each candidate replaces).
    public var prefix: String
    /// Full replacements for `prefix`, sorted; an argument name comes with its `=`
    /// (`epochs=`), a directory with its `/`, an image set with its `[` (`test[`).
    public var candidates: [String]

    /// Creates a completion.
    public init(start: Int, prefix: String, candidates: [String]) {
        self.start = start
        self.prefix = prefix
        self.candidates = candidates
    }
}

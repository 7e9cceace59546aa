import NNScript

/// What pressing Tab does to the line, decided from the interpreter's `Completion` the way
/// bash does it: extend the word as far as all candidates agree, finish a single candidate
/// (with a space after a whole word), or — when nothing can be added — list the candidates.
enum CompletionEdit: Equatable, Sendable {
    /// Delete `deleting` characters (Unicode scalars) before the cursor, then insert `inserting`.
    case replace(deleting: Int, inserting: String)
    /// Show these candidates below the line (paths by their last component, as bash does);
    /// the line stays as it is.
    case list([String])
    /// No candidate: ring the bell.
    case none

    /// The edit for `completion`.
    init(_ completion: Completion) {
        let candidates = completion.candidates
        let prefix = completion.prefix
        guard let first = candidates.first else {
            self = .none
            return
        }
        if candidates.count == 1 {
            let ending = Self.endsAWord(first) ? " " : ""
            if first.hasPrefix(prefix) {
                self = .replace(deleting: 0, inserting: String(first.dropFirst(prefix.count)) + ending)
            } else {
                self = .replace(deleting: prefix.unicodeScalars.count, inserting: first + ending)
            }
            return
        }
        let common = Self.commonPrefix(of: candidates)
        if common.hasPrefix(prefix), common.count > prefix.count {
            self = .replace(deleting: 0, inserting: String(common.dropFirst(prefix.count)))
        } else {
            self = .list(Self.shown(candidates, typedDirectory: prefix))
        }
    }

    /// `candidates` without the directory part of `typed` (up to its last `/`) when they all
    /// start with it: `examples/a.nns` is listed as `a.nns` after `run examples/`.
    private static func shown(_ candidates: [String], typedDirectory typed: String) -> [String] {
        guard let slash = typed.lastIndex(of: "/") else { return candidates }
        let directory = typed[...slash]
        guard candidates.allSatisfy({ $0.hasPrefix(directory) }) else { return candidates }
        return candidates.map { String($0.dropFirst(directory.count)) }
    }

    /// The longest string every one of `strings` starts with (whole characters).
    static func commonPrefix(of strings: [String]) -> String {
        guard var common = strings.first else { return "" }
        for string in strings.dropFirst() {
            common = String(zip(common, string).prefix { $0 == $1 }.map(\.0))
        }
        return common
    }

    /// Whether a completed candidate is a finished word (gets a space after it), unlike an
    /// argument name waiting for its value (`epochs=`), a directory (`data/`) or an image (`test[`).
    private static func endsAWord(_ candidate: String) -> Bool {
        guard let last = candidate.last else { return false }
        return !["=", "/", "[", ","].contains(last)
    }
}

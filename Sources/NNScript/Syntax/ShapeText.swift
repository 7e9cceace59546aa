/// How shapes are written: `28x28` (height × width, one channel), `28x28x3` (with channels),
/// or a plain count `784` (a flat vector); `×` may stand for `x`.
enum ShapeText {
    /// The largest size of one dimension nns accepts.
    static let largestDimension = 1 << 20

    /// True for `NxN` or `NxNxN` with positive digits (the lexer reads these as words).
    static func isShape(_ text: String) -> Bool {
        guard let dimensions = dimensions(text) else { return false }
        return dimensions.count == 3
    }

    /// [height, width, channels] for `HxW` or `HxWxC`, [count] for `N`; nil otherwise (also for
    /// dimensions too long to be numbers).
    static func dimensions(_ text: String) -> [Int]? {
        let parts = text.split(separator: "x", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: "×", omittingEmptySubsequences: false) }
        guard (1...3).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 9 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return nil
        }
        let numbers = parts.compactMap { Int($0) }
        switch numbers.count {
        case 1: return numbers
        case 2: return numbers + [1]
        default: return numbers
        }
    }
}

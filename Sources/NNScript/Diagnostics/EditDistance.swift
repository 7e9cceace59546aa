/// Optimal-string-alignment distance between two strings: the number of single-character
/// insertions, deletions, substitutions and swaps of adjacent characters that turn `a` into
/// `b` (so `sdg` → `sgd` costs 1). Compared case-insensitively, by Unicode scalar.
func editDistance(_ a: String, _ b: String) -> Int {
    let s = Array(a.lowercased().unicodeScalars), t = Array(b.lowercased().unicodeScalars)
    if s.isEmpty { return t.count }
    if t.isEmpty { return s.count }
    // Three rolling rows: two rows back (for swaps), previous, current.
    var twoBack = [Int](repeating: 0, count: t.count + 1)
    var previous = Array(0...t.count)
    var current = [Int](repeating: 0, count: t.count + 1)
    for i in 1...s.count {
        current[0] = i
        for j in 1...t.count {
            let cost = s[i - 1] == t[j - 1] ? 0 : 1
            var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, s[i - 1] == t[j - 2], s[i - 2] == t[j - 1] {
                best = min(best, twoBack[j - 2] + 1)
            }
            current[j] = best
        }
        (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[t.count]
}

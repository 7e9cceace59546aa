/// Completion candidates laid out in columns across the terminal, as bash lists them: sorted
/// down each column first, columns two spaces apart, as many as fit in the width.
enum CandidateColumns {
    /// The lines listing `candidates` in at most `width` columns of text, each ending in "\n".
    static func format(_ candidates: [String], width: Int) -> String {
        guard !candidates.isEmpty else { return "" }
        let columnWidth = (candidates.map(\.count).max() ?? 0) + 2
        let columns = max(1, min(candidates.count, (width + 2) / columnWidth))
        let rows = (candidates.count + columns - 1) / columns
        var text = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < candidates.count else { break }
                let candidate = candidates[index]
                let isLast = index + rows >= candidates.count || column == columns - 1
                line += isLast ? candidate : candidate.padding(toLength: columnWidth)
            }
            text += line + "\n"
        }
        return text
    }
}

extension String {
    /// This string followed by spaces up to `length` characters (unchanged if already longer).
    fileprivate func padding(toLength length: Int) -> String {
        self + String(repeating: " ", count: max(0, length - count))
    }
}

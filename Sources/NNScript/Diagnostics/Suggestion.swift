/// "Did you mean …?": the candidate closest to a mistyped `word`, or nil when none is close.
///
/// A candidate is close when its edit distance (`editDistance`) is at most a third of the
/// word's length (at least 1, at most 3), or when the word is a prefix of exactly that
/// candidate and at least 2 characters long (`ep` → `epochs`). Ties go to the earlier
/// candidate, so list candidates in order of preference.
func closestMatch(to word: String, in candidates: some Sequence<String>) -> String? {
    let limit = min(3, max(1, word.unicodeScalars.count / 3))
    var best: (candidate: String, distance: Int)?
    let lowered = word.lowercased()
    for candidate in candidates where candidate != word {
        var distance = editDistance(word, candidate)
        if lowered.count >= 2, candidate.lowercased().hasPrefix(lowered) { distance = min(distance, 1) }
        guard distance <= limit else { continue }
        if let current = best, current.distance <= distance { continue }
        best = (candidate, distance)
    }
    return best?.candidate
}

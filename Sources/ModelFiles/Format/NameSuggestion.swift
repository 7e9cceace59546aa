/// The known name a mistyped activation or cost name most likely meant, or nil.
///
/// Tried in order: the same letters ignoring case, spaces, `-` and `_` (`CrossEntropy` →
/// `cross-entropy`); a common synonym from numpy/PyTorch/Keras habits (`mse`, `bce`, `nll`,
/// `logistic`, `dense`, `linear`, `conv2d`, `maxpool2d`); the known name within Levenshtein distance ⌊length/3⌋ (at least 1) of the
/// normalised text (`softmx` → `softmax`).
func closestName(to text: String, in known: [String]) -> String? {
    let wanted = normalisedName(text)
    if let exact = known.first(where: { normalisedName($0) == wanted }) { return exact }
    let synonyms = ["mse": "quadratic", "bce": "cross-entropy", "nll": "log-likelihood", "logistic": "sigmoid",
                    "dense": "fully-connected", "linear": "fully-connected", "fc": "fully-connected",
                    "conv": "convolution", "conv2d": "convolution", "pool": "max-pooling", "maxpool": "max-pooling",
                    "maxpool2d": "max-pooling", "maxpooling2d": "max-pooling"]
    if let synonym = synonyms[wanted], known.contains(synonym) { return synonym }
    let limit = max(1, wanted.count / 3)
    let scored = known.map { (name: $0, distance: levenshteinDistance(wanted, normalisedName($0))) }
    guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit else { return nil }
    return best.name
}

/// Lower-case letters and digits only: `Cross_Entropy` → `crossentropy`.
private func normalisedName(_ text: String) -> String {
    String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
}

/// Insertions, deletions and substitutions (by Unicode scalar) turning `a` into `b`.
private func levenshteinDistance(_ a: String, _ b: String) -> Int {
    let target = Array(b.unicodeScalars)
    var row = Array(0...target.count)
    for (i, source) in a.unicodeScalars.enumerated() {
        var diagonal = row[0]
        row[0] = i + 1
        for j in target.indices {
            let substitution = diagonal + (source == target[j] ? 0 : 1)
            diagonal = row[j + 1]
            row[j + 1] = min(substitution, row[j] + 1, row[j + 1] + 1)
        }
    }
    return row[target.count]
}

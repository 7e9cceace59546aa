/// A parsed JSON value, as the model-file reader sees it.
///
/// Numbers keep their literal text (`"0.1"`, `"-3.4028235e+38"`) and are converted only when a
/// field is read, straight from the text to the target type: a Float32 written with its shortest
/// round-tripping digits comes back bit for bit, with no detour through Double.
enum JSONValue: Sendable {
    case null
    case bool(Bool)
    /// The number's literal text. Besides JSON's grammar the parser also accepts `NaN`,
    /// `Infinity` and `-Infinity` (as Python's `json` writes them) so the reader can say which
    /// parameter is not finite instead of reporting a syntax error.
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members by key; the parser rejects duplicate keys.
    case object([String: JSONValue])

    /// What the value is, for messages: `a string ("30")`, `the number 1.5`, `an array of 3 values`.
    var summary: String {
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let text): return "the number \(text)"
        case .string(let text):
            let shown = text.count > 24 ? text.prefix(24) + "…" : Substring(text)
            return "a string (\"\(shown)\")"
        case .array(let elements): return "an array of \(counted(elements.count, "value"))"
        case .object: return "an object"
        }
    }
}

/// `1 row`, `3 rows`: a count with its noun, plural when the count is not 1 (nouns ending in
/// "ix" take "ices": matrix → matrices).
func counted(_ count: Int, _ noun: String) -> String {
    if count == 1 { return "1 \(noun)" }
    return noun.hasSuffix("ix") ? "\(count) \(noun.dropLast(2))ices" : "\(count) \(noun)s"
}

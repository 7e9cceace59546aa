/// The words of the statement a cursor is in, found leniently (the line may be half typed):
/// statements end at `;`, `{`, `}` and new lines outside strings; words end at spaces outside
/// strings. Brackets, `=` and `,` stay inside words.
struct StatementWords {
    /// A word and the UTF-8 offset at which it starts.
    struct Word {
        var text: String
        var start: Int
    }

    /// The words before the cursor; the last one is the word being completed (empty when the
    /// cursor follows a space).
    private(set) var words: [Word] = []
    /// True when the cursor is inside a `#` comment: nothing to complete.
    private(set) var inComment = false

    /// Scans `text` (the line up to the cursor).
    init(_ text: String) {
        var current = Word(text: "", start: 0)
        var offset = 0
        var quote: Character?
        for character in text {
            defer { offset += character.utf8.count }
            if let open = quote {
                current.text.append(character)
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'":
                if current.text.isEmpty { current.start = offset }
                current.text.append(character)
                quote = character
            case ";", "{", "}", "\n":
                words = []
                current = Word(text: "", start: offset + character.utf8.count)
            case " ", "\t", "\\":
                if !current.text.isEmpty { words.append(current) }
                current = Word(text: "", start: offset + character.utf8.count)
            case "#":
                inComment = true
                return
            default:
                if current.text.isEmpty { current.start = offset }
                current.text.append(character)
            }
        }
        words.append(current)
    }
}

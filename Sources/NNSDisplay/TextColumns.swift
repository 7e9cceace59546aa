/// Column arithmetic for terminal text: how wide a string shows, and padding to a width.
///
/// Every character the renderers emit (ASCII, block elements, box drawing, braille, arrows) is
/// one column wide, so the visible width is the number of characters outside escape sequences.
enum TextColumns {
    /// Horizontal alignment inside a padded field.
    enum Alignment { case left, right, center }

    /// The number of columns `text` occupies: its Unicode scalars outside `ESC[…` control
    /// sequences (which end in a byte 0x40–0x7E). Counted on the UTF-8 bytes, skipping
    /// continuation bytes, because colour grids measure megabytes of text.
    static func width(_ text: String) -> Int {
        var count = 0
        var state = 0  // 0 text, 1 after ESC, 2 inside the sequence
        for byte in text.utf8 {
            switch state {
            case 1: state = byte == UInt8(ascii: "[") ? 2 : 0
            case 2: if (0x40...0x7E).contains(byte) { state = 0 }
            default:
                if byte == 0x1B {
                    state = 1
                } else if byte & 0xC0 != 0x80 {
                    count += 1
                }
            }
        }
        return count
    }

    /// `text` padded with spaces to `width` columns (never truncated).
    static func pad(_ text: String, to width: Int, _ alignment: Alignment = .left) -> String {
        let missing = max(0, width - self.width(text))
        switch alignment {
        case .left: return text + String(repeating: " ", count: missing)
        case .right: return String(repeating: " ", count: missing) + text
        case .center:
            let left = missing / 2
            return String(repeating: " ", count: left) + text
                + String(repeating: " ", count: missing - left)
        }
    }

    /// Plain `text` (no escape codes) cut to at most `width` columns, ending in `ellipsis` when cut.
    static func truncate(_ text: String, to width: Int, ellipsis: String) -> String {
        guard text.count > width else { return text }
        guard width > ellipsis.count else { return String(text.prefix(max(0, width))) }
        return String(text.prefix(width - ellipsis.count)) + ellipsis
    }
}

extension String {
    /// The string without spaces at its end (plain text only: escape codes end in a letter).
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}

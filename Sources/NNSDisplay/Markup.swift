/// What the SVG and HTML renderers share about writing markup.
enum Markup {
    /// `text` with the five XML special characters replaced by entities (`&amp;`, `&lt;`,
    /// `&gt;`, `&quot;`, `&apos;`), safe in SVG and HTML text and attribute values.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// The REPL's prompts, IPython style: `In [3]: ` for entry 3 and `   ...: ` (as wide) while a
/// `{ … }` block or a continued line is still being typed. In colour the prompt is green with a
/// bold number; each colour code is wrapped in `Prompt.literalMarker` so libedit knows it takes
/// no room on screen (libedit needs a visible character after every such run, so the colour
/// is reset before the prompt's final space).
struct Prompt: Sendable, Equatable {
    /// The character libedit is told (`EL_PROMPT_ESC`) brackets non-printing prompt text.
    static let literalMarker: Character = "\u{1}"

    /// The entry number shown, from 1.
    var number: Int
    /// Whether to colour the prompt.
    var color: Bool

    /// `In [number]: `.
    var main: String {
        code("32") + "In [" + code("1") + String(number) + code("22") + "]:" + code("0") + " "
    }

    /// `...: ` right-aligned under the main prompt's `]: `.
    var continuation: String {
        let width = "In [\(number)]: ".count
        return code("32") + String(repeating: " ", count: width - 5) + "...:" + code("0") + " "
    }

    /// The escape sequence for SGR `parameters`, marked as taking no room; empty without colour.
    private func code(_ parameters: String) -> String {
        guard color else { return "" }
        return "\(Prompt.literalMarker)\u{1B}[\(parameters)m\(Prompt.literalMarker)"
    }
}

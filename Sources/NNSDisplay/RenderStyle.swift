/// Everything a renderer needs to know about where its text will be shown: whether it may use
/// colour escape codes, whether it may use Unicode symbols, and how many columns fit on a line.
///
/// Decided once per session (`automatic(isTerminal:environment:columns:)`) and passed to every
/// renderer. With `color == .none` no renderer emits a single escape code, so the text is clean
/// for files, pipes, golden tests and `NO_COLOR` users.
public struct RenderStyle: Sendable, Equatable {
    /// Which colour escape codes may be used (`.none` means none at all).
    public var color: ColorMode
    /// `true`: block elements, box drawing, braille, arrows; `false`: 7-bit ASCII only.
    public var unicode: Bool
    /// Terminal width in columns (at least `RenderStyle.minimumWidth`); wide views wrap or
    /// shrink to fit it.
    public var width: Int

    /// The narrowest width renderers plan for; smaller requested widths are raised to it.
    public static let minimumWidth = 20

    /// A style from its three choices; `width` is raised to `minimumWidth` if smaller.
    public init(color: ColorMode, unicode: Bool, width: Int = 80) {
        self.color = color
        self.unicode = unicode
        self.width = max(Self.minimumWidth, width)
    }

    /// 7-bit ASCII, no colour, 80 columns: the most portable output.
    public static let ascii = RenderStyle(color: .none, unicode: false, width: 80)
    /// Unicode symbols, no colour, 80 columns: what a pipe or a `NO_COLOR` terminal gets.
    public static let plainUnicode = RenderStyle(color: .none, unicode: true, width: 80)

    /// Whether any escape codes may appear in the output.
    public var usesColor: Bool { color != .none }

    /// The style for a session, decided from plain values (nothing is read from the process):
    ///
    /// - colour only when `isTerminal`, `NO_COLOR` is unset or empty (https://no-color.org) and
    ///   `TERM` is not `dumb`; a non-empty `FORCE_COLOR` other than `0` forces it on even for a
    ///   pipe (NO_COLOR still wins). `COLORTERM` = `truecolor`/`24bit` selects 24-bit colour,
    ///   anything else the 256-colour palette.
    /// - Unicode unless `TERM` is `dumb` or the first set of `LC_ALL`, `LC_CTYPE`, `LANG` names a
    ///   locale without UTF-8 (such as `C` or `POSIX`). No locale variable at all means Unicode.
    /// - width from `columns` when positive, else `COLUMNS` when it is a positive integer,
    ///   else 80.
    ///
    /// - Parameters:
    ///   - isTerminal: whether standard output is a terminal (`isatty(1)`).
    ///   - environment: the process environment (e.g. `ProcessInfo.processInfo.environment`).
    ///   - columns: the terminal width from `ioctl(TIOCGWINSZ)`, or nil when unknown.
    public static func automatic(
        isTerminal: Bool, environment: [String: String], columns: Int? = nil
    ) -> RenderStyle {
        let term = environment["TERM"] ?? ""
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let forced = !(environment["FORCE_COLOR"] ?? "").isEmpty && environment["FORCE_COLOR"] != "0"
        var color = ColorMode.none
        if !noColor, term != "dumb", isTerminal || forced {
            let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
            color = colorTerm == "truecolor" || colorTerm == "24bit" ? .truecolor : .palette256
        }
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy
            .compactMap { environment[$0] }.first { !$0.isEmpty }
        var unicode = term != "dumb"
        if let locale {
            let lowered = locale.lowercased()
            unicode = unicode && (lowered.contains("utf-8") || lowered.contains("utf8"))
        }
        var width = 80
        if let columns, columns > 0 {
            width = columns
        } else if let text = environment["COLUMNS"], let value = Int(text), value > 0 {
            width = value
        }
        return RenderStyle(color: color, unicode: unicode, width: width)
    }

    /// `text` wrapped in the escape codes for the given colours and weight, followed by a reset;
    /// `text` unchanged when colour is off or nothing is asked for.
    public func paint(
        _ text: String, foreground: RGB? = nil, background: RGB? = nil, bold: Bool = false
    ) -> String {
        guard usesColor, foreground != nil || background != nil || bold, !text.isEmpty else { return text }
        var codes = bold ? ANSI.bold : ""
        if let foreground { codes += ANSI.foreground(foreground, mode: color) }
        if let background { codes += ANSI.background(background, mode: color) }
        return codes + text + ANSI.reset
    }

    /// A right arrow for captions such as "7→2": `→` with Unicode, `->` without.
    public var arrow: String { unicode ? "→" : "->" }

    /// An ellipsis: `…` with Unicode, `...` without.
    public var ellipsis: String { unicode ? "…" : "..." }
}

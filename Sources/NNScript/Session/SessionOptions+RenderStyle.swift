import NNSDisplay

extension SessionOptions {
    /// How pictures, tables and progress bars are drawn for this session: colour when `color` is
    /// on and `NO_COLOR` is not set in `environment` (24-bit when `COLORTERM` is `truecolor` or
    /// `24bit`, else the 256-colour palette), Unicode symbols when `unicode` is on,
    /// `terminalWidth` columns. Without colour the renderers emit no escape code at all.
    public var renderStyle: RenderStyle {
        var mode = ColorMode.none
        if color, (environment["NO_COLOR"] ?? "").isEmpty {
            let colorTerm = (environment["COLORTERM"] ?? "").lowercased()
            mode = colorTerm == "truecolor" || colorTerm == "24bit" ? .truecolor : .palette256
        }
        return RenderStyle(color: mode, unicode: unicode, width: terminalWidth)
    }
}

import NNSDisplay

extension SessionOptions {
    /// How pictures, tables and progress bars are drawn for this session: colour (256-colour
    /// palette) when `color`, Unicode when `unicode`, `terminalWidth` columns.
    public var renderStyle: RenderStyle {
        RenderStyle(color: color ? .palette256 : .none, unicode: unicode, width: terminalWidth)
    }
}

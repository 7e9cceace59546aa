/// The colours given to the curves of a chart, in order (the "tab10" colours of matplotlib, so
/// curves look like those in the users' notebooks). Series i gets `colors[i % 8]`.
public enum SeriesPalette {
    /// Blue, orange, green, red, purple, brown, pink, grey.
    public static let colors: [RGB] = [
        RGB(31, 119, 180), RGB(255, 127, 14), RGB(44, 160, 44), RGB(214, 39, 40),
        RGB(148, 103, 189), RGB(140, 86, 75), RGB(227, 119, 194), RGB(127, 127, 127),
    ]

    /// Plain-text markers for the curves when colour cannot tell them apart: series i gets
    /// `markers[i % 8]` ("+" is left out: the ASCII axes use it for ticks).
    public static let markers: [Character] = ["*", "o", "x", "#", "@", "%", "&", "="]

    /// The colour of series `index`.
    public static func color(_ index: Int) -> RGB { colors[index % colors.count] }

    /// The plain-text marker of series `index`.
    public static func marker(_ index: Int) -> Character { markers[index % markers.count] }
}

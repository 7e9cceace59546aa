/// Terminal drawing of a greyscale picture such as one MNIST digit (values in [0, 1],
/// 0 = black background, 1 = white ink, as in the IDX files divided by 255).
///
/// A w×h raster takes w columns and ⌈h/2⌉ lines (see `HalfBlockPainter`). With colour each pixel
/// gets its own grey (24-step ramp 232–255 plus black and white in the 256-colour palette, the
/// exact grey in truecolor); without colour a shade ramp stands in: " ░▒▓█" with Unicode,
/// " .:-=+*#%@" in ASCII (dense characters for bright pixels).
public enum GreyscaleImage {
    /// Shade characters from black to white with Unicode.
    public static let unicodeShades: [Character] = [" ", "░", "▒", "▓", "█"]
    /// Shade characters from black to white in ASCII.
    public static let asciiShades: [Character] = [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]

    /// The picture as text lines joined by "\n" (no trailing newline), with `caption` (e.g.
    /// "label 7") centred on a line below when given.
    public static func render(_ raster: Raster, caption: String? = nil, style: RenderStyle) -> String {
        var lines = HalfBlockPainter.lines(
            raster, style: style, color: { RGB.grey(brightness: $0) }, shade: { shade($0, style: style) })
        if let caption {
            lines.append(TextColumns.pad(caption, to: raster.width, .center).trimmingTrailingSpaces())
        }
        return lines.joined(separator: "\n")
    }

    /// The shade character for a brightness in [0, 1] (clamped): the ramp is cut into equal
    /// intervals, so with Unicode [0, 0.2) → " ", …, [0.8, 1] → "█".
    static func shade(_ value: Float, style: RenderStyle) -> Character {
        let ramp = style.unicode ? unicodeShades : asciiShades
        let index = Int(min(1, max(0, value)) * Float(ramp.count))
        return ramp[min(ramp.count - 1, index)]
    }
}

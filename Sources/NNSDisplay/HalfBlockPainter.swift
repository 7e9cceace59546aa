/// Turns a `Raster` into terminal lines, two pixel rows per line and one pixel per column, so a
/// 28×28 image becomes 28 columns × 14 lines (terminal cells are about twice as tall as wide).
///
/// - colour and Unicode: "▀" with the top pixel as foreground and the bottom one as background;
/// - colour without Unicode: a space whose background is the colour of the pair's mean;
/// - no colour: one shade character for the mean of the pair.
///
/// An odd last row is drawn alone (its half-block gets the terminal's own background).
enum HalfBlockPainter {
    /// The lines (without newlines), each `raster.width` columns wide (plain lines without their
    /// trailing blanks).
    /// - Parameters:
    ///   - color: the colour of a sample value.
    ///   - shade: the plain-text character of a (mean) sample value.
    static func lines(
        _ raster: Raster, style: RenderStyle,
        color: (Float) -> RGB, shade: (Float) -> Character
    ) -> [String] {
        stride(from: 0, to: raster.height, by: 2).map { top in
            let hasBottom = top + 1 < raster.height
            func mean(_ x: Int) -> Float {
                hasBottom ? (raster[x: x, y: top] + raster[x: x, y: top + 1]) / 2 : raster[x: x, y: top]
            }
            guard style.usesColor else {
                return String((0..<raster.width).map { shade(mean($0)) }).trimmingTrailingSpaces()
            }
            var line = ""
            var painter = CellPainter(mode: style.color)
            for x in 0..<raster.width {
                if style.unicode {
                    let bottom = hasBottom ? color(raster[x: x, y: top + 1]) : nil
                    painter.append("▀", foreground: color(raster[x: x, y: top]), background: bottom, to: &line)
                } else {
                    painter.append(" ", foreground: nil, background: color(mean(x)), to: &line)
                }
            }
            return line + ANSI.reset
        }
    }
}

/// Appends coloured characters to a line, emitting an escape code only when a colour changes
/// (a 28×28 digit is mostly one colour, so this keeps the text small).
struct CellPainter {
    let mode: ColorMode
    private var foreground: RGB?
    private var background: RGB?
    private var backgroundIsDefault = false

    init(mode: ColorMode) { self.mode = mode }

    /// Appends `character` drawn in `foreground` (unchanged when nil) on `background` (the
    /// terminal's default when nil) to `line`.
    mutating func append(_ character: Character, foreground: RGB?, background: RGB?, to line: inout String) {
        if let foreground, foreground != self.foreground {
            line += ANSI.foreground(foreground, mode: mode)
            self.foreground = foreground
        }
        if let background {
            if background != self.background || backgroundIsDefault {
                line += ANSI.background(background, mode: mode)
                self.background = background
                backgroundIsDefault = false
            }
        } else if !backgroundIsDefault {
            line += ANSI.defaultBackground
            self.background = nil
            backgroundIsDefault = true
        }
        line.append(character)
    }
}

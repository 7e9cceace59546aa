/// Escape sequences for colour on a terminal (SGR codes), for the palette and 24-bit modes.
///
/// Only renderers call this, and only when their `RenderStyle.color` is not `.none`.
enum ANSI {
    /// Resets colour and weight (`ESC[0m`).
    static let reset = "\u{1B}[0m"
    /// Bold weight (`ESC[1m`).
    static let bold = "\u{1B}[1m"
    /// Restores the terminal's default background (`ESC[49m`).
    static let defaultBackground = "\u{1B}[49m"

    /// The code setting the text (foreground) colour; empty for `.none`.
    static func foreground(_ color: RGB, mode: ColorMode) -> String { code(38, color, mode) }

    /// The code setting the background colour; empty for `.none`.
    static func background(_ color: RGB, mode: ColorMode) -> String { code(48, color, mode) }

    private static func code(_ layer: Int, _ color: RGB, _ mode: ColorMode) -> String {
        switch mode {
        case .none: return ""
        case .palette256: return "\u{1B}[\(layer);5;\(paletteIndex(color))m"
        case .truecolor: return "\u{1B}[\(layer);2;\(color.red);\(color.green);\(color.blue)m"
        }
    }

    /// The component values of the 6 steps of the xterm colour cube.
    private static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// For each component value 0…255, the index of the nearest cube step.
    private static let nearestCubeStep: [Int] = (0...255).map { value in
        cubeLevels.indices.min { abs(cubeLevels[$0] - value) < abs(cubeLevels[$1] - value) } ?? 0
    }

    /// The xterm-256 palette index closest to `color` (squared RGB distance) among the 6×6×6 cube
    /// (16–231, which includes pure black and white) and the grey ramp 232–255 (8, 18, …, 238).
    static func paletteIndex(_ color: RGB) -> Int {
        let (red, green, blue) = (Int(color.red), Int(color.green), Int(color.blue))
        let (r, g, b) = (nearestCubeStep[red], nearestCubeStep[green], nearestCubeStep[blue])
        let cubeDistance = square(cubeLevels[r] - red) + square(cubeLevels[g] - green) + square(cubeLevels[b] - blue)
        let step = min(23, max(0, ((red + green + blue) / 3 - 3) / 10))
        let grey = 8 + 10 * step
        let greyDistance = square(grey - red) + square(grey - green) + square(grey - blue)
        return greyDistance < cubeDistance ? 232 + step : 16 + 36 * r + 6 * g + b
    }

    private static func square(_ value: Int) -> Int { value * value }
}

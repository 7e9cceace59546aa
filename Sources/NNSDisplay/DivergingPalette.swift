/// The blue–white–red colour scale for signed values (weights, biases, differences), symmetric
/// around 0: −limit is full blue, 0 is white, +limit is full red, linear in between (ColorBrewer
/// RdBu end points). Values beyond ±limit are clamped; a limit of 0 draws everything white.
public enum DivergingPalette {
    /// The colour for −limit.
    public static let negative = RGB(33, 102, 172)
    /// The colour for 0.
    public static let zero = RGB(247, 247, 247)
    /// The colour for +limit.
    public static let positive = RGB(178, 24, 43)

    /// The colour of `value` on the scale −limit…+limit (NaN is drawn as 0).
    public static func color(_ value: Float, limit: Float) -> RGB {
        let t = normalized(value, limit: limit)
        return t < 0 ? zero.mixed(with: negative, fraction: Double(-t))
            : zero.mixed(with: positive, fraction: Double(t))
    }

    /// The colour of `value` for a terminal in `mode`: with the 256-colour palette, the nearest
    /// of 11 palette colours chosen along the same blue–white–red path (`paletteSteps`), because
    /// rounding each continuous colour to the palette separately tints pale blues and reds
    /// green or violet; otherwise `color(_:limit:)`.
    public static func color(_ value: Float, limit: Float, for mode: ColorMode) -> RGB {
        guard mode == .palette256 else { return color(value, limit: limit) }
        let t = normalized(value, limit: limit)
        let half = paletteSteps.count / 2
        return paletteSteps[half + Int((t * Float(half)).rounded())]
    }

    /// xterm-palette colours from −limit to +limit (indices 25, 68, 110, 153, 189, 231, 224,
    /// 217, 210, 167, 124), each exactly a colour-cube entry.
    static let paletteSteps: [RGB] = [
        RGB(0, 95, 175), RGB(95, 135, 215), RGB(135, 175, 215), RGB(175, 215, 255), RGB(215, 215, 255),
        RGB(255, 255, 255),
        RGB(255, 215, 215), RGB(255, 175, 175), RGB(255, 135, 135), RGB(215, 95, 95), RGB(175, 0, 0),
    ]

    /// `value / limit` clamped to [−1, 1]; 0 for NaN or a non-positive limit.
    static func normalized(_ value: Float, limit: Float) -> Float {
        guard limit > 0, limit.isFinite, !value.isNaN else { return 0 }
        return min(1, max(-1, value / limit))
    }

    /// Plain-text characters from strongest negative to strongest positive, blank in the middle.
    static let shades: [Character] = ["#", "=", "-", " ", "+", "*", "@"]

    /// The plain-text shade of `value`: blank below 1/8 of the limit, then three steps of
    /// strength each side (`-` `=` `#` for negative, `+` `*` `@` for positive).
    static func shade(_ value: Float, limit: Float) -> Character {
        let t = normalized(value, limit: limit)
        let strength = abs(t) < 0.125 ? 0 : (abs(t) < 0.375 ? 1 : (abs(t) < 0.625 ? 2 : 3))
        return shades[3 + (t < 0 ? -strength : strength)]
    }
}

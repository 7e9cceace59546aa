/// Terminal drawing of signed values — typically the 784 incoming weights w^l_jk of one hidden
/// neuron j seen as 28×28, which shows what the neuron "looks for" — on the blue–white–red
/// `DivergingPalette`, symmetric around 0: by default ±(largest |value|), so 0 is always white.
///
/// Same geometry as `GreyscaleImage` (w columns × ⌈h/2⌉ lines). Without colour, signed shade
/// characters: `-` `=` `#` for growing negative values, `+` `*` `@` for positive, blank near 0.
public enum HeatMap {
    /// The heat map, then a legend line with the range, then `caption` when given; lines joined
    /// by "\n" with no trailing newline.
    /// - Parameter limit: the half-range of the scale (values at ±limit get the full colour);
    ///   nil uses `raster.largestMagnitude`. Pass one shared limit to compare several maps.
    public static func render(
        _ raster: Raster, limit: Float? = nil, caption: String? = nil, style: RenderStyle
    ) -> String {
        let limit = limit ?? raster.largestMagnitude
        var lines = HalfBlockPainter.lines(
            raster, style: style,
            color: { DivergingPalette.color($0, limit: limit, for: style.color) },
            shade: { DivergingPalette.shade($0, limit: limit) })
        lines.append(legend(limit: limit, style: style))
        if let caption { lines.append(caption) }
        return lines.joined(separator: "\n")
    }

    /// One line explaining the scale −limit…+limit: a colour gradient between the two numbers,
    /// or the shade characters in plain text: "-0.421 [#=- +*@] +0.421".
    public static func legend(limit: Float, style: RenderStyle) -> String {
        let low = "-" + NumberText.compact(Double(limit))
        let high = "+" + NumberText.compact(Double(limit))
        guard style.usesColor else {
            return "\(low) [\(String(DivergingPalette.shades))] \(high)"
        }
        let steps = 15
        var bar = ""
        var painter = CellPainter(mode: style.color)
        for step in 0..<steps {
            let value = Float(2 * step - (steps - 1)) / Float(steps - 1) * limit
            let color = DivergingPalette.color(value, limit: limit, for: style.color)
            painter.append(" ", foreground: nil, background: color, to: &bar)
        }
        return "\(low) \(bar)\(ANSI.reset) \(high)"
    }
}

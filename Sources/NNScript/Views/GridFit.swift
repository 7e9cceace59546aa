import NNSDisplay

/// How much to shrink the pictures of a terminal `ImageGrid` so the grid fits: every picture
/// no wider than the terminal, and the whole grid within a number of lines (a screenful or
/// two), but pictures no smaller than a side that still shows what they are.
enum GridFit {
    /// The smallest factor f ≥ 1 (pictures become ⌈width/f⌉ × ⌈height/f⌉, each sample the mean
    /// of an f×f block) such that a picture fits `style.width` and `count` captioned pictures,
    /// `gap` columns apart, take at most `lineBudget` lines; shrinking stops before the longer
    /// side of a picture would fall below `minimumSide` (unless only that fits the width).
    static func factor(
        width: Int, height: Int, count: Int, gap: Int = 2, lineBudget: Int, minimumSide: Int, style: RenderStyle
    ) -> Int {
        let side = max(width, height, 1)
        var factor = 1
        while ceilingDivision(width, factor) > style.width, factor < side { factor += 1 }
        while lines(width: width, height: height, count: count, factor: factor, gap: gap, style: style) > lineBudget,
              factor < side, ceilingDivision(side, factor + 1) >= minimumSide {
            factor += 1
        }
        return factor
    }

    /// Lines taken by `count` pictures shrunk by `factor`: rows of cells, each ⌈h/2⌉ picture
    /// lines and a caption line, with an empty line between rows (as `ImageGrid` draws them).
    static func lines(width: Int, height: Int, count: Int, factor: Int, gap: Int, style: RenderStyle) -> Int {
        let cellWidth = ceilingDivision(width, factor)
        let perRow = max(1, (style.width + gap) / (cellWidth + gap))
        let rows = ceilingDivision(count, perRow)
        return rows * ((ceilingDivision(height, factor) + 1) / 2 + 1) + max(0, rows - 1)
    }

    private static func ceilingDivision(_ value: Int, _ divisor: Int) -> Int {
        (value + divisor - 1) / divisor
    }
}

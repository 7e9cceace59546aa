import NNSDisplay

extension RenderStyle {
    /// The sign between the sides of a shape such as "28×28": `×` with Unicode, `x` without.
    var times: String { unicode ? "×" : "x" }
}

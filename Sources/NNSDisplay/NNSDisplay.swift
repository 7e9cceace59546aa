/// # NNSDisplay — turning numbers into pictures
///
/// Owns terminal rendering (greyscale digits with Unicode half-blocks or ASCII shades,
/// diverging heat maps, bar charts, histograms, line charts, tables, progress bars) and image
/// files (PNG, SVG). Every renderer is a pure function from plain values (`[Float]`, `[UInt8]`,
/// sizes, labels) and a `RenderStyle` to text or bytes.
///
/// Must not know: networks, data sets, the command language, or where the output goes.
public enum NNSDisplayModule {}

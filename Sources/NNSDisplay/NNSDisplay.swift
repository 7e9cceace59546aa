/// # NNSDisplay — turning numbers into pictures
///
/// Owns terminal rendering (greyscale digits with Unicode half-blocks or ASCII shades,
/// diverging heat maps, bar charts, histograms, line charts, tables, confusion matrices,
/// progress bars) and image files (PNG, SVG). Every renderer is a pure function from plain
/// values (`[Float]`, `[UInt8]`, `[Double]`, sizes, labels) and a `RenderStyle` to a `String`
/// (lines joined by "\n", no trailing newline) or to file bytes (`[UInt8]`).
///
/// Must not know: networks, data sets, the command language, or where the output goes.
///
/// ## Map of the API (what a command would call)
/// - Session set-up: `RenderStyle.automatic(isTerminal:environment:columns:)`.
/// - `show test[7]`: `Raster(width:height:bytes:)`, `GreyscaleImage.render(_:caption:style:)`;
///   to a file: `PNGPictures.greyscale(_:scale:)`.
/// - `predict`: the image, then `BarChart.render(labels:values:highlight:decimals:width:style:)`.
/// - `weights`: `SummaryStatistics(_:).summary(decimals:)`, `Histogram(values:bins:range:)`
///   and `render(decimals:width:style:)`; `weights layer=1 neuron=5`: `HeatMap.render`;
///   `weights layer=1 grid`: `ImageGrid.render` with `GridCell`s, `PNGPictures.grid`.
/// - `activations`: `BarChart.render` per layer (negative z values are fine).
/// - `confusion`: `ConfusionMatrix(trueLabels:predictions:classCount:)`,
///   `ConfusionMatrixView.render(_:classNames:pairs:style:)`.
/// - `errors`: `ImageGrid.render` with `ImageGrid.errorCaption(...)` captions.
/// - `history` / `plot`: `ChartSeries`, `LineChart.render`, `TextTable.render`;
///   to files: `PNGPictures.lineChart`, `SVGLineChart.render`.
/// - `sgd`: `ProgressBar.line` / `redraw` / `clear` on a terminal, `EpochLine.text` otherwise.
/// - Any other PNG: `PNGEncoder.encode(width:height:colorType:pixels:)`.
public enum NNSDisplayModule {}

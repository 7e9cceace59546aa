/// One picture of an `ImageGrid` (terminal) or `PNGPictures.grid` (file): a raster, how to
/// colour it, and a short caption such as "neuron 5" or "7→2 0.93".
public struct GridCell: Sendable, Equatable {
    /// How the samples of a cell are turned into colours.
    public enum Palette: Sendable, Equatable {
        /// Values in [0, 1], 0 = black … 1 = white (see `GreyscaleImage`).
        case greyscale
        /// Signed values on the blue–white–red scale ±limit (see `HeatMap`); a nil limit uses
        /// the cell's own largest |value|.
        case diverging(limit: Float?)
    }

    /// The samples, row-major, top row first.
    public var raster: Raster
    /// How to colour the samples.
    public var palette: Palette
    /// Text under the picture in a terminal (cut to the cell width); not drawn into PNG files.
    public var caption: String

    /// A cell from its picture, palette and caption.
    public init(_ raster: Raster, palette: Palette, caption: String = "") {
        self.raster = raster
        self.palette = palette
        self.caption = caption
    }

    /// The scale half-range of a diverging cell: its own limit, or its largest |value|.
    var divergingLimit: Float {
        if case let .diverging(limit?) = palette { return limit }
        return raster.largestMagnitude
    }

    /// The colour of a sample under this cell's palette, for a picture file (`.truecolor`) or
    /// a terminal in `mode` (the limit is worked out once, not per sample).
    func colors(for mode: ColorMode = .truecolor) -> @Sendable (Float) -> RGB {
        guard case .diverging = palette else { return { RGB.grey(brightness: $0) } }
        let limit = divergingLimit
        return { DivergingPalette.color($0, limit: limit, for: mode) }
    }
}

import NNSDisplay

/// How a list of n values — the incoming weights w^l_jk of one neuron j, k = 0 ..< n — is laid
/// out as a picture: as the input images (`rows × columns`, e.g. 28×28) when the values are
/// pixel weights, otherwise as squarely as possible.
///
/// `Raster.shape(forCount:)` gives the most square exact factorisation (30 → 6×5, 784 → 28×28);
/// when that is a thin strip (wider than 3 × its height, e.g. a prime 101 → 101×1) the values
/// are instead written into ⌈√n⌉ columns, row after row, and the last row is padded with zeros
/// (drawn like a zero weight).
struct PictureShape: Sendable, Equatable {
    /// Columns of the picture.
    let width: Int
    /// Rows of the picture.
    let height: Int

    /// The shape for `count` values (≥ 1); `image` is the input images' (rows, columns), used
    /// when it holds exactly `count` pixels.
    init(count: Int, image: (rows: Int, columns: Int)? = nil) {
        if let image, image.rows * image.columns == count {
            (width, height) = (image.columns, image.rows)
            return
        }
        let exact = Raster.shape(forCount: max(1, count))
        if exact.width <= 3 * exact.height {
            (width, height) = exact
        } else {
            let columns = Int(Double(count).squareRoot().rounded(.up))
            (width, height) = (columns, (count + columns - 1) / columns)
        }
    }

    /// A `width × height` picture (e.g. a convolution filter's slices in a grid).
    init(width: Int, height: Int) {
        self.width = max(1, width)
        self.height = max(1, height)
    }

    /// `values` (at most `width × height`) as a raster of this shape, zero-padded at the end.
    func raster(_ values: [Float]) throws(InspectionError) -> Raster {
        let padded = values + [Float](repeating: 0, count: max(0, width * height - values.count))
        return try InspectionError.rendering { () throws(DisplayError) in
            try Raster(width: width, height: height, values: padded)
        }
    }

    /// "28×28" ("28x28" in ASCII), or "11×10, last row padded" when the values do not fill it.
    func text(count: Int, style: RenderStyle) -> String {
        let size = "\(width)\(style.times)\(height)"
        return width * height == count ? size : size + ", last row padded"
    }
}

import NNSDisplay

/// `show test[7]`: one image of a data set with its label, drawn in the terminal or written as a
/// greyscale PNG.
enum ImageView {
    /// Each pixel of a PNG written by `show … to=` becomes a square this many pixels wide
    /// (a 28×28 MNIST digit gives a 280×280 picture).
    static let pngScale = 10

    /// The picture (`columns` wide, ⌈rows/2⌉ lines), then a caption such as "test[7]: label 7"
    /// ("test[0]: label 9 Ankle boot" when classes have names).
    /// - Parameter index: the image, in `0 ..< set.count`.
    static func render(_ set: InspectedSet, index: Int, style: RenderStyle) throws(InspectionError) -> String {
        let raster = try set.raster(at: index)
        return GreyscaleImage.render(raster, caption: caption(set, index), style: style)
    }

    /// The bytes of an 8-bit greyscale PNG of image `index`, `pngScale` times its size
    /// (0 = black background, 255 = white ink, as in the data).
    static func png(_ set: InspectedSet, index: Int) throws(InspectionError) -> [UInt8] {
        let raster = try set.raster(at: index)
        return try InspectionError.rendering { () throws(DisplayError) in
            try PNGPictures.greyscale(raster, scale: pngScale)
        }
    }

    /// "test[7]: label 7".
    static func caption(_ set: InspectedSet, _ index: Int) -> String {
        "\(set.name)[\(index)]: label \(set.labelText(set.label(at: index)))"
    }
}

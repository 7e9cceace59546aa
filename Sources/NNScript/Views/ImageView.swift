import NNSDisplay

/// `show test[7]`: one image of a data set with its label, drawn in the terminal or written as a
/// greyscale PNG.
enum ImageView {
    /// Each pixel of a PNG written by `show … to=` becomes a square this many pixels wide
    /// at most (a 28×28 MNIST digit gives a 280×280 picture; larger images get smaller squares,
    /// down to 1 pixel, so the picture stays about 280 pixels across where it can).
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
            try PNGPictures.greyscale(raster, scale: PNGPictures.scale(forSide: max(raster.width, raster.height), target: 280, maximum: pngScale))
        }
    }

    /// The image as a displayable: the terminal picture, the PNG, and an HTML figure of the PNG
    /// over its caption.
    static func display(_ set: InspectedSet, index: Int, style: RenderStyle) -> Displayable {
        let caption = caption(set, index)
        return Displayable(subject: caption) { () throws(InspectionError) in try render(set, index: index, style: style) }
            .adding(.png) { () throws(InspectionError) in try png(set, index: index) }
            .addingHTML { png in HTMLText.figure(png: png ?? [], alt: caption, caption: [caption]) }
    }

    /// "test[7]: label 7".
    static func caption(_ set: InspectedSet, _ index: Int) -> String {
        "\(set.name)[\(index)]: label \(set.labelText(set.label(at: index)))"
    }
}

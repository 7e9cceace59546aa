import Foundation

/// A pair of unsigned-byte IDX files, images (rank 3: count × rows × columns) and labels
/// (rank 1: count), checked to hold the same number of samples, e.g. MNIST's
/// `t10k-images-idx3-ubyte.gz` with `t10k-labels-idx1-ubyte.gz`.
public struct LabeledIDXImages: Sendable {
    /// The number of samples n.
    public let count: Int
    /// Pixels per image (rows × columns, 784 for MNIST).
    public let pixelsPerImage: Int
    /// n × `pixelsPerImage` bytes, sample-major, each image row-major: sample i's pixels are
    /// `pixels[i*pixelsPerImage ..< (i+1)*pixelsPerImage]`.
    public let pixels: [UInt8]
    /// n labels, one per image, in the same order.
    public let labels: [UInt8]

    /// Reads the images and labels files of one set.
    public init(images: URL, labels: URL) throws(RealDataError) {
        let imageFile = try IDXFile(contentsOf: images, rank: 3)
        let labelFile = try IDXFile(contentsOf: labels, rank: 1)
        guard imageFile.dimensions[0] == labelFile.dimensions[0] else {
            throw .countMismatch(images: images, imageCount: imageFile.dimensions[0],
                                 labels: labels, labelCount: labelFile.dimensions[0])
        }
        count = imageFile.dimensions[0]
        pixelsPerImage = imageFile.dimensions[1] * imageFile.dimensions[2]
        pixels = imageFile.bytes
        self.labels = labelFile.bytes
    }

    /// The set named by `prefix` under ``RealData/directory``, e.g. `"mnist/t10k"` or
    /// `"mnist-train-5k/train"`: the files `<prefix>-images-idx3-ubyte.gz` and
    /// `<prefix>-labels-idx1-ubyte.gz`.
    public init(realData prefix: String) throws(RealDataError) {
        try self.init(images: RealData.file(prefix + "-images-idx3-ubyte.gz"),
                      labels: RealData.file(prefix + "-labels-idx1-ubyte.gz"))
    }

    /// The pixels of samples `range` (clamped to the samples there are), in the same layout as
    /// ``pixels``.
    public func pixels(of range: Range<Int>) -> [UInt8] {
        let samples = range.clamped(to: 0..<count)
        return Array(pixels[(samples.lowerBound * pixelsPerImage)..<(samples.upperBound * pixelsPerImage)])
    }

    /// The labels of samples `range` (clamped to the samples there are).
    public func labels(of range: Range<Int>) -> [UInt8] {
        Array(labels[range.clamped(to: 0..<count)])
    }
}

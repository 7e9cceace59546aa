import NeuralData
import NeuralNet

/// One data set held by the session (`train`, `validation` or `test`): the images as loaded,
/// and the same pixels as the core's `LabeledExamples` (sharing the arrays, no copy).
///
/// Invariant: `examples` has `images.count` samples of `images.pixelsPerImage` inputs and
/// `images.classCount` classes, sample i of `examples` being image i of `images`; `classNames`
/// has at most `images.classCount` entries.
public struct LoadedDataSet: Sendable {
    /// The images and labels, pixels as bytes 0…255, sample-major.
    public let images: LabeledImages
    /// The same samples for training and evaluation (bytes scaled ÷255 per mini-batch).
    public let examples: LabeledExamples
    /// Where the images came from, for `info` (e.g. `mnist from /data/mnist`).
    public let origin: String
    /// A readable name per class, indexed by label: `"7"` for MNIST and IDX files, `"Ankle boot"`
    /// for Fashion-MNIST. Classes beyond the list are named by their number.
    public let classNames: [String]

    /// Wraps `images`, read from `origin`, whose classes are called `classNames` (nil: by their
    /// numbers, "0", "1", …; extra names beyond `images.classCount` are dropped).
    public init(_ images: LabeledImages, origin: String, classNames: [String]? = nil) {
        self.images = images
        self.examples = LabeledExamples(bytes: images.pixels, labels: images.labels,
                                        inputSize: images.pixelsPerImage, classCount: images.classCount)
        self.origin = origin
        self.classNames = Array((classNames ?? (0..<images.classCount).map(String.init)).prefix(images.classCount))
    }

    /// Number of images n.
    public var count: Int { images.count }

    /// The samples as a network with `outputs` output neurons (at least this set's classes)
    /// trains on them: the same arrays, with the class count the network has, since its extra
    /// outputs are classes this set happens not to contain.
    public func examples(forOutputs outputs: Int) -> LabeledExamples {
        guard outputs > images.classCount else { return examples }
        return LabeledExamples(bytes: images.pixels, labels: images.labels, inputSize: images.pixelsPerImage,
                               classCount: outputs)
    }
}

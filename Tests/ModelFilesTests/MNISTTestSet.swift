import Foundation
import NeuralNet
import TestSupport

/// The real MNIST t10k files from the shared test data (see ``RealData``).
enum MNISTTestSet {
    /// The directory holding `t10k-images-idx3-ubyte.gz` and `t10k-labels-idx1-ubyte.gz`.
    static var directory: URL { RealData.directory.appendingPathComponent("mnist") }

    /// The t10k samples `range` (pixels as bytes, 784 per image) with their labels.
    static func examples(_ range: Range<Int>) throws -> LabeledExamples {
        let set = try LabeledIDXImages(realData: "mnist/t10k")
        guard set.count >= range.upperBound else {
            throw Fixtures.Failure(description: "the t10k files hold fewer than \(range.upperBound) samples")
        }
        return LabeledExamples(bytes: set.pixels(of: range), labels: set.labels(of: range),
                               inputSize: set.pixelsPerImage, classCount: 10)
    }
}

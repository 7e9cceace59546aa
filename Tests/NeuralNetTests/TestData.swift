import NeuralNet
import TestSupport

/// The real MNIST files (see ``RealData``) as the core's `LabeledExamples`.
enum TestData {
    /// Images and labels of an IDX pair (e.g. "mnist-train-5k/train") as `LabeledExamples` of
    /// bytes, the first `limit` samples only if given.
    static func examples(_ prefix: String, limit: Int? = nil) throws -> LabeledExamples {
        let set = try LabeledIDXImages(realData: prefix)
        let samples = 0..<min(limit ?? set.count, set.count)
        return LabeledExamples(bytes: set.pixels(of: samples), labels: set.labels(of: samples),
                               inputSize: set.pixelsPerImage, classCount: 10)
    }
}

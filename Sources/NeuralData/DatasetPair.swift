import Foundation

/// A standard data set as published: a training set and a test set (for MNIST and
/// Fashion-MNIST 60,000 and 10,000 images of 28 × 28), and the directories they came from.
public struct DatasetPair: Sendable, Equatable {
    /// The training images (60,000 for MNIST unless loaded with a limit).
    public let training: LabeledImages
    /// The test images (10,000 for MNIST unless loaded with a limit).
    public let test: LabeledImages
    /// The directory the training files were read from ("" if not from files).
    public let trainingDirectory: String
    /// The directory the test files were read from ("" if not from files).
    public let testDirectory: String

    /// Pairs a training and a test set, noting where each came from.
    public init(
        training: LabeledImages, test: LabeledImages, trainingDirectory: String = "", testDirectory: String = ""
    ) {
        self.training = training
        self.test = test
        self.trainingDirectory = trainingDirectory
        self.testDirectory = testDirectory
    }

    /// The book's split of the training set: the first `trainingCount` images for training and
    /// the rest for validation (MNIST: 50,000 and 10,000). The validation set's name has
    /// "training" replaced by "validation" (`mnist validation`). Both are copies of their part
    /// of the pixels; the full set can be dropped afterwards. Throws
    /// ``DataError/splitOutOfRange(name:trainingCount:available:)`` unless
    /// `0 ≤ trainingCount ≤ training.count`.
    public func bookSplit(
        trainingCount: Int = 50_000
    ) throws(DataError) -> (training: LabeledImages, validation: LabeledImages) {
        try training.split(at: trainingCount)
    }
}

/// The four files of an MNIST-style data set. Fashion-MNIST uses the same names as MNIST.
///
/// `allCases` is in download order, smallest first, so that a bad mirror is found out on a
/// small file.
public enum DatasetFile: String, CaseIterable, Sendable {
    /// 60,000 training labels, `train-labels-idx1-ubyte.gz` (uint8, 1 dimension).
    case trainingLabels = "train-labels-idx1-ubyte"
    /// 10,000 test labels, `t10k-labels-idx1-ubyte.gz` (uint8, 1 dimension).
    case testLabels = "t10k-labels-idx1-ubyte"
    /// 10,000 test images, `t10k-images-idx3-ubyte.gz` (uint8, 10,000 × 28 × 28).
    case testImages = "t10k-images-idx3-ubyte"
    /// 60,000 training images, `train-images-idx3-ubyte.gz` (uint8, 60,000 × 28 × 28).
    case trainingImages = "train-images-idx3-ubyte"

    /// The canonical (gzip) file name, as published, e.g. `train-images-idx3-ubyte.gz`.
    public var fileName: String { rawValue + ".gz" }

    /// Names accepted on disk, in order of preference: the gzip file, the decompressed file, and
    /// the decompressed name some unzip tools produce (`train-images.idx3-ubyte`).
    public var acceptedNames: [String] {
        [fileName, rawValue, rawValue.replacingFirst("-idx", with: ".idx")]
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced.
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}

/// The image data sets nns knows by name. Both have 60,000 training and 10,000 test images of
/// 28 × 28 uint8 pixels (0 = background) with labels 0…9, in identically named IDX files.
public enum StandardDataset: String, CaseIterable, Sendable {
    /// LeCun, Cortes and Burges's handwritten digits, the data set of Nielsen's book.
    case mnist
    /// Zalando's Fashion-MNIST: clothing images, a drop-in replacement for MNIST.
    case fashion

    /// The name for messages: `MNIST` or `Fashion-MNIST`.
    public var displayName: String {
        switch self {
        case .mnist: "MNIST"
        case .fashion: "Fashion-MNIST"
        }
    }

    /// Number of classes (labels are 0..<classCount): 10 for both.
    public var classCount: Int { 10 }

    /// A readable name per class, indexed by label.
    public var classNames: [String] {
        switch self {
        case .mnist:
            (0..<10).map(String.init)
        case .fashion:
            ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
             "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]
        }
    }

    /// Sub-directory names searched below a data directory, and the first is where downloads go.
    public var directoryNames: [String] {
        switch self {
        case .mnist: ["mnist"]
        case .fashion: ["fashion-mnist", "fashion"]
        }
    }

    /// The environment variable that overrides the mirror list with a directory or base URL.
    public var mirrorVariable: String {
        switch self {
        case .mnist: "MNIST_MIRROR"
        case .fashion: "FASHION_MNIST_MIRROR"
        }
    }

    /// The canonical public mirrors, tried in order; each is a base URL ending in `/`.
    public var defaultMirrors: [String] {
        switch self {
        case .mnist:
            ["https://ossci-datasets.s3.amazonaws.com/mnist/",
             "https://storage.googleapis.com/cvdf-datasets/mnist/",
             "http://yann.lecun.com/exdb/mnist/"]
        case .fashion:
            ["http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"]
        }
    }

    /// The published size in bytes and MD5 of each original `.gz` file, for verifying downloads.
    /// MNIST: the files of yann.lecun.com and its mirrors; Fashion-MNIST: its README's table.
    /// Files found locally are not checked against these (Debian's `dataset-fashion-mnist`, for
    /// one, recompressed its copies: same images, different bytes); they are only decoded.
    public func checksum(of file: DatasetFile) -> FileChecksum {
        switch (self, file) {
        case (.mnist, .trainingImages): FileChecksum(bytes: 9_912_422, md5: "f68b3c2dcbeaaa9fbdd348bbdeb94873")
        case (.mnist, .trainingLabels): FileChecksum(bytes: 28_881, md5: "d53e105ee54ea40749a09fcbcd1e9432")
        case (.mnist, .testImages): FileChecksum(bytes: 1_648_877, md5: "9fb629c4189551a2d022fa330f9573f3")
        case (.mnist, .testLabels): FileChecksum(bytes: 4_542, md5: "ec29112dd5afa0611ce80d1b7f02629c")
        case (.fashion, .trainingImages): FileChecksum(bytes: 26_421_880, md5: "8d4fb7e6c68d591d4c3dfef9ec88bf0d")
        case (.fashion, .trainingLabels): FileChecksum(bytes: 29_515, md5: "25c81989df183df01b3e8a0aad5dffbe")
        case (.fashion, .testImages): FileChecksum(bytes: 4_422_102, md5: "bef4ecab320f06d8554ea6380940ec79")
        case (.fashion, .testLabels): FileChecksum(bytes: 5_148, md5: "bb300cfdad3c16e7a12a480ee83cd310")
        }
    }
}

/// The expected size and MD5 digest (lower-case hex) of a published file.
public struct FileChecksum: Sendable, Equatable {
    /// Size of the file in bytes.
    public let bytes: Int
    /// MD5 digest as 32 lower-case hexadecimal digits.
    public let md5: String
}

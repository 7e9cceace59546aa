/// Everything that can go wrong while reading, validating, locating or downloading data.
///
/// Each `description` is a message for the user: it names the file (or data set), says what is
/// wrong with it, and what to do about it. Byte counts are of the decompressed IDX stream.
public enum DataError: Error, CustomStringConvertible, Equatable {
    /// The file cannot be read: missing, a directory, or not permitted.
    case unreadable(path: String, reason: String)
    /// The name ends in `.gz` but the file neither starts with the gzip signature `1f 8b`
    /// nor is a plain IDX file.
    case notGzip(path: String, firstBytes: [UInt8])
    /// The gzip stream is damaged or ends early.
    case corruptGzip(path: String, reason: String)
    /// The first two bytes are not `00 00`, so this is not an IDX file.
    case wrongMagic(path: String, firstBytes: [UInt8])
    /// The third magic byte is not one of the six IDX element-type codes.
    case unknownElementType(path: String, code: UInt8)
    /// The file is shorter than its header promises.
    case truncated(path: String, expectedBytes: Int, foundBytes: Int)
    /// The file is longer than its header promises.
    case trailingBytes(path: String, expectedBytes: Int, foundBytes: Int)
    /// The header's dimensions multiply to more than can be held in memory.
    case tooLarge(path: String, dimensions: [Int])
    /// An image file and a label file hold different numbers of samples.
    case countMismatch(images: String, imageCount: Int, labels: String, labelCount: Int)
    /// An image file is not `uint8` with three dimensions (count × rows × columns).
    case notImageFile(path: String, elementType: IDXElementType, dimensions: [Int])
    /// A label file is not `uint8` with one dimension.
    case notLabelFile(path: String, elementType: IDXElementType, dimensions: [Int])
    /// A label is not below the number of classes. `source` is a file path or a set's name.
    case labelOutOfRange(source: String, index: Int, label: Int, classCount: Int)
    /// `LabeledImages` was given sizes that do not fit together.
    case inconsistentImages(name: String, problem: String)
    /// `IDXArray` was given dimensions that do not fit its values.
    case invalidArray(problem: String)
    /// A train/validation split point outside `0...count`.
    case splitOutOfRange(name: String, trainingCount: Int, available: Int)
    /// A file or directory could not be written.
    case unwritable(path: String, reason: String)
    /// A standard data set is in none of the searched directories and could not be downloaded.
    /// `searched` lists the directories looked in (with notes on partial sets);
    /// `attempts` the downloads tried, empty when downloading was switched off.
    case datasetUnavailable(dataset: StandardDataset, searched: [String], attempts: [DownloadAttempt])
    /// Reading or downloading was stopped because the caller asked (Ctrl-C); nothing was kept.
    /// `what` names what was being read ("'train-images-idx3-ubyte.gz'", "the download of MNIST").
    case interrupted(what: String)

    /// The message for the user: file, problem, remedy.
    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            return "cannot read '\(path)': \(reason). Check the path (a relative path starts from the "
                + "current directory) and the file's permissions."
        case let .notGzip(path, firstBytes):
            let looksLikeHTML = firstBytes.first == UInt8(ascii: "<")
            return "'\(path)' is not a gzip file: its name ends in .gz, but it "
                + (firstBytes.isEmpty ? "is empty" : "starts with \(firstBytes.hexText)")
                + " instead of the gzip signature 1f 8b"
                + (looksLikeHTML ? " (it looks like a web page, perhaps an error page saved by a download)" : "")
                + ". Download or copy the file again."
        case let .corruptGzip(path, reason):
            return "'\(path)' is a damaged gzip file: \(reason). Download or copy the file again "
                + "(`gzip -t FILE` checks a .gz file)."
        case let .wrongMagic(path, firstBytes):
            return "'\(path)' is not an IDX file: it starts with \(firstBytes.hexText), but an IDX file "
                + "starts with 00 00, an element-type code and the number of dimensions (MNIST images: "
                + "00 00 08 03, labels: 00 00 08 01). Check that the path names an IDX file such as "
                + "train-images-idx3-ubyte.gz."
        case let .unknownElementType(path, code):
            return "'\(path)' has the unknown IDX element type \([code].hexText) (third byte of the magic "
                + "number); known types are 08 uint8, 09 int8, 0b int16, 0c int32, 0d float32, "
                + "0e float64. The file is damaged or not an IDX file."
        case let .truncated(path, expected, found):
            if found == 0 {
                return "'\(path)' is empty: an IDX file needs at least a 4-byte magic number. "
                    + "Download or copy the file again."
            }
            return "'\(path)' is truncated: expected \(expected.grouped) bytes\(Self.decompressed(path)) "
                + "(header and data), found \(found.grouped). Download or copy the file again "
                + "(an interrupted download or copy leaves files like this)."
        case let .trailingBytes(path, expected, found):
            return "'\(path)' is longer than its header says: expected \(expected.grouped) "
                + "bytes\(Self.decompressed(path)), found \(found.grouped). The dimensions in the header "
                + "do not match the data: the file is damaged or was written incorrectly."
        case let .tooLarge(path, dimensions):
            return "'\(path)' declares dimensions \(dimensions.dimensionsText), too many values to load. "
                + "The header is damaged, or this is not an IDX file."
        case let .countMismatch(images, imageCount, labels, labelCount):
            return "'\(images)' holds \(imageCount.grouped) images but '\(labels)' holds "
                + "\(labelCount.grouped) labels: each image needs exactly one label. Check that both files "
                + "belong to the same set (training: train-*, test: t10k-*)."
        case let .notImageFile(path, elementType, dimensions):
            let swapped = elementType == .uint8 && dimensions.count == 1
            return "'\(path)' is not an image file: it holds \(elementType.name) values with "
                + "\(Self.dimensionsPhrase(dimensions)), but images must be uint8 with 3 dimensions "
                + "(count × rows × columns), like MNIST's train-images-idx3-ubyte.gz."
                + (swapped ? " It looks like a label file: are the image and label files swapped?" : "")
        case let .notLabelFile(path, elementType, dimensions):
            let swapped = elementType == .uint8 && dimensions.count == 3
            return "'\(path)' is not a label file: it holds \(elementType.name) values with "
                + "\(Self.dimensionsPhrase(dimensions)), but labels must be uint8 with 1 dimension "
                + "(one class number per image), like MNIST's train-labels-idx1-ubyte.gz."
                + (swapped ? " It looks like an image file: are the image and label files swapped?" : "")
        case let .labelOutOfRange(source, index, label, classCount):
            return "'\(source)' has label \(label) at index \(index.grouped), but the set has "
                + "\(classCount) classes (labels 0…\(classCount - 1)). The labels are damaged or belong "
                + "to a different data set."
        case let .inconsistentImages(name, problem):
            return "cannot make the image set '\(name)': \(problem)."
        case let .invalidArray(problem):
            return "cannot make an IDX array: \(problem)."
        case let .splitOutOfRange(name, trainingCount, available):
            return "cannot split '\(name)' after \(trainingCount.grouped) images: it has "
                + "\(available.grouped). Choose a training count from 0 to \(available.grouped) (the "
                + "book's 50,000/10,000 split needs all 60,000 MNIST training images: was the set "
                + "loaded with a limit?)."
        case let .unwritable(path, reason):
            return "cannot write '\(path)': \(reason). Check that the directory exists and that you may "
                + "write to it."
        case let .datasetUnavailable(dataset, searched, attempts):
            return Self.unavailableMessage(dataset, searched: searched, attempts: attempts)
        case let .interrupted(what):
            return "interrupted while reading \(what); nothing was loaded"
        }
    }

    private static func decompressed(_ path: String) -> String {
        path.hasSuffix(".gz") ? " once decompressed" : ""
    }

    private static func dimensionsPhrase(_ dimensions: [Int]) -> String {
        let noun = dimensions.count == 1 ? "dimension" : "dimensions"
        return "\(dimensions.count) \(noun) (\(dimensions.dimensionsText))"
    }

    /// True for curl's "cannot resolve host" (6), "cannot connect" (7) and "timed out" (28) errors.
    private static func isUnreachable(_ problem: String) -> Bool {
        ["curl: (6)", "curl: (7)", "curl: (28)"].contains { problem.hasPrefix($0) }
    }

    private static func unavailableMessage(
        _ dataset: StandardDataset, searched: [String], attempts: [DownloadAttempt]
    ) -> String {
        let files = DatasetFile.allCases.map(\.fileName)
        var lines = [
            "\(dataset.displayName) is not available locally and could not be downloaded.",
            "Looked for \(files.dropLast().joined(separator: ", ")) and \(files.last ?? "") "
                + "(or the same names without .gz) in:",
        ]
        lines += searched.map { "  " + $0 }
        if attempts.isEmpty {
            lines.append("Downloading was not tried (it is switched off).")
        } else {
            let offline = attempts.allSatisfy { Self.isUnreachable($0.problem) }
            lines.append(offline
                ? "Downloading failed (no server could be reached: is this machine offline?):"
                : "Downloading failed:")
            lines += attempts.map { "  \($0.source): \($0.problem)" }
        }
        lines.append(
            "To use files you already have, put the four files in one directory and point nns at it: "
                + "`nns --data DIR`, `export NNS_DATA=DIR`, or `load \(dataset.rawValue) from=DIR`.")
        var alternatives = "To download from elsewhere, set \(dataset.mirrorVariable) to a directory or base URL"
        if dataset == .fashion {
            alternatives += "; on Debian, `apt-get install dataset-fashion-mnist` installs the files"
        }
        lines.append(alternatives + ".")
        return lines.joined(separator: "\n")
    }
}

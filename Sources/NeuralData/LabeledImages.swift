/// A set of labelled grey-scale images, stored compactly as bytes: the training inputs x and
/// their classes for the book's networks (784 = 28 × 28 input neurons, 10 output neurons).
///
/// Invariants: `pixels.count == count × rows × columns`; sample-major (image i occupies
/// `pixels[i·rows·columns ..< (i+1)·rows·columns]`), each image row-major (pixel (r, c) at offset
/// `r·columns + c`); pixel values 0…255 with 0 the background, as in the IDX files (scaling to
/// [0, 1] happens when a mini-batch is formed); every label is in `0..<classCount`.
public struct LabeledImages: Sendable, Equatable {
    /// A name for messages, e.g. `mnist training`.
    public let name: String
    /// All pixels, `count × rows × columns` bytes, sample-major, each image row-major.
    public let pixels: [UInt8]
    /// One class per image, each in `0..<classCount`.
    public let labels: [UInt8]
    /// Image height in pixels (28 for MNIST).
    public let rows: Int
    /// Image width in pixels (28 for MNIST).
    public let columns: Int
    /// Number of classes, labels being `0..<classCount` (10 for MNIST and Fashion-MNIST).
    public let classCount: Int

    /// The most pixels one image may have (2²⁴, 4096 × 4096): what one sample of a network may
    /// hold, and far beyond any IDX image set.
    public static let maximumPixelsPerImage = 1 << 24

    /// Number of images n (= number of labels).
    public var count: Int { labels.count }
    /// Pixels per image, `rows × columns` (784 for MNIST): the size of the input layer.
    public var pixelsPerImage: Int { rows * columns }

    /// A validated set. `classCount` defaults to the largest label + 1. Throws
    /// ``DataError/inconsistentImages(name:problem:)`` if `rows` or `columns` is not positive,
    /// `rows × columns` exceeds `maximumPixelsPerImage`,
    /// `pixels.count ≠ labels.count × rows × columns`, or `classCount` is outside 1…256, and
    /// ``DataError/labelOutOfRange(source:index:label:classCount:)`` for a label ≥ `classCount`.
    public init(
        name: String, pixels: [UInt8], labels: [UInt8], rows: Int, columns: Int, classCount: Int? = nil
    ) throws(DataError) {
        guard rows > 0, columns > 0 else {
            throw .inconsistentImages(
                name: name, problem: "images must have at least one row and column, not \(rows) × \(columns)")
        }
        let size = try Self.checkedImageSize(rows: rows, columns: columns, name: name)
        let (needed, overflow) = labels.count.multipliedReportingOverflow(by: size)
        guard !overflow, pixels.count == needed else {
            throw .inconsistentImages(
                name: name,
                problem: "\(labels.count.grouped) labels of \(rows) × \(columns) images need "
                    + "\(needed.grouped) pixels, but \(pixels.count.grouped) were given")
        }
        let classes = try Self.checkedClassCount(classCount, labels: labels, source: name)
        self.init(unchecked: name, pixels: pixels, labels: labels, rows: rows, columns: columns, classCount: classes)
    }

    /// A set whose sizes are already known to fit together.
    private init(unchecked name: String, pixels: [UInt8], labels: [UInt8], rows: Int, columns: Int, classCount: Int) {
        self.name = name
        self.pixels = pixels
        self.labels = labels
        self.rows = rows
        self.columns = columns
        self.classCount = classCount
    }

    /// Loads an IDX image file (uint8, count × rows × columns) and its IDX label file (uint8,
    /// count), each gzip or raw. With `limit`, keeps only the first `limit` images and labels
    /// (and decompresses no further). `classCount` defaults to the largest label + 1.
    /// Throws if either file is unreadable or malformed, if the files' declared counts differ,
    /// or if a label is ≥ `classCount`; ``DataError/interrupted(what:)`` when `isCancelled` says
    /// yes (it is asked every few megabytes).
    public static func load(
        images: String, labels: String, name: String, limit: Int? = nil, classCount: Int? = nil,
        isCancelled: @escaping () -> Bool = { false }
    ) throws(DataError) -> LabeledImages {
        let labelFile = try IDXArray.readDeclaringDimensions(contentsOf: labels, limit: limit, isCancelled: isCancelled)
        guard case .uint8(let labelValues) = labelFile.array.values, labelFile.declaredDimensions.count == 1 else {
            throw .notLabelFile(
                path: labels, elementType: labelFile.array.elementType, dimensions: labelFile.declaredDimensions)
        }
        let imageFile = try IDXArray.readDeclaringDimensions(contentsOf: images, limit: limit, isCancelled: isCancelled)
        guard case .uint8(let pixelValues) = imageFile.array.values, imageFile.declaredDimensions.count == 3 else {
            throw .notImageFile(
                path: images, elementType: imageFile.array.elementType, dimensions: imageFile.declaredDimensions)
        }
        let imageCount = imageFile.declaredDimensions[0]
        let labelCount = labelFile.declaredDimensions[0]
        guard imageCount == labelCount else {
            throw .countMismatch(images: images, imageCount: imageCount, labels: labels, labelCount: labelCount)
        }
        let shape = imageFile.array.dimensions
        guard shape[1] > 0, shape[2] > 0 else {
            throw .notImageFile(path: images, elementType: .uint8, dimensions: imageFile.declaredDimensions)
        }
        _ = try checkedImageSize(rows: shape[1], columns: shape[2], name: images)
        let classes = try checkedClassCount(classCount, labels: labelValues, source: labels)
        return LabeledImages(
            unchecked: name, pixels: pixelValues, labels: labelValues, rows: shape[1], columns: shape[2],
            classCount: classes)
    }

    /// `rows × columns`, after checking it is at most `maximumPixelsPerImage` (and so does not
    /// overflow, even for a file of no images).
    private static func checkedImageSize(rows: Int, columns: Int, name: String) throws(DataError) -> Int {
        let (size, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow, size <= maximumPixelsPerImage else {
            throw .inconsistentImages(
                name: name, problem: "images of \(rows.grouped) × \(columns.grouped) pixels are larger than nns handles "
                    + "(at most \(maximumPixelsPerImage.grouped) pixels per image)")
        }
        return size
    }

    /// `classCount`, or the largest label + 1 if nil, after checking every label is below it.
    private static func checkedClassCount(
        _ classCount: Int?, labels: [UInt8], source: String
    ) throws(DataError) -> Int {
        let classes = classCount ?? (labels.max().map { Int($0) + 1 } ?? 1)
        guard (1...256).contains(classes) else {
            throw .inconsistentImages(name: source, problem: "the number of classes must be 1…256, not \(classes)")
        }
        if let index = labels.firstIndex(where: { Int($0) >= classes }) {
            throw .labelOutOfRange(source: source, index: index, label: Int(labels[index]), classCount: classes)
        }
        return classes
    }

    /// The pixels of image `index` (must be in `0..<count`): `pixelsPerImage` bytes, row-major.
    public func image(at index: Int) -> ArraySlice<UInt8> {
        pixels[index * pixelsPerImage..<(index + 1) * pixelsPerImage]
    }

    /// The first `n` images and labels (all of them if `n ≥ count`, none if `n ≤ 0`), same name.
    public func prefix(_ n: Int) -> LabeledImages {
        subset(0..<max(0, n))
    }

    /// The images and labels with indices in `range`, clamped to `0..<count`; same name and shape.
    public func subset(_ range: Range<Int>) -> LabeledImages {
        renamed(name, range: range)
    }

    /// The images and labels with indices in `range` (clamped to `0..<count`) under a new name.
    public func renamed(_ newName: String, range: Range<Int>? = nil) -> LabeledImages {
        let kept = (range ?? 0..<count).clamped(to: 0..<count)
        if kept == 0..<count {
            return LabeledImages(
                unchecked: newName, pixels: pixels, labels: labels, rows: rows, columns: columns,
                classCount: classCount)
        }
        let size = pixelsPerImage
        return LabeledImages(
            unchecked: newName, pixels: Array(pixels[kept.lowerBound * size..<kept.upperBound * size]),
            labels: Array(labels[kept]), rows: rows, columns: columns, classCount: classCount)
    }

    /// How many images carry each label: element k is the count of class k (`classCount` elements).
    public func classCounts() -> [Int] {
        var counts = [Int](repeating: 0, count: classCount)
        for label in labels { counts[Int(label)] += 1 }
        return counts
    }

    /// The first `trainingCount` images for training and the rest for validation, as the book
    /// splits MNIST's 60,000 (``DatasetPair/bookSplit(trainingCount:)``). The validation set's
    /// name has "training" replaced by "validation" (`mnist validation`), or " validation"
    /// appended. Throws ``DataError/splitOutOfRange(name:trainingCount:available:)`` unless
    /// `0 ≤ trainingCount ≤ count`.
    public func split(at trainingCount: Int) throws(DataError) -> (training: LabeledImages, validation: LabeledImages) {
        guard (0...count).contains(trainingCount) else {
            throw .splitOutOfRange(name: name, trainingCount: trainingCount, available: count)
        }
        let validationName = name.contains("training")
            ? name.replacingOccurrences(of: "training", with: "validation")
            : name + " validation"
        return (prefix(trainingCount), renamed(validationName, range: trainingCount..<count))
    }
}

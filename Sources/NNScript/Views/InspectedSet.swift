import NNSDisplay
import NeuralData
import NeuralNet

/// One loaded data set as the inspection views see it: the name it has in commands (`test`),
/// its images (bytes, sample-major, each image row-major `rows × columns`) and one readable
/// name per class (`"7"` for MNIST, `"Ankle boot"` for Fashion-MNIST).
struct InspectedSet: Sendable {
    /// The set's name in commands and messages: `train`, `validation` or `test`.
    let name: String
    /// The images and labels.
    let images: LabeledImages
    /// A name per class, indexed by label; classes beyond the list are named by their number.
    let classNames: [String]

    /// A set named `name`; `classNames` nil names each class by its number ("0"…"9").
    init(name: String, images: LabeledImages, classNames: [String]? = nil) {
        self.name = name
        self.images = images
        self.classNames = classNames ?? (0..<images.classCount).map(String.init)
    }

    /// Number of images n.
    var count: Int { images.count }

    /// The images as the network's input x (bytes scaled ÷255 when fed forward), sharing storage.
    var examples: LabeledExamples {
        LabeledExamples(bytes: images.pixels, labels: images.labels,
                        inputSize: images.pixelsPerImage, classCount: images.classCount)
    }

    /// True when the class names say more than the class numbers (Fashion-MNIST).
    var hasDescriptiveNames: Bool {
        classNames.enumerated().contains { $0.element != String($0.offset) }
    }

    /// The name of class `label` ("7", "Ankle boot"); the number itself beyond `classNames`.
    func className(_ label: Int) -> String {
        classNames.indices.contains(label) ? classNames[label] : String(label)
    }

    /// "7" for digits, "9 Ankle boot" when classes have descriptive names.
    func labelText(_ label: Int) -> String {
        hasDescriptiveNames ? "\(label) \(className(label))" : String(label)
    }

    /// One line naming every class by number, "classes: 0 T-shirt/top, 1 Trouser, …", for views
    /// that show only the numbers; nil when the numbers are the names.
    func classLegend(count: Int) -> String? {
        guard hasDescriptiveNames else { return nil }
        return "classes: " + (0..<count).map { "\($0) \(className($0))" }.joined(separator: ", ")
    }

    /// `index` checked against the set's size, a negative index counting from the end (-1 is
    /// the last image); throws `.indexOutOfRange` otherwise.
    func resolvedIndex(_ index: Int) throws(InspectionError) -> Int {
        let resolved = index < 0 ? count + index : index
        guard resolved >= 0, resolved < count else {
            throw .indexOutOfRange(set: name, index: index, count: count)
        }
        return resolved
    }

    /// The class of image `index` (already resolved).
    func label(at index: Int) -> Int { Int(images.labels[index]) }

    /// Image `index` (already resolved) as a `columns × rows` raster with values in [0, 1].
    func raster(at index: Int) throws(InspectionError) -> Raster {
        try InspectionError.rendering { () throws(DisplayError) in
            try Raster(width: images.columns, height: images.rows, bytes: Array(images.image(at: index)))
        }
    }

    /// Throws unless the network can be fed these images (its input layer has one neuron per
    /// pixel) and the set is not empty.
    func checkFits(_ network: Network) throws(InspectionError) {
        guard images.pixelsPerImage == network.sizes[0] else {
            throw .inputSizeMismatch(set: name, pixels: images.pixelsPerImage, inputs: network.sizes[0])
        }
        guard count > 0 else { throw .emptySet(set: name) }
    }

    /// The number of classes a view of this set and `network` must show: the larger of the
    /// output layer's size and the data's class count.
    func classCount(with network: Network) -> Int {
        max(network.sizes[network.sizes.count - 1], images.classCount)
    }
}

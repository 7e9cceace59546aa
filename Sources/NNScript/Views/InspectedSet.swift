import NNSDisplay
import NeuralData
import NeuralNet

/// One loaded data set as the inspection views see it: the name it has in commands (`test`),
/// its images (bytes, sample-major, each image row-major `rows × columns`) and examples, and
/// one readable name per class (`"7"` for MNIST, `"Ankle boot"` for Fashion-MNIST).
struct InspectedSet: Sendable {
    /// The set's name in commands and messages: `train`, `validation` or `test`.
    let name: String
    /// The images and labels, and the same samples as the network's inputs.
    let data: LoadedDataSet
    /// Asked while a whole set is fed forward; yes stops the view with `.interrupted`.
    let isCancelled: @Sendable () -> Bool

    /// The set `name` of the session; `isCancelled` is the command's cancellation flag.
    init(name: DataSetName, data: LoadedDataSet, isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.name = name.rawValue
        self.data = data
        self.isCancelled = isCancelled
    }

    /// The network's predicted class for every image, fed forward in pieces.
    /// - Throws: `.interrupted` when cancelled part-way.
    func predictions(of network: Network) throws(InspectionError) -> [Int] {
        guard let result = network.predictions(examples, unless: isCancelled) else { throw .interrupted }
        return result
    }

    /// The network's outputs a^L for every image (one row each), fed forward in pieces.
    /// - Throws: `.interrupted` when cancelled part-way.
    func outputs(of network: Network) throws(InspectionError) -> Matrix {
        guard let result = network.outputs(examples, unless: isCancelled) else { throw .interrupted }
        return result
    }

    /// A name per class, indexed by label, as `load` named them; classes beyond the list are
    /// named by their number.
    var classNames: [String] { data.classNames }

    /// The images and labels.
    var images: LabeledImages { data.images }

    /// The images as the network's inputs x (bytes scaled ÷255 when fed forward).
    var examples: LabeledExamples { data.examples }

    /// Number of images n.
    var count: Int { images.count }

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

    /// The class of image `index` (in `0 ..< count`).
    func label(at index: Int) -> Int { Int(images.labels[index]) }

    /// Image `index` (in `0 ..< count`) as a `columns × rows` raster with values in [0, 1].
    func raster(at index: Int) throws(InspectionError) -> Raster {
        try InspectionError.rendering { () throws(DisplayError) in
            try Raster(width: images.columns, height: images.rows, bytes: Array(images.image(at: index)))
        }
    }

    /// The number of classes a view of this set and `network` shows: the larger of the output
    /// layer's size and the data's class count.
    func classCount(with network: Network) -> Int {
        max(network.sizes[network.sizes.count - 1], images.classCount)
    }
}

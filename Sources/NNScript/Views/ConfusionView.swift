import NNSDisplay
import NeuralNet

/// `confusion test`: how the network classifies every image of a set — the k×k matrix of
/// (true class, predicted class) counts with per-class recall and precision, the accuracy and
/// the most confused pairs.
enum ConfusionView {
    /// How many most-confused pairs are listed.
    static let pairCount = 5

    /// The matrix of `network`'s predictions on `set`.
    static func matrix(_ network: Network, _ set: InspectedSet) throws(InspectionError) -> ConfusionMatrix {
        let predictions = try set.predictions(of: network)
        let truth = set.images.labels.map(Int.init)
        let classCount = set.classCount(with: network)
        return try InspectionError.rendering { () throws(DisplayError) in
            try ConfusionMatrix(trueLabels: truth, predictions: predictions, classCount: classCount)
        }
    }

    /// The matrix as a displayable: the text below; a PNG of the counts as coloured cells; an
    /// HTML table of them under the heading, classes named as the data names them.
    static func display(_ network: Network, _ set: InspectedSet, style: RenderStyle) throws(InspectionError) -> Displayable {
        let matrix = try matrix(network, set)
        let heading = heading(set)
        let names = (0..<matrix.classCount).map(set.className)
        return Displayable(subject: "confusion on \(set.name)") { () throws(InspectionError) in
            try render(matrix, set, style: style)
        }
        .adding(.png) { () throws(InspectionError) in
            try InspectionError.rendering { () throws(DisplayError) in try PNGPictures.confusionMatrix(matrix) }
        }
        .addingHTML { _ in
            HTMLText.preformatted([heading]) + HTMLText.confusionMatrix(matrix, classNames: names, pairs: pairCount)
        }
    }

    /// A heading, then `ConfusionMatrixView`'s drawing. Classes are named as the data names them
    /// when that fits the terminal width; otherwise by number, with a line naming the classes.
    static func render(_ network: Network, _ set: InspectedSet, style: RenderStyle) throws(InspectionError) -> String {
        try render(try matrix(network, set), set, style: style)
    }

    /// "confusion on test (10,000 images): rows = true class, columns = predicted class".
    private static func heading(_ set: InspectedSet) -> String {
        "confusion on \(set.name) (\(NumberText.thousands(set.count)) images): "
            + "rows = true class, columns = predicted class"
    }

    private static func render(_ matrix: ConfusionMatrix, _ set: InspectedSet, style: RenderStyle) throws(InspectionError) -> String {
        let classCount = matrix.classCount
        let heading = heading(set)
        let names = (0..<classCount).map(set.className)
        let numbers = (0..<classCount).map(String.init)
        let plain = RenderStyle(color: .none, unicode: style.unicode, width: style.width)
        let plainNamed = try draw(matrix, names, style: plain)
        if names == numbers || widest(plainNamed) <= style.width {
            return heading + "\n" + (style.usesColor ? try draw(matrix, names, style: style) : plainNamed)
        }
        let legend = set.classLegend(count: classCount).map { "\n" + $0 } ?? ""
        return heading + "\n" + (try draw(matrix, numbers, style: style)) + legend
    }

    private static func draw(_ matrix: ConfusionMatrix, _ names: [String], style: RenderStyle) throws(InspectionError) -> String {
        try InspectionError.rendering { () throws(DisplayError) in
            try ConfusionMatrixView.render(matrix, classNames: names, pairs: pairCount, style: style)
        }
    }

    private static func widest(_ text: String) -> Int {
        text.split(separator: "\n").map(\.count).max() ?? 0
    }
}

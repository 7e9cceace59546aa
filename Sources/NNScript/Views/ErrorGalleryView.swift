import NNSDisplay
import NeuralNet

/// `errors test n=20`: the misclassified images of a set, most confident mistakes first (the
/// largest output a_j of a wrong class j), each captioned "index true→predicted a_j".
enum ErrorGalleryView {
    /// A terminal gallery takes at most about this many lines; more images get smaller pictures.
    static let lineBudget = 60
    /// Images are not shrunk below this many pixels on their longer side (14 keeps digits legible).
    static let minimumSide = 14

    /// One misclassified image.
    struct Mistake: Sendable, Equatable {
        /// Index of the image in its set.
        let index: Int
        /// Its label.
        let trueClass: Int
        /// The network's prediction (the largest output).
        let predictedClass: Int
        /// The predicted class's output activation a_j.
        let confidence: Float
    }

    /// Every misclassified image of `set`, by decreasing confidence (ties by index).
    static func mistakes(_ network: Network, _ set: InspectedSet) -> [Mistake] {
        let outputs = network.outputs(set.examples)
        let k = outputs.columns
        var found: [Mistake] = []
        outputs.elements.withUnsafeBufferPointer { buffer in
            for i in 0..<outputs.rows {
                let row = buffer[(i * k) ..< (i * k + k)]
                let predicted = OutputReading.largest(row)
                let truth = set.label(at: i)
                if predicted != truth {
                    found.append(Mistake(index: i, trueClass: truth, predictedClass: predicted, confidence: row[i * k + predicted]))
                }
            }
        }
        return found.sorted { ($0.confidence, $1.index) > ($1.confidence, $0.index) }
    }

    /// A heading (how many of the set are wrong), then the first `count` mistakes as a grid of
    /// captioned images shrunk by `GridFit` to fit; a single line when there is no mistake.
    static func render(
        _ network: Network, _ set: InspectedSet, count: Int, style: RenderStyle
    ) throws(InspectionError) -> String {
        let all = mistakes(network, set)
        let total = NumberText.thousands(set.count)
        guard !all.isEmpty else { return "\(set.name): all \(total) images are classified correctly, no errors to show" }
        let shown = Array(all.prefix(count))
        let percent = NumberText.fixed(100 * Double(all.count) / Double(set.count), 2)
        var heading = "\(set.name): \(NumberText.thousands(all.count)) of \(total) misclassified (\(percent)%)"
        heading += shown.count == all.count ? "\n" : "; the \(shown.count) most confident first\n"
        heading += "under each image: its index, true\(style.arrow)predicted, the predicted class's activation"
        let factor = GridFit.factor(
            width: set.images.columns, height: set.images.rows, count: shown.count,
            lineBudget: lineBudget, minimumSide: minimumSide, style: style)
        var cells: [GridCell] = []
        for mistake in shown {
            let raster = try set.raster(at: mistake.index).downsampled(by: factor)
            let caption = "\(mistake.index) " + ImageGrid.errorCaption(
                trueLabel: String(mistake.trueClass), predicted: String(mistake.predictedClass),
                confidence: Double(mistake.confidence), style: style)
            cells.append(GridCell(raster, palette: .greyscale, caption: caption))
        }
        let grid = try InspectionError.rendering { () throws(DisplayError) in try ImageGrid.render(cells, style: style) }
        let legend = set.classLegend(count: set.classCount(with: network)).map { "\n" + $0 } ?? ""
        return heading + legend + "\n" + grid
    }
}

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
    static func mistakes(_ network: Network, _ set: InspectedSet) throws(InspectionError) -> [Mistake] {
        let outputs = try set.outputs(of: network)
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

    /// Each pixel of an image in the PNG gallery becomes a square this many pixels wide.
    static let pngScale = 3

    /// The gallery as a displayable: the text below; a PNG grid of the images at `pngScale`,
    /// each captioned "index true→predicted a_j"; an HTML figure of it under the heading. With
    /// no mistake, only the text line.
    static func display(_ network: Network, _ set: InspectedSet, count: Int, style: RenderStyle) throws(InspectionError) -> Displayable {
        let all = try mistakes(network, set)
        let subject = "the misclassified images of \(set.name)"
        guard !all.isEmpty else {
            return Displayable(subject: subject) { noMistakes(set) }
        }
        let plain = RenderStyle(color: .none, unicode: true, width: style.width)
        let headingLines = heading(all, set, count: count, style: plain).split(separator: "\n").map(String.init)
            + (set.classLegend(count: set.classCount(with: network)).map { [$0] } ?? [])
        return Displayable(subject: subject) { () throws(InspectionError) in
            try render(all, network, set, count: count, style: style)
        }
        .adding(.png) { () throws(InspectionError) in
            var cells: [GridCell] = []
            for mistake in all.prefix(count) {
                cells.append(GridCell(try set.raster(at: mistake.index), palette: .greyscale,
                                      caption: "\(mistake.index) " + caption(mistake, style: plain)))
            }
            let columns = min(10, cells.count)
            return try InspectionError.rendering { () throws(DisplayError) in
                try PNGPictures.grid(cells, columns: columns, scale: pngScale, captions: true)
            }
        }
        .addingHTML { png in HTMLText.figure(png: png ?? [], alt: subject, heading: headingLines) }
    }

    /// A heading (how many of the set are wrong), then the first `count` mistakes as a grid of
    /// captioned images shrunk by `GridFit` to fit; a single line when there is no mistake.
    static func render(
        _ network: Network, _ set: InspectedSet, count: Int, style: RenderStyle
    ) throws(InspectionError) -> String {
        try render(try mistakes(network, set), network, set, count: count, style: style)
    }

    /// "test: all 10,000 images are classified correctly, no errors to show".
    private static func noMistakes(_ set: InspectedSet) -> String {
        "\(set.name): all \(NumberText.thousands(set.count)) images are classified correctly, no errors to show"
    }

    /// "test: 488 of 10,000 misclassified (4.88%); the 20 most confident first", and the line
    /// explaining the captions.
    private static func heading(_ all: [Mistake], _ set: InspectedSet, count: Int, style: RenderStyle) -> String {
        let total = NumberText.thousands(set.count)
        let shown = min(count, all.count)
        let percent = NumberText.fixed(100 * Double(all.count) / Double(set.count), 2)
        var heading = "\(set.name): \(NumberText.thousands(all.count)) of \(total) misclassified (\(percent)%)"
        heading += shown == all.count ? "\n" : "; the \(shown) most confident first\n"
        heading += "under each image: its index, true\(style.arrow)predicted, the predicted class's activation"
        return heading
    }

    /// "7→2 0.93".
    private static func caption(_ mistake: Mistake, style: RenderStyle) -> String {
        ImageGrid.errorCaption(trueLabel: String(mistake.trueClass), predicted: String(mistake.predictedClass),
                               confidence: Double(mistake.confidence), style: style)
    }

    private static func render(
        _ all: [Mistake], _ network: Network, _ set: InspectedSet, count: Int, style: RenderStyle
    ) throws(InspectionError) -> String {
        guard !all.isEmpty else { return noMistakes(set) }
        let shown = Array(all.prefix(count))
        let heading = heading(all, set, count: count, style: style)
        let factor = GridFit.factor(
            width: set.images.columns, height: set.images.rows, count: shown.count,
            lineBudget: lineBudget, minimumSide: minimumSide, style: style)
        var cells: [GridCell] = []
        for mistake in shown {
            let raster = try set.raster(at: mistake.index).downsampled(by: factor)
            let caption = "\(mistake.index) " + caption(mistake, style: style)
            cells.append(GridCell(raster, palette: .greyscale, caption: caption))
        }
        let grid = try InspectionError.rendering { () throws(DisplayError) in try ImageGrid.render(cells, style: style) }
        let legend = set.classLegend(count: set.classCount(with: network)).map { "\n" + $0 } ?? ""
        return heading + legend + "\n" + grid
    }
}

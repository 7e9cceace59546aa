import NNSDisplay
import NeuralNet

/// `weights layer=1 grid`: the incoming weights of every neuron of a layer as a grid of small
/// diverging heat maps, each scaled to its own largest |w| (so every neuron's pattern shows,
/// whatever its overall size), captioned with the neuron's index j.
enum WeightGridView {
    /// A terminal grid takes at most about this many lines; larger layers get smaller maps.
    static let lineBudget = 60
    /// Maps are not shrunk below this many samples on their longer side.
    static let minimumSide = 7
    /// A PNG cell is scaled to at least this many pixels on its longer side (and by at most 16).
    static let pngCellSide = 112

    /// A heading line, then the maps of all neurons wrapped to the terminal width, shrunk by
    /// `GridFit` (block means) when the layer is large.
    static func render(_ weights: IncomingWeights, style: RenderStyle) throws(InspectionError) -> String {
        let shape = weights.shape
        let factor = GridFit.factor(
            width: shape.width, height: shape.height, count: weights.neuronCount,
            lineBudget: lineBudget, minimumSide: minimumSide, style: style)
        var cells: [GridCell] = []
        cells.reserveCapacity(weights.neuronCount)
        for j in 0..<weights.neuronCount {
            let raster = try weights.raster(neuron: j).downsampled(by: factor)
            cells.append(GridCell(raster, palette: .diverging(limit: nil), caption: String(j)))
        }
        let grid = try InspectionError.rendering { () throws(DisplayError) in try ImageGrid.render(cells, style: style) }
        let l = weights.layer
        var heading = "layer \(l): incoming weights w^\(l)_jk of its \(weights.neuronCount) \(weights.unitName)s j, "
            + "each as a \(shape.text(count: weights.inputCount, style: style)) map\n"
        if factor > 1 { heading += "shown 1:\(factor) (means of \(factor)\(style.times)\(factor) blocks)\n" }
        let legend = style.usesColor ? "blue < 0 < red" : "#=- negative, +*@ positive"
        return heading + "each map scaled to its own largest |w|: \(legend)\n" + grid
    }

    /// The grid as a displayable: the terminal grid, the PNG at full resolution, and an HTML
    /// figure of the PNG under its heading.
    static func display(_ weights: IncomingWeights, style: RenderStyle) -> Displayable {
        let l = weights.layer
        let heading = "layer \(l): incoming weights w^\(l)_jk of its \(weights.neuronCount) \(weights.unitName)s j, "
            + "each as a \(weights.shape.text(count: weights.inputCount, style: style)) map, scaled to its own largest |w| "
            + "(blue < 0 < red)"
        return Displayable(subject: "incoming weights of the \(weights.neuronCount) \(weights.unitName)s of layer \(l)") { () throws(InspectionError) in
            try render(weights, style: style)
        }
        .adding(.png) { () throws(InspectionError) in try png(weights) }
        .addingHTML { png in HTMLText.figure(png: png ?? [], alt: heading, heading: [heading]) }
    }

    /// The bytes of an RGB PNG with every neuron's map at full resolution, ⌈√n⌉ per row,
    /// separated by grey lines, each map scaled to its own largest |w|.
    static func png(_ weights: IncomingWeights) throws(InspectionError) -> [UInt8] {
        var cells: [GridCell] = []
        for j in 0..<weights.neuronCount {
            cells.append(GridCell(try weights.raster(neuron: j), palette: .diverging(limit: nil)))
        }
        let scale = min(16, max(1, pngCellSide / max(weights.shape.width, weights.shape.height)))
        return try InspectionError.rendering { () throws(DisplayError) in try PNGPictures.grid(cells, scale: scale) }
    }
}

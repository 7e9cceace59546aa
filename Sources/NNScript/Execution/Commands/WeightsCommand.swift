import NeuralNet

/// `weights`: per layer the shape and statistics of w and b and a histogram of w;
/// `weights layer=1 neuron=5`: one neuron's incoming weights as a heat map;
/// `weights layer=1 grid`: every neuron's; with `to=w1.png` the heat maps go to a PNG file
/// (the grid when no `neuron=` is given). On a convolution layer `weights layer=L` draws its F
/// k×k filters as that grid.
struct WeightsCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let network = try context.requireNetwork()
        let arguments = context.arguments
        let neuron = arguments.int("neuron")
        if neuron != nil, arguments.flag("grid") {
            throw context.failure(.inspection(.neuronAndGrid), at: "grid")
        }
        let layer = arguments.int("layer")
        let style = context.style
        // A convolution layer's filters are what `weights layer=L` is for (the book's figure).
        let isConvolution = layer.map { $0 >= 1 && $0 <= network.layers.count && network.layers[$0 - 1] is ConvolutionLayer } ?? false
        guard neuron != nil || arguments.flag("grid") || arguments.path("to") != nil || isConvolution else {
            context.say(try context.drawing { () throws(InspectionError) in
                if let layer { _ = try IncomingWeights(network, layer: layer, image: nil) }
                return try WeightStatisticsView.render(network, layers: layer.map { [$0] }, style: style)
            })
            return
        }
        let image = context.loadedImageShape
        let display = try context.drawing { () throws(InspectionError) in
            let weights = try IncomingWeights(network, layer: layer ?? 1, image: image)
            if let neuron { return try NeuronWeightsView.display(weights, neuron: neuron, style: style) }
            return WeightGridView.display(weights, style: style)
        }
        try context.show(display)
    }
}

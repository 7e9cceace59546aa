/// `weights`: per layer the shape and statistics of w and b and a histogram of w;
/// `weights layer=1 neuron=5`: one neuron's incoming weights as a heat map;
/// `weights layer=1 grid`: every neuron's; with `to=w1.png` the heat maps go to a PNG file
/// (the grid when no `neuron=` is given).
struct WeightsCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let network = try context.requireNetwork()
        let arguments = context.arguments
        let neuron = arguments.int("neuron")
        if neuron != nil, arguments.flag("grid") {
            throw context.failure(.inspection(.neuronAndGrid), at: "grid")
        }
        let toFile = try context.pictureDestination(allowed: [.png]) != nil
        let layer = arguments.int("layer")
        guard neuron != nil || arguments.flag("grid") || toFile else {
            let style = context.style
            context.say(try context.drawing { () throws(InspectionError) in
                if let layer { _ = try IncomingWeights(network, layer: layer, image: nil) }
                return try WeightStatisticsView.render(network, layers: layer.map { [$0] }, style: style)
            })
            return
        }
        let image = context.loadedImageShape
        let weights = try context.drawing { () throws(InspectionError) in
            try IncomingWeights(network, layer: layer ?? 1, image: image)
        }
        let style = context.style
        switch (neuron, toFile) {
        case (let j?, false):
            context.say(try context.drawing { () throws(InspectionError) in try NeuronWeightsView.render(weights, neuron: j, style: style) })
        case (let j?, true):
            let bytes = try context.drawing { () throws(InspectionError) in try NeuronWeightsView.png(weights, neuron: j) }
            try context.writePicture(bytes, what: "incoming weights of neuron \(j) of layer \(weights.layer)")
        case (nil, false):
            context.say(try context.drawing { () throws(InspectionError) in try WeightGridView.render(weights, style: style) })
        case (nil, true):
            let bytes = try context.drawing { () throws(InspectionError) in try WeightGridView.png(weights) }
            try context.writePicture(bytes, what: "incoming weights of the \(weights.neuronCount) neurons of layer \(weights.layer)")
        }
    }
}

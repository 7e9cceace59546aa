/// `predict test[7]`: the image, the network's output activations as bars with the prediction
/// marked, predicted against true label, and the cost of this one input.
struct PredictCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        try context.showNetworkView(of: "image", PredictionView.display)
    }
}

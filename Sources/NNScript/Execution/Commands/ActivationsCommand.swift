/// `activations test[7]`: every layer's weighted inputs z and activations a for one image.
struct ActivationsCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        try context.sayNetworkView(of: "image", ActivationsView.render)
    }
}

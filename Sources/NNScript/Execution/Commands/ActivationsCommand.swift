/// `activations test[7]`: every layer's weighted inputs z and activations a for one image.
struct ActivationsCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        try context.showNetworkView(of: "image") { network, set, index, style in
            ActivationsView.display(network, set, index: index, style: style)
        }
    }
}

/// `confusion test`: the confusion matrix of the network on a data set, with per-class
/// precision and recall and the most confused pairs.
struct ConfusionCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let set = try context.inspectedSet("set")
        let network = try context.networkFitting(set, at: "set")
        let style = context.style
        try context.show(try context.drawing { () throws(InspectionError) in
            try ConfusionView.display(network, set, style: style)
        })
    }
}

/// `errors test n=20`: a gallery of the network's most confident mistakes on a data set.
struct ErrorsCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let set = try context.inspectedSet("set")
        let network = try context.networkFitting(set, at: "set")
        let count = context.arguments.int("n") ?? 20
        let style = context.style
        try context.show(try context.drawing { () throws(InspectionError) in
            try ErrorGalleryView.display(network, set, count: count, style: style)
        })
    }
}

/// `history`: every `sgd` run of the session under the network it trained, with its
/// hyper-parameters, and a table of the monitored sets' accuracy and cost after each epoch.
struct HistoryCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let runs = context.session.trainingRuns
        let style = context.style
        try context.show(try context.drawing { () throws(InspectionError) in try HistoryView.display(runs, style: style) })
    }
}

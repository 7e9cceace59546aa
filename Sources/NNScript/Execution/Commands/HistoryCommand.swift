/// `history`: the hyper-parameters of every `sgd` run on the current network and a table of the
/// monitored sets' accuracy and cost after each epoch.
struct HistoryCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let runs = context.session.history.map { TrainingRun(record: $0) }
        let style = context.style
        context.say(try context.drawing { () throws(InspectionError) in try HistoryView.render(runs, style: style) })
    }
}

/// `plot [accuracy|cost]` draws the monitored sets' per-epoch curves in the terminal;
/// `plot to=curve.png` (or `.svg`) writes them as a picture instead.
struct PlotCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let runs = context.session.trainingRuns
        let metric = context.arguments.choice("metric", as: TrainingCurves.Metric.self) ?? .accuracy
        let style = context.style
        try context.show(try context.drawing { () throws(InspectionError) in
            try PlotView.display(runs, metric: metric, style: style)
        })
    }
}

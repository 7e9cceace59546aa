/// `plot [accuracy|cost]` draws the monitored sets' per-epoch curves in the terminal;
/// `plot to=curve.png` (or `.svg`) writes them as a picture instead.
struct PlotCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let runs = context.session.trainingRuns
        let metric = context.arguments.choice("metric", as: TrainingCurves.Metric.self) ?? .accuracy
        if try context.pictureDestination(allowed: [.png, .svg]) != nil {
            let path = context.arguments.path("to") ?? ""
            let bytes = try context.drawing { () throws(InspectionError) in
                try PlotView.file(runs, metric: metric, path: path)
            }
            try context.writePicture(bytes, what: metric.title, size: PlotView.fileSize)
            return
        }
        let style = context.style
        context.say(try context.drawing { () throws(InspectionError) in
            try PlotView.render(runs, metric: metric, style: style)
        })
    }
}

import NNSDisplay

/// `history`: every `sgd` run of the session — one line per run with its hyper-parameters, under
/// a line naming the network it trained, then one table row per finished epoch with the
/// accuracy and cost of each monitored set and the epoch's training time.
enum HistoryView {
    /// The run lines, each network's (`net 2: 784 → 30 sigmoid → 10 sigmoid, quadratic cost`)
    /// before its first run, then the table: net (when several networks were trained), run, epoch
    /// (counted from 0 as `sgd` prints it), "<set> accuracy" and "<set> cost" per monitored set
    /// in the order train, validation, test, and the seconds of the training pass. When that
    /// table is wider than the terminal, an accuracy table and a cost table instead, each with
    /// one column per set. Throws `.noHistory` when no run finished an epoch.
    static func render(_ runs: [TrainingRun], style: RenderStyle) throws(InspectionError) -> String {
        try render(try Contents(runs, style: style), style: style)
    }

    /// The history as a displayable: the text; an HTML table (all sets in one) under the run
    /// lines, with the accuracy curves under it when a set was monitored; those curves as the
    /// PNG (as `plot` draws them).
    static func display(_ runs: [TrainingRun], style: RenderStyle) throws(InspectionError) -> Displayable {
        let contents = try Contents(runs, style: style)
        let plain = RenderStyle(color: .none, unicode: true, width: style.width)
        let runLines = try Contents(runs, style: plain).lines
        let curves = try? TrainingCurves.series(runs, metric: .accuracy)
        var display = Displayable(subject: "the training history") { () throws(InspectionError) in
            try render(contents, style: style)
        }
        if let curves {
            display = display.adding(.png) { () throws(InspectionError) in try PlotView.png(curves, metric: .accuracy) }
        }
        return display.addingHTML { png in
            HTMLText.preformatted(runLines) + HTMLText.table(header: contents.header, rows: contents.rows)
                + (png.map { HTMLText.image(png: $0, alt: TrainingCurves.Metric.accuracy.title) } ?? "")
        }
    }

    /// The lines and table cells of a history, worked out once for every representation.
    struct Contents {
        /// A line per network and per run.
        var lines: [String] = []
        /// net (when several networks), run and epoch of each row.
        var keyHeader: [String] = []
        var keys: [[String]] = []
        var sets: [String] = []
        var accuracies: [[String]] = []
        var costs: [[String]] = []
        var seconds: [String] = []

        /// The combined table's header and rows: keys, accuracy and cost per set, seconds.
        var header: [String] { keyHeader + sets.flatMap { ["\($0) accuracy", "\($0) cost"] } + ["seconds"] }
        var rows: [[String]] {
            keys.indices.map { i in keys[i] + zip(accuracies[i], costs[i]).flatMap { [$0, $1] } + [seconds[i]] }
        }

        /// Throws `.noHistory` when no run finished an epoch.
        init(_ runs: [TrainingRun], style: RenderStyle) throws(InspectionError) {
            guard runs.contains(where: { !$0.record.epochRecords.isEmpty }) else { throw .noHistory }
            let severalNetworks = Set(runs.map(\.network)).count > 1
            sets = orderedSetNames(runs)
            keyHeader = (severalNetworks ? ["net"] : []) + ["run", "epoch"]
            for (position, run) in runs.enumerated() {
                let number = position + 1
                let record = run.record
                let previous = position > 0 ? runs[position - 1] : nil
                if previous?.network != run.network || previous?.shape != run.shape {
                    lines.append("net \(run.network): \(run.shape.text(arrow: style.arrow))")
                }
                lines.append("  run \(number): \(run.command) on \(record.trainingSet) "
                    + "(n = \(NumberText.thousands(record.trainingCount))), "
                    + "\(counted(record.epochRecords.count, "epoch")), \(record.ending)")
                for epoch in record.epochRecords {
                    keys.append((severalNetworks ? [String(run.network)] : []) + [String(number), String(epoch.epoch)])
                    let results = sets.map { name in epoch.results.first { $0.name == name } }
                    accuracies.append(results.map { $0.map { NumberText.fixed(100 * $0.accuracy, 2) + "%" } ?? "" })
                    costs.append(results.map { $0.map { NumberText.fixed($0.cost, 4) } ?? "" })
                    seconds.append(NumberText.fixed(epoch.seconds, 2))
                }
            }
        }
    }

    private static func render(_ contents: Contents, style: RenderStyle) throws(InspectionError) -> String {
        let (lines, keyHeader, keys, sets) = (contents.lines, contents.keyHeader, contents.keys, contents.sets)
        let (accuracies, costs, seconds) = (contents.accuracies, contents.costs, contents.seconds)
        let combined = TextTable(header: contents.header, rows: contents.rows).render(style: style)
        if combined.split(separator: "\n").allSatisfy({ $0.count <= style.width }) {
            return (lines + [combined]).joined(separator: "\n")
        }
        let accuracy = TextTable(header: keyHeader + sets + ["seconds"],
                                 rows: keys.indices.map { keys[$0] + accuracies[$0] + [seconds[$0]] })
        let cost = TextTable(header: keyHeader + sets, rows: keys.indices.map { keys[$0] + costs[$0] })
        return (lines + ["accuracy", accuracy.render(style: style), "cost", cost.render(style: style)])
            .joined(separator: "\n")
    }

    /// The monitored sets' names of all runs: train, validation, test first (in that order),
    /// then any other names in the order first seen.
    static func orderedSetNames(_ runs: [TrainingRun]) -> [String] {
        var seen: [String] = []
        for run in runs {
            for name in run.monitoredSets where !seen.contains(name) { seen.append(name) }
        }
        let standard = DataSetName.names.filter(seen.contains)
        return standard + seen.filter { !standard.contains($0) }
    }
}

import NNSDisplay

/// `history`: every `sgd` run of the session — one line per run with its hyper-parameters, then
/// one table row per finished epoch with the accuracy and cost of each monitored set and the
/// epoch's training time.
enum HistoryView {
    /// The run lines, then the table (columns: net when several networks were trained, run,
    /// epoch counted from 0 as `sgd` prints it, "<set> accuracy" and "<set> cost" per monitored
    /// set in the order train, validation, test, and the seconds of the training pass).
    /// Throws `.noHistory` when no run finished an epoch.
    static func render(_ runs: [TrainingRun], style: RenderStyle) throws(InspectionError) -> String {
        guard runs.contains(where: { !$0.record.epochRecords.isEmpty }) else { throw .noHistory }
        let severalNetworks = Set(runs.map(\.network)).count > 1
        let sets = orderedSetNames(runs)
        var lines: [String] = []
        var rows: [[String]] = []
        for (position, run) in runs.enumerated() {
            let number = position + 1
            let record = run.record
            let network = severalNetworks ? "net \(run.network), " : ""
            lines.append("run \(number): \(network)\(run.command) on \(record.trainingSet) "
                + "(n = \(NumberText.thousands(record.trainingCount))), \(record.epochRecords.count) "
                + "epoch\(record.epochRecords.count == 1 ? "" : "s"), \(record.ending)")
            for epoch in record.epochRecords {
                var row = severalNetworks ? [String(run.network)] : []
                row += [String(number), String(epoch.epoch)]
                for name in sets {
                    if let result = epoch.results.first(where: { $0.name == name }) {
                        row += [NumberText.fixed(100 * result.accuracy, 2) + "%", NumberText.fixed(result.cost, 4)]
                    } else {
                        row += ["", ""]
                    }
                }
                rows.append(row + [NumberText.fixed(epoch.seconds, 2)])
            }
        }
        let header = (severalNetworks ? ["net"] : []) + ["run", "epoch"]
            + sets.flatMap { ["\($0) accuracy", "\($0) cost"] } + ["seconds"]
        return (lines + [TextTable(header: header, rows: rows).render(style: style)]).joined(separator: "\n")
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

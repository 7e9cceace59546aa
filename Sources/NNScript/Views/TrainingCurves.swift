import NNSDisplay

/// The curves `plot` draws: for every network of the session and every set its runs monitored,
/// the per-epoch accuracy (in %) or cost, over the network's epochs counted from 0 across its
/// runs (a second `sgd` on the same network continues the curve where the first stopped).
enum TrainingCurves {
    /// What is plotted.
    enum Metric: String, Sendable, CaseIterable {
        /// Fraction classified correctly, drawn in percent.
        case accuracy
        /// The mean cost C over the set (with the training λ's L2 term).
        case cost

        /// The unit of the y axis: "%" for accuracy.
        var unit: String { self == .accuracy ? "%" : "" }

        /// The chart's title.
        var title: String { self == .accuracy ? "accuracy (%) per epoch" : "cost per epoch" }
    }

    /// One series per (network, monitored set), in network order and then train, validation,
    /// test. Series are named by the set alone for one network, else "net 2 test", followed by
    /// what differs between the networks: their sizes ("784-100-10"), activations, cost, and
    /// the eta, m, lambda of each network's first run. Throws `.noHistory` without finished epochs and `.nothingMonitored` when no
    /// run measured any set.
    static func series(_ runs: [TrainingRun], metric: Metric) throws(InspectionError) -> [ChartSeries] {
        guard runs.contains(where: { !$0.record.epochRecords.isEmpty }) else { throw .noHistory }
        let networks = runs.map(\.network).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        let sets = HistoryView.orderedSetNames(runs)
        guard !sets.isEmpty else { throw .nothingMonitored }
        let differences = distinguishingSettings(runs, networks: networks)
        var result: [ChartSeries] = []
        for network in networks {
            let epochs = runs.filter { $0.network == network }.flatMap(\.record.epochRecords)
            for name in sets {
                var x: [Double] = []
                var y: [Double] = []
                for (position, epoch) in epochs.enumerated() {
                    guard let value = epoch.results.first(where: { $0.name == name }) else { continue }
                    x.append(Double(position))
                    y.append(metric == .accuracy ? 100 * value.accuracy : value.cost)
                }
                guard !x.isEmpty else { continue }
                let prefix = networks.count > 1 ? "net \(network) " : ""
                let suffix = differences[network].map { " (\($0))" } ?? ""
                let curve = try InspectionError.rendering { () throws(DisplayError) in
                    try ChartSeries(name: prefix + name + suffix, x: x, y: y)
                }
                result.append(curve)
            }
        }
        return result
    }

    /// For each network, "784-100-10, eta=0.5" listing the settings of its first run that are
    /// not the same for all networks; nothing when all agree (or there is one network).
    private static func distinguishingSettings(_ runs: [TrainingRun], networks: [Int]) -> [Int: String] {
        let firstRuns = networks.compactMap { network in runs.first { $0.network == network } }
        let settings: [(TrainingRun) -> String] = [
            { $0.shape.sizes.map(String.init).joined(separator: "-") },
            { "act=" + $0.shape.activations.map(\.rawValue).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
                .joined(separator: "/") },
            { "cost=" + $0.shape.cost.rawValue },
            { "eta=" + TrainingRun.number($0.record.learningRate) },
            { "m=\($0.record.miniBatchSize)" },
            { "lambda=" + TrainingRun.number($0.record.lambda) },
        ]
        let varying = settings.filter { setting in Set(firstRuns.map(setting)).count > 1 }
        guard !varying.isEmpty else { return [:] }
        var result: [Int: String] = [:]
        for run in firstRuns {
            result[run.network] = varying.map { setting in setting(run) }.joined(separator: ", ")
        }
        return result
    }
}

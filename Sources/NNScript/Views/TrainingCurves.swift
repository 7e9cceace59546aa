import Foundation
import NNSDisplay

/// The curves `plot` draws: for every network of the session and every set its runs monitored,
/// the per-epoch accuracy (in %) or cost, over the network's epochs counted from 0 across its
/// runs (a second `sgd` on the same network continues the curve where the first stopped); or
/// chapter 5's speed of learning ‖∂C/∂b^l‖ of every layer, from the runs that measured it
/// (`sgd … speed`), over the epochs trained (0: before the first).
enum TrainingCurves {
    /// What is plotted.
    enum Metric: String, Sendable, CaseIterable {
        /// Fraction classified correctly, drawn in percent.
        case accuracy
        /// The mean cost C over the set (with the training λ's L2 term).
        case cost
        /// ‖∂C/∂b^l‖ per layer.
        case speed

        /// The unit of the y axis: "%" for accuracy.
        var unit: String { self == .accuracy ? "%" : "" }

        /// The chart's title.
        var title: String {
            switch self {
            case .accuracy: return "accuracy (%) per epoch"
            case .cost: return "cost per epoch"
            case .speed: return "speed of learning per layer, log₁₀ ‖∂C/∂b^l‖ (−2 is 0.01)"
            }
        }
    }

    /// One series per (network, monitored set), in network order and then train, validation,
    /// test. Series are named by the set alone for one network, else "net 2 test", followed by
    /// what differs between the networks: their sizes ("784-100-10"), activations, cost, and
    /// the eta, m, lambda of each network's first run. Throws `.noHistory` without finished epochs and `.nothingMonitored` when no
    /// run measured any set.
    static func series(_ runs: [TrainingRun], metric: Metric) throws(InspectionError) -> [ChartSeries] {
        guard runs.contains(where: { !$0.record.epochRecords.isEmpty }) else { throw .noHistory }
        if metric == .speed { return try speedSeries(runs) }
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

    /// One series per (network, measured layer): "layer 1" (or "net 2 layer 1"), x the epochs
    /// trained on that network when measured, y log₁₀ ‖∂C/∂b^l‖ — the layers of a deep network
    /// differ by factors of 100, which a linear axis would flatten. Throws `.noSpeeds` when no
    /// run measured any.
    private static func speedSeries(_ runs: [TrainingRun]) throws(InspectionError) -> [ChartSeries] {
        let networks = runs.map(\.network).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        var result: [ChartSeries] = []
        for network in networks {
            var points: [Int: (x: [Double], y: [Double])] = [:]
            var layers: [Int] = []
            var trained = 0
            for run in runs where run.network == network {
                let record = run.record
                if let measured = record.speedLayers {
                    for layer in measured where !layers.contains(layer) { layers.append(layer) }
                    if trained == 0, let initial = record.initialSpeeds {
                        for (layer, value) in zip(measured, initial) {
                            points[layer, default: ([], [])].x.append(0)
                            points[layer]?.y.append(Self.logarithm(value))
                        }
                    }
                }
                for epoch in record.epochRecords {
                    trained += 1
                    guard let measured = record.speedLayers, let values = epoch.learningSpeeds else { continue }
                    for (layer, value) in zip(measured, values) {
                        points[layer, default: ([], [])].x.append(Double(trained))
                        points[layer]?.y.append(Self.logarithm(value))
                    }
                }
            }
            for layer in layers {
                guard let curve = points[layer], !curve.x.isEmpty else { continue }
                let name = (networks.count > 1 ? "net \(network) " : "") + "layer \(layer)"
                result.append(try InspectionError.rendering { () throws(DisplayError) in
                    try ChartSeries(name: name, x: curve.x, y: curve.y)
                })
            }
        }
        guard !result.isEmpty else { throw .noSpeeds }
        return result
    }

    /// log₁₀ of a speed, a zero gradient drawn at −10.
    private static func logarithm(_ speed: Double) -> Double { speed > 0 ? log10(speed) : -10 }

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

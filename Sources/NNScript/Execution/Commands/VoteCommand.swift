import ModelFiles
import NNSDisplay
import NeuralNet

/// `vote PATH… [set=test]`: chapter 6's ensemble. Opens every model file (`ModelFile.open`,
/// validated as `open` does, one at a time), lets the networks vote on the set (`EnsembleVote`:
/// plurality, ties broken by the summed outputs a^L) and prints each model's accuracy next to
/// the ensemble's:
///
///     vote on test (500 images) by 3 models:
///     ┌──────────┬───────────┬──────────┐
///     │ model    │   correct │ accuracy │
///     ├──────────┼───────────┼──────────┤
///     │ a.json   │ 441 / 500 │   88.20% │
///     │ …        │           │          │
///     │ ensemble │ 452 / 500 │   90.40% │
///     └──────────┴───────────┴──────────┘
///     the ensemble is 1.20 points above the best model (b.json)
///     the models disagreed on 61 images; the vote got 34 of them right; 3 ties were broken by the summed outputs
///
/// A file that cannot be opened, or whose network does not fit the set, is an error at that
/// path. The session is not changed; Ctrl-C stops between two models.
struct VoteCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let paths = context.arguments.strings("models") ?? []
        guard paths.count >= 2 else { throw context.failure(.voteNeedsModels(count: paths.count), at: "models") }
        let name = context.arguments.dataSet("set") ?? .test
        let set = try context.requireDataSet(name, at: "set")
        var ensemble = EnsembleVote(examples: set.examples)
        for (index, written) in paths.enumerated() {
            if index > 0, context.isCancellationRequested() {
                context.output.writeError("interrupted after \(counted(index, "model")) of \(paths.count); nothing was voted\n")
                context.outcome = .interrupted
                return
            }
            let span = context.arguments.span(ofEntry: index, in: "models")
            let network = try Self.open(written, in: context, at: span)
            if let reason = Self.misfit(network, set, named: name) {
                throw context.failure(.modelDoesNotFit(path: written, set: name.rawValue, reason: reason), atSpan: span)
            }
            ensemble.add(network, threads: context.threads(for: network))
        }
        context.say(Self.report(ensemble, paths: paths, set: name, style: context.options.renderStyle))
    }

    /// The network of the model file written as `written`, or a diagnostic at `span`.
    private static func open(_ written: String, in context: CommandContext, at span: SourceSpan) throws(Diagnostic) -> Network {
        do {
            return try ModelFile.open(context.options.paths.resolve(written)).network
        } catch {
            throw context.failure(.modelFile(ModelFileError(path: written, problem: error.problem)), atSpan: span)
        }
    }

    /// How `network` does not fit `set` (inputs vs pixels, outputs vs classes), nil when it fits.
    static func misfit(_ network: Network, _ set: LoadedDataSet, named name: DataSetName) -> String? {
        let images = set.images
        if network.inputCount != images.pixelsPerImage {
            let shape = network.inputShape.isFlat ? "" : " (\(network.inputShape))"
            return "it has \(network.inputCount) inputs\(shape), the \(name) images have \(images.pixelsPerImage) "
                + "pixels (\(images.rows)×\(images.columns))"
        }
        if network.outputCount != images.classCount {
            return "it has \(network.outputCount) outputs, the \(name) set has \(images.classCount) classes"
        }
        return nil
    }

    /// The table of accuracies and the lines about the ensemble.
    static func report(_ ensemble: EnsembleVote, paths: [String], set: DataSetName, style: RenderStyle) -> String {
        let tally = ensemble.tally
        let total = tally.total
        func row(_ name: String, _ correct: Int) -> [String] {
            [name, "\(NumberText.thousands(correct)) / \(NumberText.thousands(total))",
             NumberText.fixed(total == 0 ? 0 : Double(correct) / Double(total) * 100, 2) + "%"]
        }
        let members = ensemble.memberCorrect
        let table = TextTable(header: ["model", "correct", "accuracy"],
                              rows: zip(paths, members).map { row($0, $1) } + [row("ensemble", tally.correct)],
                              alignments: [.left, .right, .right])
        var lines = ["vote on \(set) (\(counted(total, "image"))) by \(paths.count) models:", table.render(style: style)]
        if let best = members.indices.max(by: { members[$0] < members[$1] }), total > 0 {
            let points = Double(tally.correct - members[best]) / Double(total) * 100
            let gap = NumberText.fixed(abs(points), 2)
            lines.append(tally.correct == members[best] ? "the ensemble ties with the best model (\(paths[best]))"
                         : "the ensemble is \(gap) points \(points > 0 ? "above" : "below") the best model (\(paths[best]))")
        }
        var agreement = "the models disagreed on \(counted(tally.disagreements, "image"))"
        if tally.disagreements > 0 {
            agreement += "; the vote got \(NumberText.thousands(tally.correctOnDisagreements)) of them right"
        }
        if tally.tiesBroken > 0 {
            agreement += "; \(counted(tally.tiesBroken, "tie")) \(tally.tiesBroken == 1 ? "was" : "were") broken by the summed outputs"
        }
        lines.append(agreement)
        return lines.joined(separator: "\n")
    }
}

import NNSDisplay

/// `eval [train|validation|test]` (default test): the network's accuracy and mean cost on the
/// set, `test: 9512 / 10000 (95.12%), cost 0.0412`.
struct EvalCommand: CommandExecutor {
    func execute(_ context: inout CommandContext) throws(Diagnostic) {
        let name = context.arguments.dataSet("set") ?? .test
        let network = try context.requireNetwork()
        let set = try context.requireDataSet(name, at: "set")
        try context.checkFits(network, set, named: name, at: "set")
        guard let result = network.evaluate(set.examples, threads: context.threads(for: network),
                                            unless: context.isCancellationRequested) else {
            throw context.interruption
        }
        context.say("\(name): \(result.correct) / \(result.total) (\(NumberText.fixed(result.accuracy * 100, 2))%), "
                    + "cost \(NumberText.fixed(result.cost, 4))")
    }
}

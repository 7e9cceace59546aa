import Testing
import ModelFiles
@testable import NNScript

/// `history`: one line per sgd run and a table of every epoch's results.
@Suite struct HistoryCommandTests {
    /// Two runs on one network: 2 epochs monitoring validation and test, then 1 monitoring test.
    static let records: [TrainingRecord] = [
        TrainingRecord(
            epochs: 2, learningRate: 3, miniBatchSize: 10, lambda: 0, stopAfter: nil, trainingSet: "train",
            trainingCount: 50_000,
            epochRecords: [
                .init(epoch: 0, seconds: 2.5, results: [.init(name: "validation", correct: 9012, total: 10_000, cost: 0.1234),
                                                       .init(name: "test", correct: 8990, total: 10_000, cost: 0.125)]),
                .init(epoch: 1, seconds: 2.25, results: [.init(name: "validation", correct: 9234, total: 10_000, cost: 0.0987),
                                                        .init(name: "test", correct: 9201, total: 10_000, cost: 0.1)]),
            ],
            ending: "completed"),
        TrainingRecord(
            epochs: 5, learningRate: 0.5, miniBatchSize: 20, lambda: 5, stopAfter: 2, trainingSet: "train",
            trainingCount: 50_000,
            epochRecords: [.init(epoch: 0, seconds: 3, results: [.init(name: "test", correct: 9400, total: 10_000, cost: 0.08)])],
            ending: "cancelled"),
    ]

    @Test func tabulatesEveryEpochOfEveryRun() throws {
        let harness = try ViewFixture.harness(history: Self.records)
        #expect(harness.run("history") == .success)
        #expect(harness.output == """
            net 1: 784 → 30 sigmoid → 10 sigmoid, quadratic cost
              run 1: sgd epochs=2 eta=3 m=10 lambda=0 on train (n = 50,000), 2 epochs, completed
              run 2: sgd epochs=5 eta=0.5 m=20 lambda=5 stop-after=2 on train (n = 50,000), 1 epoch, cancelled
            accuracy
            ┌─────┬───────┬────────────┬────────┬─────────┐
            │ run │ epoch │ validation │   test │ seconds │
            ├─────┼───────┼────────────┼────────┼─────────┤
            │   1 │     0 │     90.12% │ 89.90% │    2.50 │
            │   1 │     1 │     92.34% │ 92.01% │    2.25 │
            │   2 │     0 │            │ 94.00% │    3.00 │
            └─────┴───────┴────────────┴────────┴─────────┘
            cost
            ┌─────┬───────┬────────────┬────────┐
            │ run │ epoch │ validation │   test │
            ├─────┼───────┼────────────┼────────┤
            │   1 │     0 │     0.1234 │ 0.1250 │
            │   1 │     1 │     0.0987 │ 0.1000 │
            │   2 │     0 │            │ 0.0800 │
            └─────┴───────┴────────────┴────────┘

            """)
    }

    @Test func aRealRunIsListedWithItsHyperParameters() throws {
        let trained = try #require(ViewFixture.trained)
        let harness = try ViewFixture.harness(network: trained.network, history: [trained.record])
        harness.run("history")
        #expect(harness.output.hasPrefix("""
            net 1: 784 → 10 sigmoid → 10 sigmoid, quadratic cost
              run 1: sgd epochs=1 eta=3 m=10 lambda=0 on train (n = 1,000), 1 epoch, completed

            """))
        #expect(harness.output.contains("│   1 │     0 │        31.60% │    0.4262 │    1.25 │"))
    }

    @Test func asciiTable() throws {
        let harness = try ViewFixture.harness(history: Self.records, options: SessionOptions(unicode: false))
        harness.run("history")
        #expect(harness.output.contains("+-----+-------+"))
        #expect(harness.output.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func splitsIntoAccuracyAndCostTablesWhenTooWide() throws {
        var record = Self.records[0]
        for index in record.epochRecords.indices {
            record.epochRecords[index].results.insert(.init(name: "train", correct: 45_000, total: 50_000, cost: 0.09), at: 0)
        }
        let harness = try ViewFixture.harness(history: [record])
        harness.run("history")
        #expect(harness.output == """
            net 1: 784 → 30 sigmoid → 10 sigmoid, quadratic cost
              run 1: sgd epochs=2 eta=3 m=10 lambda=0 on train (n = 50,000), 2 epochs, completed
            accuracy
            ┌─────┬───────┬────────┬────────────┬────────┬─────────┐
            │ run │ epoch │  train │ validation │   test │ seconds │
            ├─────┼───────┼────────┼────────────┼────────┼─────────┤
            │   1 │     0 │ 90.00% │     90.12% │ 89.90% │    2.50 │
            │   1 │     1 │ 90.00% │     92.34% │ 92.01% │    2.25 │
            └─────┴───────┴────────┴────────────┴────────┴─────────┘
            cost
            ┌─────┬───────┬────────┬────────────┬────────┐
            │ run │ epoch │  train │ validation │   test │
            ├─────┼───────┼────────┼────────────┼────────┤
            │   1 │     0 │ 0.0900 │     0.1234 │ 0.1250 │
            │   1 │     1 │ 0.0900 │     0.0987 │ 0.1000 │
            └─────┴───────┴────────┴────────────┴────────┘

            """)
        #expect(harness.output.split(separator: "\n").filter { !$0.hasPrefix("  run") }.allSatisfy { $0.count <= 80 })
    }

    @Test func namesEachNetworkBeforeItsRunsAndAddsANetColumn() throws {
        let harness = try ViewFixture.harness(options: SessionOptions(unicode: false))
        let wide = NetworkShape(sizes: [784, 100, 10], activations: [.relu, .softmax], cost: .logLikelihood)
        harness.interpreter.session.trainingRuns = ViewFixture.runs([Self.records[0]])
            + ViewFixture.runs(Array(Self.records.prefix(2)), network: 2, shape: wide)
        harness.run("history")
        #expect(harness.output.hasPrefix("""
            net 1: 784 -> 30 sigmoid -> 10 sigmoid, quadratic cost
              run 1: sgd epochs=2 eta=3 m=10 lambda=0 on train (n = 50,000), 2 epochs, completed
            net 2: 784 -> 100 relu -> 10 softmax, log-likelihood cost
              run 2: sgd epochs=2 eta=3 m=10 lambda=0 on train (n = 50,000), 2 epochs, completed
              run 3: sgd epochs=5 eta=0.5 m=20 lambda=5 stop-after=2 on train (n = 50,000), 1 epoch, cancelled
            accuracy
            +-----+-----+-------+------------+--------+---------+
            | net | run | epoch | validation |   test | seconds |
            """))
        #expect(harness.output.contains("|   2 |   3 |     0 |            | 94.00% |    3.00 |"))
    }

    @Test func aGrownNetworkIsNamedAgainWithItsNewShape() throws {
        let harness = try ViewFixture.harness()
        let grown = NetworkShape(sizes: [784, 30, 10, 10], activations: [.sigmoid, .sigmoid, .sigmoid], cost: .quadratic)
        harness.interpreter.session.trainingRuns = ViewFixture.runs([Self.records[0]])
            + ViewFixture.runs([Self.records[1]], shape: grown)
        harness.run("history")
        #expect(harness.output.hasPrefix("""
            net 1: 784 → 30 sigmoid → 10 sigmoid, quadratic cost
              run 1: sgd epochs=2 eta=3 m=10 lambda=0 on train (n = 50,000), 2 epochs, completed
            net 1: 784 → 30 sigmoid → 10 sigmoid → 10 sigmoid, quadratic cost
              run 2: sgd
            """))
        #expect(harness.output.contains("│ run │ epoch │"))
    }

    @Test func withoutTrainingSaysHowToTrain() throws {
        let harness = try ViewFixture.harness()
        harness.run("history")
        #expect(harness.errors == """
            1:1: no training history yet — train first, e.g. 'sgd epochs=5 monitor=test'
              history
              ^~~~~~~

            """)
    }
}

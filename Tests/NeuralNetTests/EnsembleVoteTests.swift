import Testing
@testable import NeuralNet

/// The ensemble's plurality vote, its tie-break by summed outputs, and its counts, on networks
/// whose outputs are known exactly: one linear layer on a single input of 0, so that every
/// output a^L is the layer's bias vector.
@Suite struct EnsembleVoteTests {
    /// A network whose output is `outputs` for every sample of a one-value input of 0.
    private func constant(_ outputs: [Float]) throws -> Network {
        try Network(sizes: [1, outputs.count], weights: [Matrix(rows: outputs.count, columns: 1)], biases: [outputs],
                    activations: [.linear], cost: .quadratic)
    }

    /// `labels.count` samples of a single 0.
    private func examples(_ labels: [UInt8], classes: Int = 3) -> LabeledExamples {
        LabeledExamples(floats: [Float](repeating: 0, count: labels.count), labels: labels, inputSize: 1, classCount: classes)
    }

    @Test func theClassMostMembersPredictWins() throws {
        var vote = EnsembleVote(examples: examples([2, 1]))
        for outputs: [Float] in [[0.9, 0.1, 0], [0, 0.2, 0.5], [0, 0.6, 0.7], [0.8, 0.9, 0]] { vote.add(try constant(outputs)) }
        // Votes: class 0 once, class 2 twice, class 1 once; class 1 has the largest summed output (1.8) but loses.
        let tally = vote.tally
        #expect(tally.predictions == [2, 2])
        #expect(tally.correct == 1 && tally.total == 2 && tally.tiesBroken == 0)
        #expect(vote.memberPredictions == [[0, 0], [2, 2], [2, 2], [1, 1]])
        #expect(vote.memberCorrect == [0, 1, 1, 1])
        #expect(tally.disagreements == 2 && tally.correctOnDisagreements == 1)
    }

    @Test func aTieIsBrokenByTheSummedOutputsOfTheTiedClasses() throws {
        var vote = EnsembleVote(examples: examples([1, 0, 2]))
        // One vote each for 0, 1 and 2: sums 0.9, 1.25, 1.1 → class 1.
        for outputs: [Float] in [[0.9, 0.1, 0], [0, 0.6, 0.5], [0, 0.55, 0.6]] { vote.add(try constant(outputs)) }
        #expect(vote.tally.predictions == [1, 1, 1])
        #expect(vote.tally.tiesBroken == 3)
        #expect(vote.tally.correct == 1)
        #expect(vote.tally.accuracy == 1.0 / 3)
    }

    @Test func onlyTheTiedClassesCompeteInTheTieBreak() throws {
        var vote = EnsembleVote(examples: examples([0]))
        // Two votes each for 0 and 2, class 1 has the largest sum (3.6) but only one vote.
        for outputs: [Float] in [[0.5, 0.4, 0], [0.5, 0.4, 0], [0, 0.4, 0.9], [0, 0.4, 0.9], [0, 2, 0]] {
            vote.add(try constant(outputs))
        }
        #expect(vote.tally.predictions == [2], "0 and 2 tie on votes; 2's sum 1.8 beats 0's 1.0")
        #expect(vote.tally.tiesBroken == 1)
    }

    @Test func identicalMembersNeverDisagreeAndAnExactTieGoesToTheLowestClass() throws {
        var vote = EnsembleVote(examples: examples([0, 1]))
        let network = try constant([0.5, 0.5, 0.1])
        vote.add(network)
        vote.add(network)
        #expect(vote.memberPredictions == [[0, 0], [0, 0]], "argmax takes the first largest output")
        #expect(vote.tally.predictions == [0, 0])
        #expect(vote.tally.disagreements == 0 && vote.tally.tiesBroken == 0 && vote.tally.correct == 1)
    }

    @Test func anEnsembleOfOneIsThatNetwork() throws {
        var vote = EnsembleVote(examples: examples([1, 1, 2]))
        vote.add(try constant([0.1, 0.7, 0.2]))
        #expect(vote.tally.predictions == [1, 1, 1])
        #expect(vote.tally.correct == vote.memberCorrect[0])
        #expect(EnsembleVote(examples: examples([])).tally == EnsembleVote.Tally(
            predictions: [], correct: 0, total: 0, tiesBroken: 0, disagreements: 0, correctOnDisagreements: 0))
    }
}

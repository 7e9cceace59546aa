import Foundation
import Testing
@testable import NeuralNet

struct CostTests {
    private func cost(_ cost: Cost, _ a: [Float], label: Int) -> Double {
        cost.sampleCost(outputs: a, count: a.count, label: label)
    }

    @Test func sampleCostsFollowTheirFormulas() {
        #expect(abs(cost(.quadratic, [0.2, 0.6], label: 1) - (0.04 + 0.16) / 2) < 1e-7)
        #expect(abs(cost(.crossEntropy, [0.2, 0.6], label: 1) - (-log(0.8) - log(0.6))) < 1e-6)
        #expect(abs(cost(.logLikelihood, [0.2, 0.6], label: 1) - -log(0.6)) < 1e-6)
    }

    @Test func saturatedOutputsGiveLargeFiniteCosts() {
        for c in [Cost.crossEntropy, .logLikelihood] {
            let value = cost(c, [1, 0], label: 1)
            #expect(value.isFinite && value > 80, "\(c): \(value)")
        }
    }

    @Test func definedPairs() {
        let defined = Cost.allCases.flatMap { c in Activation.allCases.filter { c.isDefined(for: $0) }.map { "\(c.rawValue)/\($0.rawValue)" } }
        #expect(defined == ["quadratic/sigmoid", "quadratic/tanh", "quadratic/relu", "quadratic/softmax", "quadratic/linear",
                            "cross-entropy/sigmoid", "cross-entropy/softmax",
                            "log-likelihood/sigmoid", "log-likelihood/softmax"])
    }

    @Test func cheapOutputDeltasAreAMinusY() {
        let a: [Float] = [0.1, 0.7, 0.2]
        for (c, activation) in [(Cost.crossEntropy, Activation.sigmoid), (.logLikelihood, .softmax)] {
            var delta = [Float](repeating: 9, count: 3)
            delta.withUnsafeMutableBufferPointer { d in
                c.outputDeltas(activation: activation, outputs: a, labels: [1], rows: 1, columns: 3, into: d.baseAddress!)
            }
            #expect(delta == [0.1, 0.7 - 1, 0.2], "\(c)/\(activation)")
        }
    }

    @Test func softmaxCrossEntropyDeltaStaysFiniteWhenSaturated() {
        let a: [Float] = [1, 0, 0]
        var delta = [Float](repeating: 0, count: 3)
        delta.withUnsafeMutableBufferPointer { d in
            Cost.crossEntropy.outputDeltas(activation: .softmax, outputs: a, labels: [2], rows: 1, columns: 3, into: d.baseAddress!)
        }
        // Exact limit: δ_0 = a_0(2 − r_1) = 2 (pushes the wrong winner down), δ_y = a_y − 1 = −1.
        #expect(delta == [2, 0, -1])
    }
}

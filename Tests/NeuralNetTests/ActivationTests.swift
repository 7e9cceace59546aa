import Foundation
import Testing
@testable import NeuralNet

struct ActivationTests {
    private func applied(_ activation: Activation, _ z: [Float], columns: Int) -> [Float] {
        var values = z
        values.withUnsafeMutableBufferPointer { activation.apply(to: $0.baseAddress!, rows: z.count / columns, columns: columns) }
        return values
    }

    @Test func elementwiseValues() {
        let sigmoid = applied(.sigmoid, [0, 2], columns: 2)
        #expect(sigmoid[0] == 0.5 && abs(sigmoid[1] - Float(1 / (1 + exp(-2.0)))) < 1e-6)
        let tanh = applied(.tanh, [0, -1], columns: 2)
        #expect(tanh[0] == 0 && abs(tanh[1] - Float(Foundation.tanh(-1.0))) < 1e-6)
        #expect(applied(.relu, [-3, 0, 2.5], columns: 3) == [0, 0, 2.5])
    }

    @Test func sigmoidSaturatesWithoutNaN() {
        #expect(applied(.sigmoid, [-1000, 1000, -88.5], columns: 3) == [0, 1, 0])
        #expect(applied(.softmax, [-1000, 0], columns: 2) == [0, 1])
    }

    @Test func softmaxNormalisesEachRowAndIsStable() {
        let a = applied(.softmax, [1, 2, 3, 1000, 1001, 1002], columns: 3)
        #expect(a.allSatisfy { $0.isFinite })
        #expect(abs(a[0..<3].reduce(0, +) - 1) < 1e-6)
        for j in 0..<3 { #expect(abs(a[j] - a[j + 3]) < 1e-6, "shift invariance") }
        #expect(a[2] > a[1] && a[1] > a[0])
    }

    @Test func derivativesFollowTheActivation() {
        for (activation, expected) in [(Activation.sigmoid, Float(0.25 * 2)), (.tanh, 0.75 * 2), (.relu, 2)] {
            var delta: [Float] = [2]
            let a: [Float] = [activation == .tanh ? 0.5 : 0.5]
            delta.withUnsafeMutableBufferPointer { d in
                activation.multiplyByDerivative(d.baseAddress!, activations: a, rows: 1, columns: 1)
            }
            #expect(delta == [expected], "\(activation)")
        }
    }

    @Test func softmaxDerivativeIsTheJacobianProduct() {
        let a: [Float] = [0.2, 0.3, 0.5]
        var constant: [Float] = [4, 4, 4]     // softmax ignores a common shift of z: J·1 = 0
        var unit: [Float] = [1, 0, 0]         // δ_j = ∂a_0/∂z_j = a_0(δ_0j − a_j)
        constant.withUnsafeMutableBufferPointer { Activation.softmax.multiplyByDerivative($0.baseAddress!, activations: a, rows: 1, columns: 3) }
        unit.withUnsafeMutableBufferPointer { Activation.softmax.multiplyByDerivative($0.baseAddress!, activations: a, rows: 1, columns: 3) }
        #expect(constant.allSatisfy { abs($0) < 1e-6 })
        #expect(zip(unit, [0.2 * 0.8, -0.2 * 0.3, -0.2 * 0.5] as [Float]).allSatisfy { abs($0 - $1) < 1e-6 })
    }
}

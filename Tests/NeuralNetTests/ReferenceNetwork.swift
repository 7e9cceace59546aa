import Foundation
@testable import NeuralNet

/// An independent, deliberately naive Double-precision forward pass and cost, used to check the
/// Float backpropagation against central finite differences.
struct ReferenceNetwork {
    var weights: [[[Double]]]   // weights[l][j][k]
    var biases: [[Double]]
    let activations: [Activation]
    let cost: Cost

    init(_ network: Network) {
        weights = network.weights.map { w in
            (0..<w.rows).map { j in (0..<w.columns).map { k in Double(w[j, k]) } }
        }
        biases = network.biases.map { $0.map(Double.init) }
        activations = network.activations
        cost = network.cost
    }

    func output(_ input: [Double]) -> [Double] {
        var a = input
        for l in weights.indices {
            let z = weights[l].enumerated().map { j, row in
                zip(row, a).reduce(biases[l][j]) { $0 + $1.0 * $1.1 }
            }
            a = Self.activate(z, activations[l])
        }
        return a
    }

    /// (1/m) Σ_x C_x + λ/(2n) Σ w².
    func totalCost(inputs: [[Double]], labels: [Int], lambda: Double, n: Int) -> Double {
        var sum = 0.0
        for (x, label) in zip(inputs, labels) {
            let a = output(x)
            let y = a.indices.map { $0 == label ? 1.0 : 0.0 }
            switch cost {
            case .quadratic: sum += zip(a, y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / 2
            case .crossEntropy: sum -= zip(a, y).reduce(0) { $0 + $1.1 * log($1.0) + (1 - $1.1) * log(1 - $1.0) }
            case .logLikelihood: sum -= log(a[label])
            }
        }
        let squares = weights.joined().joined().reduce(0) { $0 + $1 * $1 }
        return sum / Double(inputs.count) + lambda / (2 * Double(n)) * squares
    }

    static func activate(_ z: [Double], _ activation: Activation) -> [Double] {
        switch activation {
        case .sigmoid: return z.map { 1 / (1 + exp(-$0)) }
        case .tanh: return z.map { Foundation.tanh($0) }
        case .relu: return z.map { max(0, $0) }
        case .softmax:
            let largest = z.max() ?? 0
            let e = z.map { exp($0 - largest) }
            let sum = e.reduce(0, +)
            return e.map { $0 / sum }
        }
    }
}

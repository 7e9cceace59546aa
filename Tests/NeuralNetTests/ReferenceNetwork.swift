import Foundation
@testable import NeuralNet

/// An independent, deliberately naive Double-precision forward pass and cost over the same
/// layers as a `Network` — explicit loops in the book's notation, nothing shared with the
/// kernels — used to check the Float backpropagation against central finite differences.
struct ReferenceNetwork {
    /// One layer's parameters in Double (empty for pooling and dropout).
    struct Parameters {
        var weights: [Double]
        var biases: [Double]
    }

    let layers: [any Layer]
    var parameters: [Parameters]
    let cost: Cost
    /// Dropout masks per sample per dropout layer (index of the layer → sample → values), as
    /// the network drew them; absent layers pass values through.
    var masks: [Int: [[Double]]] = [:]

    init(_ network: Network) {
        layers = network.layers
        parameters = network.layers.map { layer in
            guard let layer = layer as? any WeightedLayer else { return Parameters(weights: [], biases: []) }
            return Parameters(weights: layer.weights.elements.map(Double.init), biases: layer.biases.map(Double.init))
        }
        cost = network.cost
    }

    /// a^L for sample `sample` with input `input`.
    func output(_ input: [Double], sample: Int) -> [Double] {
        var a = input
        for (l, layer) in layers.enumerated() {
            let p = parameters[l]
            switch layer {
            case let fc as FullyConnectedLayer:
                let z = (0..<fc.outputCount).map { j in
                    (0..<a.count).reduce(p.biases[j]) { $0 + p.weights[j * a.count + $1] * a[$1] }
                }
                a = Self.activate(z, fc.activation)
            case let conv as ConvolutionLayer:
                let (input, output, k) = (conv.inputShape, conv.outputShape, conv.kernelSize)
                var z = [Double](repeating: 0, count: output.count)
                for y in 0..<output.height {
                    for x in 0..<output.width {
                        for f in 0..<output.channels {
                            var sum = p.biases[f]
                            for dy in 0..<k {
                                for dx in 0..<k {
                                    for c in 0..<input.channels {
                                        let w = p.weights[f * conv.fieldSize + (dy * k + dx) * input.channels + c]
                                        sum += w * a[((y + dy) * input.width + x + dx) * input.channels + c]
                                    }
                                }
                            }
                            z[(y * output.width + x) * output.channels + f] = sum
                        }
                    }
                }
                a = Self.activate(z, conv.activation)
            case let pool as MaxPoolingLayer:
                let (input, output, size) = (pool.inputShape, pool.outputShape, pool.poolSize)
                var pooled = [Double](repeating: -.infinity, count: output.count)
                for y in 0..<output.height {
                    for x in 0..<output.width {
                        for c in 0..<output.channels {
                            for dy in 0..<size {
                                for dx in 0..<size {
                                    let value = a[((y * size + dy) * input.width + x * size + dx) * input.channels + c]
                                    let index = (y * output.width + x) * output.channels + c
                                    pooled[index] = max(pooled[index], value)
                                }
                            }
                        }
                    }
                }
                a = pooled
            case is DropoutLayer:
                if let mask = masks[l]?[sample] { a = zip(a, mask).map { $0 * $1 } }
            default:
                fatalError("no reference for \(layer.kindName)")
            }
        }
        return a
    }

    /// (1/m) Σ_x C_x + λ/(2n) Σ w².
    func totalCost(inputs: [[Double]], labels: [Int], lambda: Double, n: Int) -> Double {
        var sum = 0.0
        for (sample, (x, label)) in zip(inputs, labels).enumerated() {
            let a = output(x, sample: sample)
            let y = a.indices.map { $0 == label ? 1.0 : 0.0 }
            switch cost {
            case .quadratic: sum += zip(a, y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / 2
            case .crossEntropy: sum -= zip(a, y).reduce(0) { $0 + $1.1 * log($1.0) + (1 - $1.1) * log(1 - $1.0) }
            case .logLikelihood: sum -= log(a[label])
            }
        }
        let squares = parameters.flatMap(\.weights).reduce(0) { $0 + $1 * $1 }
        return sum / Double(inputs.count) + lambda / (2 * Double(n)) * squares
    }

    static func activate(_ z: [Double], _ activation: Activation) -> [Double] {
        switch activation {
        case .sigmoid: return z.map { 1 / (1 + exp(-$0)) }
        case .tanh: return z.map { Foundation.tanh($0) }
        case .relu: return z.map { max(0, $0) }
        case .linear: return z
        case .softmax:
            let largest = z.max() ?? 0
            let e = z.map { exp($0 - largest) }
            let sum = e.reduce(0, +)
            return e.map { $0 / sum }
        }
    }
}

/// A network's weights and biases copied into raw buffers for the training loop, so the hot
/// loop never touches Swift arrays (no uniqueness checks, no copy-on-write, no allocation).
/// `weights[l]` is row-major `sizes[l+1] × sizes[l]`, `biases[l]` has `sizes[l+1]` entries.
final class ParameterBuffers {
    let sizes: [Int]
    let weights: [UnsafeMutablePointer<Float>]
    let biases: [UnsafeMutablePointer<Float>]

    /// Buffers initialised from `network` (assumed valid).
    init(copying network: Network) {
        sizes = network.sizes
        weights = network.weights.map { matrix in
            let buffer = UnsafeMutablePointer<Float>.allocate(capacity: matrix.elements.count)
            buffer.initialize(from: matrix.elements, count: matrix.elements.count)
            return buffer
        }
        biases = network.biases.map { layer in
            let buffer = UnsafeMutablePointer<Float>.allocate(capacity: layer.count)
            buffer.initialize(from: layer, count: layer.count)
            return buffer
        }
    }

    deinit {
        for buffer in weights { buffer.deallocate() }
        for buffer in biases { buffer.deallocate() }
    }

    /// Sets every bias to 0 (a zero accumulator for gradients).
    func zeroBiases() {
        for l in biases.indices { biases[l].update(repeating: 0, count: sizes[l + 1]) }
    }

    /// Writes the buffers back into `network`'s `weights` and `biases` (same shapes).
    func copy(into network: inout Network) {
        for l in weights.indices {
            let count = sizes[l + 1] * sizes[l]
            network.weights[l].elements = Array(UnsafeBufferPointer(start: weights[l], count: count))
            network.biases[l] = Array(UnsafeBufferPointer(start: biases[l], count: sizes[l + 1]))
        }
    }
}

/// A network's weights and biases copied into raw buffers for the training loop, so the hot
/// loop never touches Swift arrays (no uniqueness checks, no copy-on-write, no allocation).
/// Weight layer 0 is `inputLayer` (columns possibly reordered, lazily scaled: see
/// `InputLayerWeights`); `weights[l]` for l ≥ 1 is row-major `sizes[l+1] × sizes[l]`
/// (`weights[0]` is unused and empty); `biases[l]` has `sizes[l+1]` entries.
final class ParameterBuffers {
    let sizes: [Int]
    let inputLayer: InputLayerWeights
    let weights: [UnsafeMutablePointer<Float>]
    let biases: [UnsafeMutablePointer<Float>]

    /// Buffers initialised from `network` (assumed valid), the first layer's columns in
    /// `inputOrder` (nil: as they are).
    init(copying network: Network, inputOrder: [Int]? = nil) {
        sizes = network.sizes
        inputLayer = InputLayerWeights(copying: network.weights[0], inputOrder: inputOrder)
        weights = network.weights.indices.map { l in
            let count = l == 0 ? 0 : network.weights[l].elements.count
            let buffer = UnsafeMutablePointer<Float>.allocate(capacity: count)
            if l > 0 { buffer.initialize(from: network.weights[l].elements, count: count) }
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
        inputLayer.copy(into: &network.weights[0])
        for l in weights.indices {
            if l > 0 {
                let count = sizes[l + 1] * sizes[l]
                network.weights[l].elements = Array(UnsafeBufferPointer(start: weights[l], count: count))
            }
            network.biases[l] = Array(UnsafeBufferPointer(start: biases[l], count: sizes[l + 1]))
        }
    }
}

import Foundation
import NeuralNet
import Testing
@testable import ModelFiles

/// Exports of convolutional networks, decoded byte by byte: PyTorch's `Conv2d` layout
/// (out, in, kh, kw) for filters, the channels-first column order of a fully connected layer on
/// maps, names by layer index, the metadata that describes the layers — and a forward pass in
/// PyTorch's conventions, written out here, over the exported arrays giving nns's outputs.
extension ModelExportTests {
    /// 9×9×3 → conv 4 (3×3) → pool 2 (7×7 → 3×3, a border left out) → dropout 0 → 5 relu → dropout 0.3 → 3 sigmoid.
    private static func convolutional() throws -> Network { try Fixtures.everyKindNetwork(seed: 31) }

    /// The safetensors header and data section of `bytes`.
    private func safetensorsParts(_ bytes: [UInt8]) throws -> (header: [String: Any], data: ArraySlice<UInt8>) {
        let headerLength = Int(uint(bytes[0..<8]))
        let header = try #require(try JSONSerialization.jsonObject(with: Data(bytes[8 ..< 8 + headerLength])) as? [String: Any])
        return (header, bytes[(8 + headerLength)...])
    }

    /// Tensor `name`: its shape and values.
    private func tensor(_ name: String, in parts: (header: [String: Any], data: ArraySlice<UInt8>)) throws -> (shape: [Int], values: [Float]) {
        let info = try #require(parts.header[name] as? [String: Any], "\(name) missing")
        let offsets = try #require(info["data_offsets"] as? [Int])
        let start = parts.data.startIndex
        return (try #require(info["shape"] as? [Int]), floats(parts.data[start + offsets[0] ..< start + offsets[1]]))
    }

    @Test func convolutionFiltersAreInConv2dLayoutAndLinearColumnsChannelsFirst() throws {
        let network = try Self.convolutional()
        let parts = try safetensorsParts(ModelExport.safetensors(network))
        let names = parts.header.keys.filter { $0 != "__metadata__" }.sorted()
        #expect(names == ["layers.0.bias", "layers.0.weight", "layers.3.bias", "layers.3.weight",
                          "layers.5.bias", "layers.5.weight"])

        let convolution = try #require(network.layers[0] as? ConvolutionLayer)
        let filters = try tensor("layers.0.weight", in: parts)
        #expect(filters.shape == [4, 3, 3, 3])
        for f in 0..<4 {
            let filter = Array(convolution.filter(f))   // (dy, dx, c), c fastest
            for c in 0..<3 {
                for dy in 0..<3 {
                    for dx in 0..<3 {
                        #expect(filters.values[((f * 3 + c) * 3 + dy) * 3 + dx].bitPattern == filter[(dy * 3 + dx) * 3 + c].bitPattern)
                    }
                }
            }
        }
        #expect(try tensor("layers.0.bias", in: parts).values == convolution.biases)

        // The hidden layer reads the 3×3×4 pooled maps: nns column (y·3 + x)·4 + c is torch column c·9 + y·3 + x.
        let hidden = try #require(network.layers[3] as? FullyConnectedLayer)
        let linear = try tensor("layers.3.weight", in: parts)
        #expect(linear.shape == [5, 36])
        for j in 0..<5 {
            for y in 0..<3 {
                for x in 0..<3 {
                    for c in 0..<4 {
                        #expect(linear.values[j * 36 + c * 9 + y * 3 + x].bitPattern == hidden.weights[j, (y * 3 + x) * 4 + c].bitPattern)
                    }
                }
            }
        }
        #expect(linear.values != hidden.weights.elements, "the permutation must change the order")
        // The output layer reads a flat vector: unchanged.
        let output = try #require(network.layers[5] as? FullyConnectedLayer)
        #expect(try tensor("layers.5.weight", in: parts).values.map(\.bitPattern) == output.weights.elements.map(\.bitPattern))
        #expect(try tensor("layers.5.weight", in: parts).shape == [3, 5])
    }

    @Test func metadataDescribesEveryLayer() throws {
        let network = try Self.convolutional()
        let metadata = try #require(try safetensorsParts(ModelExport.safetensors(network)).header["__metadata__"] as? [String: String])
        #expect(metadata["input"] == "[9, 9, 3]")
        #expect(metadata["layout"] == "pytorch")
        #expect(metadata["sizes"] == "[243, 196, 36, 36, 5, 5, 3]")
        #expect(metadata["activations"] == "[\"tanh\", \"linear\", \"linear\", \"relu\", \"linear\", \"sigmoid\"]")
        let layers = try #require(try JSONSerialization.jsonObject(with: Data((metadata["layers"] ?? "").utf8)) as? [[String: Any]])
        #expect(layers.count == 6)
        #expect(layers[0]["kind"] as? String == "convolution" && layers[0]["maps"] as? Int == 4 && layers[0]["kernel"] as? Int == 3)
        #expect(layers[0]["activation"] as? String == "tanh" && layers[0]["output"] as? [Int] == [7, 7, 4])
        #expect(layers[1]["kind"] as? String == "max-pooling" && layers[1]["pool"] as? Int == 2 && layers[1]["output"] as? [Int] == [3, 3, 4])
        #expect(layers[2]["kind"] as? String == "dropout" && layers[2]["rate"] as? Double == 0)
        #expect(layers[4]["rate"] as? Double == 0.3, "written with Float32's shortest digits")
        #expect(layers[3]["kind"] as? String == "fully-connected" && layers[3]["neurons"] as? Int == 5)
        #expect(layers[5]["activation"] as? String == "sigmoid")
    }

    @Test func npzHoldsTheSameArraysAsSafetensors() throws {
        let network = try Self.convolutional()
        let parts = try safetensorsParts(ModelExport.safetensors(network))
        let entries = try zipEntries(ModelExport.npz(network))
        #expect(entries.map(\.name) == ["w0.npy", "b0.npy", "w3.npy", "b3.npy", "w5.npy", "b5.npy", "sizes.npy",
                                         "input.npy", "activations.npy", "cost.npy", "layers.npy"])
        for (array, tensorName, shape) in [("w0", "layers.0.weight", "(4, 3, 3, 3)"), ("w3", "layers.3.weight", "(5, 36)"),
                                           ("b5", "layers.5.bias", "(3,)")] {
            let file = npy(try #require(entries.first { $0.name == "\(array).npy" }).contents)
            #expect(file.header.hasPrefix("{'descr': '<f4', 'fortran_order': False, 'shape': \(shape), }"))
            #expect(floats(file.data).map(\.bitPattern) == (try tensor(tensorName, in: parts)).values.map(\.bitPattern))
        }
        let input = npy(try #require(entries.first { $0.name == "input.npy" }).contents)
        #expect(input.header.hasPrefix("{'descr': '<i8', 'fortran_order': False, 'shape': (3,), }"))
        #expect(Array(input.data) == [9, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0])
        let layers = npy(try #require(entries.first { $0.name == "layers.npy" }).contents)
        let text = ModelExport.layersJSON(network)
        #expect(layers.header.hasPrefix("{'descr': '<U\(text.unicodeScalars.count)', 'fortran_order': False, 'shape': (), }"))
    }

    @Test func aForwardPassInPyTorchsConventionsOverTheExportGivesNNSsOutputs() throws {
        let network = try Self.convolutional()
        let parts = try safetensorsParts(ModelExport.safetensors(network))
        var generator = SeededGenerator(seed: 8)
        let samples = 3
        let inputs = (0..<samples * 243).map { _ in Float(generator.nextGaussian()) }
        let examples = LabeledExamples(floats: inputs, labels: [0, 1, 2], inputSize: 243, classCount: 3)
        let expected = network.outputs(examples)
        let filters = try tensor("layers.0.weight", in: parts).values
        let filterBiases = try tensor("layers.0.bias", in: parts).values
        for sample in 0..<samples {
            // nns's sample is 9×9×3 channels last; PyTorch's is (C, H, W).
            let hwc = Array(inputs[sample * 243 ..< (sample + 1) * 243])
            var chw = [Float](repeating: 0, count: 243)
            for c in 0..<3 { for y in 0..<9 { for x in 0..<9 { chw[(c * 9 + y) * 9 + x] = hwc[(y * 9 + x) * 3 + c] } } }
            // nn.Conv2d(3, 4, 3) + tanh: (4, 7, 7).
            var maps = [Float](repeating: 0, count: 4 * 49)
            for f in 0..<4 {
                for y in 0..<7 {
                    for x in 0..<7 {
                        var z = filterBiases[f]
                        for c in 0..<3 {
                            for dy in 0..<3 {
                                for dx in 0..<3 {
                                    let w: Float = filters[((f * 3 + c) * 3 + dy) * 3 + dx]
                                    z += w * chw[(c * 9 + y + dy) * 9 + x + dx]
                                }
                            }
                        }
                        maps[(f * 7 + y) * 7 + x] = Foundation.tanh(z)
                    }
                }
            }
            // nn.MaxPool2d(2): (4, 3, 3), the last row and column left out; then nn.Flatten().
            var vector = [Float](repeating: 0, count: 36)
            for f in 0..<4 {
                for y in 0..<3 {
                    for x in 0..<3 {
                        var largest = -Float.infinity
                        for dy in 0..<2 { for dx in 0..<2 { largest = max(largest, maps[(f * 7 + 2 * y + dy) * 7 + 2 * x + dx]) } }
                        vector[(f * 3 + y) * 3 + x] = largest
                    }
                }
            }
            // nn.Linear + relu, nn.Linear + sigmoid (dropout is the identity when evaluating).
            for (index, isLast) in [(3, false), (5, true)] {
                let w = try tensor("layers.\(index).weight", in: parts)
                let b = try tensor("layers.\(index).bias", in: parts).values
                var next = [Float](repeating: 0, count: w.shape[0])
                for j in 0..<w.shape[0] {
                    var z = b[j]
                    for k in 0..<w.shape[1] { z += w.values[j * w.shape[1] + k] * vector[k] }
                    next[j] = isLast ? 1 / (1 + Foundation.exp(-z)) : max(z, 0)
                }
                vector = next
            }
            for j in 0..<3 {
                #expect(abs(vector[j] - expected[sample, j]) < 1e-5, "sample \(sample), output \(j)")
            }
        }
    }
}

import Foundation
import NeuralNet
import Testing
@testable import ModelFiles

/// The safetensors and npz bytes, decoded here independently of the Python check.
@Suite struct ModelExportTests {
    private static func network() throws -> Network {
        try Fixtures.randomNetwork([6, 4, 3], [.relu, .softmax], cost: .logLikelihood, seed: 21)
    }

    func uint(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    func floats(_ bytes: ArraySlice<UInt8>) -> [Float] {
        stride(from: bytes.startIndex, to: bytes.endIndex, by: 4).map { Float(bitPattern: UInt32(uint(bytes[$0 ..< $0 + 4]))) }
    }

    @Test func safetensorsHeaderParsesAndDescribesTheTensors() throws {
        let network = try Self.network()
        let bytes = ModelExport.safetensors(network)
        let headerLength = Int(uint(bytes[0..<8]))
        #expect((8 + headerLength) % 8 == 0)
        let header = try #require(try JSONSerialization.jsonObject(with: Data(bytes[8 ..< 8 + headerLength])) as? [String: Any])
        let metadata = try #require(header["__metadata__"] as? [String: String])
        #expect(metadata == ["producer": "nns", "layout": "pytorch", "input": "[6]", "sizes": "[6, 4, 3]",
                             "activations": "[\"relu\", \"softmax\"]", "cost": "log-likelihood",
                             "layers": "[{\"kind\": \"fully-connected\", \"neurons\": 4, \"activation\": \"relu\", "
                                + "\"output\": [4]}, {\"kind\": \"fully-connected\", \"neurons\": 3, "
                                + "\"activation\": \"softmax\", \"output\": [3]}]"])
        let data = bytes[(8 + headerLength)...]
        var end = 0
        for (l, name) in ["layers.0.weight", "layers.0.bias", "layers.1.weight", "layers.1.bias"].enumerated() {
            let tensor = try #require(header[name] as? [String: Any], "\(name) missing")
            #expect(tensor["dtype"] as? String == "F32")
            let offsets = try #require(tensor["data_offsets"] as? [Int])
            #expect(offsets[0] == end, "tensors must be contiguous")
            end = offsets[1]
            let values = floats(data[data.startIndex + offsets[0] ..< data.startIndex + offsets[1]])
            let layer = l / 2
            let dense = try #require(network.layers[layer] as? FullyConnectedLayer)
            if l % 2 == 0 {
                #expect(tensor["shape"] as? [Int] == [network.sizes[layer + 1], network.sizes[layer]])
                #expect(values.map(\.bitPattern) == dense.weights.elements.map(\.bitPattern))
            } else {
                #expect(tensor["shape"] as? [Int] == [network.sizes[layer + 1]])
                #expect(values.map(\.bitPattern) == dense.biases.map(\.bitPattern))
            }
        }
        #expect(end == data.count)
        #expect(header.count == 5)
    }

    /// The entries of a stored zip, read through its central directory, CRC-checked.
    func zipEntries(_ bytes: [UInt8]) throws -> [(name: String, contents: ArraySlice<UInt8>)] {
        let end = bytes.count - 22
        #expect(uint(bytes[end ..< end + 4]) == 0x0605_4B50)
        let count = Int(uint(bytes[end + 10 ..< end + 12]))
        var position = Int(uint(bytes[end + 16 ..< end + 20]))
        var entries: [(String, ArraySlice<UInt8>)] = []
        for _ in 0..<count {
            #expect(uint(bytes[position ..< position + 4]) == 0x0201_4B50)
            #expect(uint(bytes[position + 10 ..< position + 12]) == 0, "stored, not compressed")
            let checksum = UInt32(uint(bytes[position + 16 ..< position + 20]))
            let size = Int(uint(bytes[position + 24 ..< position + 28]))
            let nameLength = Int(uint(bytes[position + 28 ..< position + 30]))
            let local = Int(uint(bytes[position + 42 ..< position + 46]))
            let name = String(decoding: bytes[position + 46 ..< position + 46 + nameLength], as: UTF8.self)
            #expect(uint(bytes[local ..< local + 4]) == 0x0403_4B50)
            let start = local + 30 + nameLength
            let contents = bytes[start ..< start + size]
            #expect(crc32(Array(contents)) == checksum, "CRC of \(name)")
            entries.append((name, contents))
            position += 46 + nameLength
        }
        return entries
    }

    /// An npy file's header text (checked: magic, version 1.0, data aligned to 64 bytes) and its data.
    func npy(_ bytes: ArraySlice<UInt8>) -> (header: String, data: ArraySlice<UInt8>) {
        let start = bytes.startIndex
        #expect(Array(bytes.prefix(8)) == [0x93] + Array("NUMPY".utf8) + [1, 0])
        let headerLength = Int(uint(bytes[start + 8 ..< start + 10]))
        #expect((10 + headerLength) % 64 == 0)
        let header = String(decoding: bytes[start + 10 ..< start + 10 + headerLength], as: UTF8.self)
        #expect(header.hasSuffix(" \n"))
        return (header, bytes[(start + 10 + headerLength)...])
    }

    @Test func npzIsAZipOfNpyFiles() throws {
        let network = try Self.network()
        let entries = try zipEntries(ModelExport.npz(network))
        #expect(entries.map(\.name) == ["w0.npy", "b0.npy", "w1.npy", "b1.npy", "sizes.npy", "input.npy",
                                         "activations.npy", "cost.npy", "layers.npy"])
        let layers = try #require(network.fullyConnectedLayers)
        let w1 = npy(try #require(entries.first { $0.name == "w1.npy" }).contents)
        #expect(w1.header.hasPrefix("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }"))
        #expect(floats(w1.data).map(\.bitPattern) == layers[1].weights.elements.map(\.bitPattern))
        let b0 = npy(try #require(entries.first { $0.name == "b0.npy" }).contents)
        #expect(b0.header.hasPrefix("{'descr': '<f4', 'fortran_order': False, 'shape': (4,), }"))
        #expect(floats(b0.data) == layers[0].biases)
    }

    @Test func npyStringsAndIntegersAreFixedWidth() {
        let activations = npy(NumpyArrayFile.unicode(["relu", "softmax"], shape: [2])[...])
        #expect(activations.header.hasPrefix("{'descr': '<U7', 'fortran_order': False, 'shape': (2,), }"))
        #expect(activations.data.count == 2 * 7 * 4)
        #expect(Array(activations.data.prefix(8)) == [UInt8(ascii: "r"), 0, 0, 0, UInt8(ascii: "e"), 0, 0, 0])
        #expect(npy(NumpyArrayFile.unicode(["quadratic"], shape: [])[...]).header
            .hasPrefix("{'descr': '<U9', 'fortran_order': False, 'shape': (), }"))
        let sizes = npy(NumpyArrayFile.int64([784, 30, 10])[...])
        #expect(sizes.header.hasPrefix("{'descr': '<i8', 'fortran_order': False, 'shape': (3,), }"))
        #expect(Array(sizes.data.prefix(9)) == [0x10, 0x03, 0, 0, 0, 0, 0, 0, 30])
    }

    @Test func crc32MatchesTheStandardCheckValue() {
        #expect(crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(crc32([]) == 0)
    }

    @Test func exportsAreDeterministic() throws {
        let network = try Self.network()
        #expect(ModelExport.npz(network) == ModelExport.npz(network))
        #expect(ModelExport.safetensors(network) == ModelExport.safetensors(network))
    }

    @Test func formatIsChosenByExtension() throws {
        #expect(ExportFormat(path: "out/book.safetensors") == .safetensors)
        #expect(ExportFormat(path: "BOOK.NPZ") == .npz)
        #expect(ExportFormat(path: "v1.2/book") == nil)
        #expect(ExportFormat(path: "book.json") == nil)
        let network = try Self.network()
        try Fixtures.withTemporaryDirectory { directory in
            let npz = directory.appendingPathComponent("a.npz")
            let safetensors = directory.appendingPathComponent("a.safetensors")
            try ModelExport.write(network, to: npz.path)
            try ModelExport.write(network, to: safetensors.path)
            #expect(try Fixtures.bytes(npz) == ModelExport.npz(network))
            #expect(try Fixtures.bytes(safetensors) == ModelExport.safetensors(network))
            let forced = directory.appendingPathComponent("weights.bin")
            try ModelExport.write(network, to: forced.path, format: .npz)
            #expect(try Fixtures.bytes(forced) == ModelExport.npz(network))
        }
    }

    @Test func unknownExtensionIsRefusedWithAHint() throws {
        let network = try Self.network()
        let error = #expect(throws: ModelFileError.self) { try ModelExport.write(network, to: "/tmp/nns-never-written/book.pt") }
        #expect(error?.description == "/tmp/nns-never-written/book.pt: cannot export to a \".pt\" file; "
            + "use a name ending in .safetensors (PyTorch, numpy) or .npz (numpy)")
        let bare = #expect(throws: ModelFileError.self) { try ModelExport.write(network, to: "book") }
        #expect(bare?.problem == .unknownExportFormat(extension: ""))
    }
}

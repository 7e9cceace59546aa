import Testing
@testable import NeuralNet

struct SparseInputsTests {
    /// 6 samples of 10 inputs: input 3 is non-zero in 5 samples, input 7 in 4, input 0 in 2,
    /// input 9 in 1; sample 5 is all zeros.
    private let bytes: [UInt8] = [
        9, 0, 0, 1, 0, 0, 0, 4, 0, 0,
        0, 0, 0, 2, 0, 0, 0, 5, 0, 0,
        0, 0, 0, 3, 0, 0, 0, 6, 0, 0,
        8, 0, 0, 7, 0, 0, 0, 0, 0, 255,
        0, 0, 0, 1, 0, 0, 0, 1, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]

    private var examples: LabeledExamples {
        LabeledExamples(bytes: bytes, labels: [0, 1, 0, 1, 0, 1], inputSize: 10, classCount: 2)
    }

    @Test func inputsAreOrderedByHowOftenTheyAreNonZero() throws {
        let sparse = try #require(SparseInputs.make(from: examples, policy: .always))
        #expect(sparse.inputOrder == [3, 7, 0, 9, 1, 2, 4, 5, 6, 8])
    }

    @Test func aBatchIsItsInputsInThatOrderUpToTheLastNonZeroOne() throws {
        let sparse = try #require(SparseInputs.make(from: examples, policy: .always))
        var x = [Float](repeating: -1, count: 6 * 10)
        let order = sparse.inputOrder
        for batch in [[0, 1], [1, 2], [3], [2, 4, 0], [5], [5, 1], Array(0..<6)] {
            let width = x.withUnsafeMutableBufferPointer { sparse.copyInputs(batch, into: $0.baseAddress!) }
            let expectedWidth = batch.map { i in (0..<10).last { bytes[i * 10 + order[$0]] != 0 }.map { $0 + 1 } ?? 0 }.max()!
            #expect(width == expectedWidth, "batch \(batch)")
            for (row, i) in batch.enumerated() {
                let expected = (0..<width).map { Float(bytes[i * 10 + order[$0]]) / 255 }
                #expect(Array(x[row * width ..< (row + 1) * width]) == expected, "batch \(batch) row \(row)")
            }
        }
    }

    @Test func aSubsetIsIndexedRelativeToItself() throws {
        let sparse = try #require(SparseInputs.make(from: examples.subset(3..<5), policy: .always))
        #expect(sparse.inputOrder.prefix(4) == [3, 0, 7, 9])
        var x = [Float](repeating: -1, count: 20)
        let width = x.withUnsafeMutableBufferPointer { sparse.copyInputs([1, 0], into: $0.baseAddress!) }
        #expect(width == 4)
        #expect(Array(x.prefix(8)) == [1, 0, 1, 0, 7, 8, 0, 255].map { Float($0) / 255 })
    }

    @Test func gapsLongerThan255PositionsAreEncoded() throws {
        // Sample 0 uses inputs 0 ..< 599, sample 1 inputs 0 and 599: input 599 gets position 599.
        var bytes = [UInt8](repeating: 0, count: 2 * 600)
        for k in 0..<599 { bytes[k] = UInt8(1 + k % 200) }
        (bytes[600], bytes[600 + 599]) = (9, 7)
        let examples = LabeledExamples(bytes: bytes, labels: [0, 0], inputSize: 600, classCount: 1)
        let sparse = try #require(SparseInputs.make(from: examples, policy: .always))
        #expect(sparse.inputOrder == Array(0..<600))
        var x = [Float](repeating: -1, count: 2 * 600)
        let width = x.withUnsafeMutableBufferPointer { sparse.copyInputs([1, 0], into: $0.baseAddress!) }
        #expect(width == 600)
        #expect(x == (bytes[600...] + bytes[..<600]).map { Float($0) / 255 })
    }

    @Test func theAutomaticPolicyKeepsOnlyMostlyZeroBytes() {
        #expect(SparseInputs.make(from: examples, policy: .automatic) != nil)
        #expect(SparseInputs.make(from: examples, policy: .never) == nil)
        let dense = LabeledExamples(bytes: [UInt8](repeating: 1, count: 40), labels: [0, 0, 0, 0], inputSize: 10, classCount: 1)
        #expect(SparseInputs.make(from: dense, policy: .automatic) == nil)
        #expect(SparseInputs.make(from: dense, policy: .always) != nil)
        #expect(SparseInputs.make(from: TrainingFixtures.randomExamples(count: 4), policy: .always) == nil)
        let huge = LabeledExamples(bytes: [UInt8](repeating: 0, count: 70_000), labels: [0], inputSize: 70_000, classCount: 1)
        #expect(SparseInputs.make(from: huge, policy: .always) == nil)
    }
}

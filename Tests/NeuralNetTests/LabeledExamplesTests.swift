import Testing
@testable import NeuralNet

struct LabeledExamplesTests {
    private let bytes: [UInt8] = [0, 255, 51, 102, 153, 204, 1, 2, 3]
    private let labels: [UInt8] = [2, 0, 1]

    @Test func bytesAreScaledToUnitInterval() {
        let examples = LabeledExamples(bytes: bytes, labels: labels, inputSize: 3, classCount: 3)
        #expect(examples.count == 3)
        #expect(examples.input(at: 0) == [0, 1, 0.2])
        #expect(examples.input(at: 1) == [Float(102) / 255, Float(153) / 255, Float(204) / 255])
        #expect(examples.label(at: 2) == 1)
    }

    @Test func everyByteScalesToExactlyItsFloatQuotient() {
        let all = (0...255).map { UInt8($0) }
        let examples = LabeledExamples(bytes: all, labels: [0], inputSize: 256, classCount: 1)
        #expect(examples.input(at: 0) == all.map { Float($0) / 255 })
    }

    @Test func floatsAreUsedAsTheyAre() {
        let examples = LabeledExamples(floats: [0.5, -2, 7, 1], labels: [1, 0], inputSize: 2, classCount: 2)
        #expect(examples.input(at: 1) == [7, 1])
        #expect(examples.label(at: 0) == 1)
    }

    @Test func subsetIsRelativeAndNests() {
        let examples = LabeledExamples(bytes: bytes, labels: labels, inputSize: 3, classCount: 3)
        let tail = examples.subset(1..<3)
        #expect(tail.count == 2)
        #expect(tail.input(at: 0) == examples.input(at: 1))
        #expect(tail.label(at: 1) == 1)
        let last = tail.subset(1..<2)
        #expect(last.input(at: 0) == examples.input(at: 2))
        #expect(examples.subset(3..<3).count == 0)
    }

    @Test func neitherInitialiserNorSubsetCopiesTheStorage() {
        let pixels = [UInt8](repeating: 7, count: 6_000)
        let examples = LabeledExamples(bytes: pixels, labels: [UInt8](repeating: 0, count: 1_000), inputSize: 6, classCount: 1)
        let subset = examples.subset(10..<20)
        guard case .bytes(let stored) = subset.storage else {
            Issue.record("bytes stored as \(subset.storage)")
            return
        }
        let original = pixels.withUnsafeBufferPointer { $0.baseAddress }
        #expect(stored.withUnsafeBufferPointer { $0.baseAddress } == original)
        #expect(subset.labels.withUnsafeBufferPointer { $0.baseAddress }
                == examples.labels.withUnsafeBufferPointer { $0.baseAddress })
    }

    @Test func invalidLabelsAreFoundRelativeToTheSubset() {
        let examples = LabeledExamples(bytes: bytes, labels: [0, 1, 5], inputSize: 3, classCount: 3)
        #expect(examples.subset(0..<2).firstInvalidLabel() == nil)
        #expect(examples.subset(1..<3).firstInvalidLabel()! == (1, 5))
    }
}

import Testing
@testable import NeuralNet

struct InputLayerWeightsTests {
    private let matrix = Matrix(rows: 2, columns: 4, elements: [1, 2, 3, 4, -5, 6, -7, 8])

    @Test(arguments: [nil, [2, 0, 3, 1]] as [[Int]?])
    func theStoredColumnsFollowTheOrderAndCopyBackExactly(order: [Int]?) {
        let weights = InputLayerWeights(copying: matrix, inputOrder: order)
        let stored = Array(UnsafeBufferPointer(start: weights.stored, count: 8))
        #expect(stored == (order == nil ? matrix.elements : [3, 1, 4, 2, -7, -5, 8, 6]))
        var copy = Matrix(rows: 2, columns: 4)
        weights.copy(into: &copy)
        #expect(copy == matrix)
    }

    @Test func decayIsAScaleUntilItLeavesItsRange() {
        let weights = InputLayerWeights(copying: matrix, inputOrder: [3, 2, 1, 0])
        weights.multiply(by: 0.5)
        #expect(weights.scale == 0.5 && weights.stored[3] == 1)
        for _ in 0..<9 { weights.multiply(by: 0.5) }
        #expect(weights.scale == 0x1p-10)
        weights.multiply(by: 0.5)   // 2⁻¹¹ is folded into the stored values
        #expect(weights.scale == 1 && weights.stored[3] == 0x1p-11)
        var copy = Matrix(rows: 2, columns: 4)
        weights.copy(into: &copy)
        #expect(copy.elements == matrix.elements.map { $0 * 0x1p-11 })
    }

    @Test(arguments: [Float(0), -0.5, .nan])
    func aDegenerateDecayIsAppliedToTheStoredValues(factor: Float) {
        let weights = InputLayerWeights(copying: matrix, inputOrder: nil)
        weights.multiply(by: factor)
        var copy = Matrix(rows: 2, columns: 4)
        weights.copy(into: &copy)
        #expect(weights.scale == 1)
        #expect(copy.elements.map(\.bitPattern) == matrix.elements.map { ($0 * factor).bitPattern })
    }
}

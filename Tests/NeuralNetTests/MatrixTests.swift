import Testing
import NeuralNet

struct MatrixTests {
    @Test func elementsAreRowMajor() {
        var matrix = Matrix(rows: 2, columns: 3, elements: [1, 2, 3, 4, 5, 6])
        #expect(matrix[0, 2] == 3)
        #expect(matrix[1, 0] == 4)
        matrix[1, 2] = 9
        #expect(matrix.elements == [1, 2, 3, 4, 5, 9])
        #expect(matrix.row(1) == [4, 5, 9])
    }

    @Test func repeatingFillsEveryElement() {
        let matrix = Matrix(rows: 3, columns: 2, repeating: 0.5)
        #expect(matrix.elements == [Float](repeating: 0.5, count: 6))
        #expect(Matrix(rows: 3, columns: 2) == Matrix(rows: 3, columns: 2, elements: [0, 0, 0, 0, 0, 0]))
    }

    @Test func equalityComparesShape() {
        #expect(Matrix(rows: 2, columns: 3) != Matrix(rows: 3, columns: 2))
    }
}

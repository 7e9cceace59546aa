import Foundation

extension SeededGenerator {
    /// A standard normal sample N(0, 1) by the Box–Muller transform (consumes two `next()`).
    public mutating func nextGaussian() -> Float {
        let u1 = 1 - nextUniform()            // (0, 1]: the logarithm stays finite
        let u2 = nextUniform()
        return Float((-2 * Foundation.log(u1)).squareRoot() * Foundation.cos(2 * Double.pi * u2))
    }

    /// Shuffles `array` in place with the Fisher–Yates algorithm (the last element first), using
    /// `nextIndex(below:)`; the result depends only on the generator state, not the Swift version.
    public mutating func shuffle<Element>(_ array: inout [Element]) {
        var last = array.count - 1
        while last > 0 {
            let other = nextIndex(below: last + 1)
            array.swapAt(last, other)
            last -= 1
        }
    }
}

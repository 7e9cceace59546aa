import Foundation
import Testing
@testable import NeuralNet

struct VectorExponentialTests {
    @Test func agreesWithLibmWithinAFewUlps() {
        var worst = 0.0
        for step in 0...200_000 {
            let x = Float(-87.3 + 175.6 * Double(step) / 200_000)
            let exact = exp(Double(x))
            let error = abs(Double(vectorExponential(x)) - exact) / exact
            worst = max(worst, error)
        }
        #expect(worst < 2 * Double(Float.ulpOfOne), "worst relative error \(worst)")
    }

    @Test func edgeCases() {
        #expect(vectorExponential(0) == 1)
        #expect(vectorExponential(-1000) == 0)
        #expect(vectorExponential(1000) == .infinity)
        #expect(vectorExponential(88) > 1.6e38 && vectorExponential(88).isFinite)
        #expect(vectorExponential(.nan).isNaN)
        #expect(vectorExponential(-.infinity) == 0)
    }
}

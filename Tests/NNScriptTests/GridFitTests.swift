import Testing
import NNSDisplay
@testable import NNScript

/// How much a grid of pictures is shrunk to fit the terminal.
@Suite struct GridFitTests {
    let style = RenderStyle.plainUnicode

    @Test func keepsFewPicturesFullSize() {
        #expect(GridFit.factor(width: 28, height: 28, count: 2, lineBudget: 60, minimumSide: 7, style: style) == 1)
    }

    @Test func shrinksTheBooksThirtyNeuronsByTwo() {
        #expect(GridFit.factor(width: 28, height: 28, count: 30, lineBudget: 60, minimumSide: 7, style: style) == 2)
        #expect(GridFit.lines(width: 28, height: 28, count: 30, factor: 2, gap: 2, style: style) == 53)
    }

    @Test func stopsAtTheMinimumSide() {
        #expect(GridFit.factor(width: 28, height: 28, count: 1000, lineBudget: 60, minimumSide: 7, style: style) == 4)
    }

    @Test func alwaysFitsTheWidth() {
        let narrow = RenderStyle(color: .none, unicode: true, width: 20)
        #expect(GridFit.factor(width: 28, height: 28, count: 1, lineBudget: 60, minimumSide: 28, style: narrow) == 2)
    }
}

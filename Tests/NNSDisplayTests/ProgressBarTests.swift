import Testing
@testable import NNSDisplay

@Suite struct ProgressBarTests {
    let progress = TrainingProgress(
        epoch: 3, epochCount: 30, fraction: 0.62, imagesPerSecond: 41_230, secondsRemaining: 12, lastAccuracy: 94.12)

    @Test func unicodeLine() {
        #expect(ProgressBar.line(progress, style: .plainUnicode)
            == "epoch 3/30 [████████████████▊░░░░░░░░░░] 62% 41,230 img/s ETA 0:12 last: 94.12%")
    }

    @Test func asciiLine() {
        #expect(ProgressBar.line(progress, style: .ascii)
            == "epoch 3/30 [################...........] 62% 41,230 img/s ETA 0:12 last: 94.12%")
    }

    @Test func unknownFieldsAreLeftOut() {
        let start = TrainingProgress(epoch: 1, epochCount: 30, fraction: 0)
        #expect(ProgressBar.line(start, style: .ascii) == "epoch 1/30 [........................................] 0%")
    }

    @Test func fitsTheTerminalWidth() {
        for width in [30, 40, 50, 60, 70, 80, 120] {
            let line = ProgressBar.line(progress, style: RenderStyle(color: .none, unicode: true, width: width))
            #expect(line.count <= width - 1, "width \(width): \(line)")
            #expect(line.contains("62%"))
        }
        let narrow = ProgressBar.line(progress, style: RenderStyle(color: .none, unicode: false, width: 50))
        #expect(narrow == "epoch 3/30 [######....] 62% ETA 0:12 last: 94.12%")
    }

    @Test func colourPaintsOnlyTheFilledPart() {
        let line = ProgressBar.line(progress, style: RenderStyle(color: .palette256, unicode: true))
        #expect(line.contains("[\u{1B}[38;5;34m████████████████▊\u{1B}[0m░"))
    }

    @Test func redrawStartsWithCarriageReturnAndWipes() {
        let style = RenderStyle(color: .none, unicode: false, width: 30)
        #expect(ProgressBar.redraw("epoch 1/2", style: style) == "\repoch 1/2" + String(repeating: " ", count: 20))
        #expect(ProgressBar.clear(style: style) == "\r" + String(repeating: " ", count: 29) + "\r")
    }

    @Test func bookStyleEpochLines() {
        #expect(EpochLine.text(epoch: 0, scores: [.init(name: "test", correct: 9129, total: 10000)])
            == "Epoch 0: 9129 / 10000")
        #expect(EpochLine.text(epoch: 4, scores: [.init(name: "test", correct: 9129, total: 10000)], seconds: 2.414)
            == "Epoch 4: 9129 / 10000 (2.414 s)")
        #expect(EpochLine.text(epoch: 1, scores: [], seconds: 1) == "Epoch 1 complete (1.000 s)")
        #expect(EpochLine.text(epoch: 2, scores: [
            .init(name: "validation", correct: 9500, total: 10000, cost: 0.12345),
            .init(name: "test", correct: 9480, total: 10000),
        ]) == "Epoch 2: validation 9500 / 10000, cost 0.1235, test 9480 / 10000")
    }
}

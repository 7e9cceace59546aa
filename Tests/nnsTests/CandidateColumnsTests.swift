@testable import nns
import Testing

/// Candidate lists laid out like bash's.
@Suite struct CandidateColumnsTests {
    @Test func candidatesRunDownColumnsThatFitTheWidth() {
        let text = CandidateColumns.format(["a", "bb", "ccc", "dddd", "e"], width: 14)
        #expect(text == "a     dddd\nbb    e\nccc\n")
    }

    @Test func aNarrowTerminalGetsOneColumn() {
        #expect(CandidateColumns.format(["epochs=", "eta="], width: 5) == "epochs=\neta=\n")
    }

    @Test func aWideTerminalGetsOneRow() {
        #expect(CandidateColumns.format(["epochs=", "eta="], width: 80) == "epochs=  eta=\n")
    }

    @Test func nothingToListIsEmpty() {
        #expect(CandidateColumns.format([], width: 80) == "")
    }
}

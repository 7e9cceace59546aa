import Foundation
@testable import nns
import Testing
import TestSupport

/// The prompt's history file, written and read through libedit's `history` (the CLibEdit adapters).
@Suite struct CommandHistoryTests {
    /// The entries of the libedit history file at `path` (after its `_HiStOrY_V2_` header line),
    /// with libedit's `\040` for a space turned back into a space.
    private func entries(in path: String) throws -> [String] {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "_HiStOrY_V2_")
        return lines.dropFirst().map { $0.replacingOccurrences(of: "\\040", with: " ") }
    }

    @Test func everyEntryIsSavedOnceAndBlankLinesAreSkipped() throws {
        let directory = try ScratchDirectory()
        let path = directory.path + "/history"
        let history = CommandHistory(path: path)
        for line in ["net 784 30 10", "net 784 30 10", "   ", "sgd epochs=1"] { history.add(line) }
        #expect(try entries(in: path) == ["net 784 30 10", "sgd epochs=1"])
    }

    @Test func aNewSessionContinuesTheSavedHistory() throws {
        let directory = try ScratchDirectory()
        let path = directory.path + "/history"
        CommandHistory(path: path).add("load mnist")
        CommandHistory(path: path).add("eval test")
        #expect(try entries(in: path) == ["load mnist", "eval test"])
    }

    @Test func onlyTheNewestEntriesUpToTheCapacityAreKept() throws {
        let directory = try ScratchDirectory()
        let path = directory.path + "/history"
        let history = CommandHistory(path: path, capacity: 2)
        for line in ["seed 1", "seed 2", "seed 3"] { history.add(line) }
        #expect(try entries(in: path) == ["seed 2", "seed 3"])
    }
}

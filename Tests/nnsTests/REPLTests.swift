import Foundation
import Glibc
import Testing

/// The interactive prompt driven through a pseudo-terminal, keystroke by keystroke.
@Suite struct REPLTests {
    @Test func promptsAreNumberedAndCtrlDExits() throws {
        let repl = try REPLSession()
        try repl.enter("echo hello", at: 1)
        try repl.waitFor("hello\r\n")
        try repl.enter("let eta = 3", at: 2)
        try repl.waitForPrompt(3)
        repl.terminal.type("\u{4}")
        #expect(try repl.terminal.waitForExit() == 0)
    }

    @Test func upArrowRecallsThePreviousLineAndHistoryIsSaved() throws {
        let repl = try REPLSession()
        try repl.enter("echo recall-me", at: 1)
        try repl.waitFor("recall-me\r\n")
        try repl.waitForPrompt(2)
        repl.terminal.type("\u{1B}[A")
        try repl.waitFor("echo recall-me")
        repl.terminal.type("\r")
        try repl.waitFor("recall-me\r\n")
        try repl.enter("quit", at: 3)
        #expect(try repl.terminal.waitForExit() == 0)
        let history = try String(contentsOfFile: repl.historyPath, encoding: .utf8)
        #expect(history.contains("recall-me"))
        #expect(history.contains("quit"))
    }

    @Test func historyFromAnEarlierSessionIsRecalled() throws {
        let first = try REPLSession()
        try first.enter("echo from-yesterday", at: 1)
        try first.enter("quit", at: 2)
        #expect(try first.terminal.waitForExit() == 0)

        let second = try REPLSession(home: first.home)
        try second.waitForPrompt(1)
        second.terminal.type("\u{1B}[A\u{1B}[A\r")
        try second.waitFor("from-yesterday\r\n")
    }

    @Test func tabCompletesAnArgumentName() throws {
        let repl = try REPLSession()
        try repl.waitForPrompt(1)
        repl.terminal.type("sgd ep\t")
        try repl.waitFor("ochs=")
        repl.terminal.type("0\r")
        // The error echoes the line as completed: no network yet, and epochs=0 is out of range.
        try repl.waitFor("sgd epochs=0")
        try repl.waitForPrompt(2)
    }

    @Test func tabListsSeveralCandidatesAndKeepsTheLine() throws {
        let repl = try REPLSession()
        try repl.waitForPrompt(1)
        repl.terminal.type("sgd mo\t")
        let listing = try repl.waitFor("monitor=")
        #expect(listing.contains("momentum=  monitor="))
        try repl.waitFor("In [1]: sgd mo")
        repl.terminal.type("n\t")
        try repl.waitFor("itor=")
    }

    @Test func tabCompletesACommandNameWithASpace() throws {
        let repl = try REPLSession()
        try repl.waitForPrompt(1)
        repl.terminal.type("ech\tdone\r")
        // "done" on a line of its own: an error would echo the line ("  ech\tdone") instead.
        try repl.waitFor("\r\ndone\r\n")
        let history = try String(contentsOfFile: repl.historyPath, encoding: .utf8)
        #expect(history.contains("echo\\040done"))
    }

    @Test func aBlockSpansLinesWithTheContinuationPrompt() throws {
        let repl = try REPLSession()
        try repl.enter("for x in [1, 2] {", at: 1)
        try repl.terminal.waitForPrompt("   ...: ")
        repl.terminal.type("echo item $x\r")
        try repl.terminal.waitForPrompt("   ...: ")
        repl.terminal.type("}\r")
        let output = try repl.waitFor("item 2\r\n")
        #expect(output.contains("item 1\r\n"))
        try repl.enter("echo next", at: 2)
        try repl.waitFor("next\r\n")
    }

    @Test func ctrlCClearsTheLineAndASecondOneDoesNotExit() throws {
        let repl = try REPLSession()
        try repl.waitForPrompt(1)
        repl.terminal.type("echo never")
        try repl.waitFor("echo never")
        repl.terminal.type("\u{3}")
        try repl.waitFor("^C")
        try repl.waitForPrompt(1)
        repl.terminal.type("\u{3}")
        try repl.waitForPrompt(1)
        repl.terminal.type("echo still here\r")
        let output = try repl.waitFor("still here\r\n")
        #expect(!output.contains("never\r\n"))
        try repl.waitForPrompt(2)
    }

    @Test func ctrlCAbandonsAnUnfinishedBlock() throws {
        let repl = try REPLSession()
        try repl.enter("for x in [1] {", at: 1)
        try repl.terminal.waitForPrompt("   ...: ")
        repl.terminal.type("\u{3}")
        try repl.enter("echo fresh", at: 1)
        try repl.waitFor("fresh\r\n")
    }

    @Test func errorsKeepTheSessionAndItsVariables() throws {
        let repl = try REPLSession()
        try repl.enter("let kept = 7", at: 1)
        try repl.enter("sdg", at: 2)
        try repl.waitFor("1:1: unknown command 'sdg' — did you mean 'sgd'?")
        try repl.enter("echo kept is $kept", at: 3)
        try repl.waitFor("kept is 7\r\n")
    }

    @Test func colourFollowsNoColor() throws {
        let plain = try REPLSession(color: false)
        try plain.waitForPrompt(1)
        #expect(!plain.terminal.output.contains("\u{1B}[32m"))

        let coloured = try REPLSession(color: true)
        try coloured.terminal.waitForPrompt("\u{1B}[32mIn [")
    }
}

/// The prompt and the hardening issue: Ctrl-D in a block, and signals that end the REPL.
@Suite struct REPLSignalTests {
    @Test func ctrlDInsideABlockEndsItsLineBeforeTheError() throws {
        let repl = try REPLSession()
        try repl.enter("for x in [1] {", at: 1)
        try repl.terminal.waitForPrompt("   ...: ")
        repl.terminal.type("\u{4}")
        let seen = try repl.waitFor("'{' is never closed")
        #expect(seen.contains("\n1:14: '{' is never closed"), "the error starts on a line of its own:\n\(seen.debugDescription)")
        try repl.waitForPrompt(2)
    }

    @Test func sigtermAndSighupAtThePromptEndNns() throws {
        for (signal, status) in [(SIGTERM, Int32(143)), (SIGHUP, 129)] {
            let repl = try REPLSession()
            try repl.enter("echo ready", at: 1)
            try repl.waitForPrompt(2)
            repl.terminal.send(signal)
            #expect(try repl.terminal.waitForExit() == status)
        }
    }
}

import Testing

/// Commands piped into nns (`nns < session.nns`, `echo 'help' | nns`) and `-c "cmd; cmd"`.
@Suite struct StandardInputTests {
    @Test func pipedCommandsRunLikeAScript() throws {
        let run = try NNSBinary.run([], stdin: "echo one\nlet x = 2\necho x is $x\n")
        #expect(run.status == 0)
        #expect(run.stdout == "one\nx is 2\n")
    }

    @Test func pipedErrorsAreLocatedInStdin() throws {
        let run = try NNSBinary.run([], stdin: "echo one\nsdg\necho two\n")
        #expect(run.status == 1)
        #expect(run.stdout == "one\n")
        #expect(run.stderr.hasPrefix("<stdin>:2:1: unknown command 'sdg' — did you mean 'sgd'?"))
    }

    @Test func helpThroughAPipeListsTheCommands() throws {
        let run = try NNSBinary.run([], stdin: "help\n")
        #expect(run.status == 0)
        for command in ["load", "net", "sgd", "eval", "quit"] {
            #expect(run.stdout.contains(command), "help lacks \(command)")
        }
    }

    @Test func aDashNamesStandardInput() throws {
        let run = try NNSBinary.run(["-"], stdin: "echo from a dash\n")
        #expect(run.status == 0)
        #expect(run.stdout == "from a dash\n")
    }

    @Test func emptyInputSucceeds() throws {
        let run = try NNSBinary.run([], stdin: "")
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty && run.stderr.isEmpty)
    }

    @Test func inlineCommandsRunInOrder() throws {
        let run = try NNSBinary.run(["-c", "echo a; for x in [1, 2] { echo b $x }"])
        #expect(run.status == 0)
        #expect(run.stdout == "a\nb 1\nb 2\n")
    }

    @Test func aFailingInlineCommandIsLocatedByLineAndColumn() throws {
        let run = try NNSBinary.run(["-c", "echo a; sgd m=0"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("1:15: 'm' must be at least 1, got 0"))
    }

    @Test func echoPrintsEachCommandBeforeItsOutput() throws {
        let run = try NNSBinary.run(["--echo"], stdin: "echo one\nseed 5\nseed\n")
        #expect(run.status == 0)
        #expect(run.stdout == "> echo one\none\n> seed 5\n> seed\nseed 5\n")
    }

    @Test func theSeedFlagSeedsTheSession() throws {
        let run = try NNSBinary.run(["--seed", "42", "-c", "seed"])
        #expect(run.status == 0)
        #expect(run.stdout == "seed 42\n")
    }

    @Test func theDataFlagIsWhereDataSetsAreFound() throws {
        let directory = TestData.root + "/mnist"
        let run = try NNSBinary.run(["--data", directory, "-c", "load mnist limit=100"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("loaded MNIST from \(directory)"))
    }
}

import Testing
@testable import NNScript

/// Successful binding: typed accessors, defaults, positional/keyword/flag matching, variables.
@Suite struct ArgumentBindingTests {
    @Test func sgdDefaultsAndGivenValues() throws {
        let args = try Binding.bind("sgd epochs=5 eta=0.5")
        #expect(args.command == "sgd")
        #expect(args.int("epochs") == 5)
        #expect(args.double("eta") == 0.5)
        #expect(args.float("eta") == Float(0.5))
        #expect(args.int("m") == 10)
        #expect(args.double("lambda") == 0)
        #expect(args.isGiven("eta"))
        #expect(!args.isGiven("m"))
        #expect(args.strings("monitor") == nil)
        #expect(args.int("stop-after") == nil)
    }

    @Test func wholeNumberSpellings() throws {
        #expect(try Binding.bind("load mnist split=5e4").int("split") == 50000)
        #expect(try Binding.bind("sgd m=10.0").int("m") == 10)
        #expect(try Binding.bind("sgd eta=3").double("eta") == 3)
    }

    @Test func netSizesVariadicListOrVariable() throws {
        #expect(try Binding.bind("net 784 30 10").integers("sizes") == [784, 30, 10])
        #expect(try Binding.bind("net [784, 30, 10] act=relu").integers("sizes") == [784, 30, 10])
        let variables = try Binding.variables(["sizes": "[784, 100, 10]"])
        let args = try Binding.bind("net $sizes cost=cross-entropy", variables: variables)
        #expect(args.integers("sizes") == [784, 100, 10])
        #expect(args.string("cost") == "cross-entropy")
        #expect(args.string("act") == "sigmoid")
        #expect(args.string("out") == nil)
        #expect(try Binding.bind("net sizes=[784,10]").integers("sizes") == [784, 10])
    }

    @Test func listEntriesKeepWhereTheyWereWritten() throws {
        let columns = { (args: BoundArguments, index: Int, name: String) in args.span(ofEntry: index, in: name).start.column }
        let separate = try Binding.bind("net 784 [30, 20] 10")
        #expect((0..<4).map { columns(separate, $0, "sizes") } == [5, 10, 14, 18])
        let keyword = try Binding.bind("net sizes=[784, 30, 10]")
        #expect((0..<3).map { columns(keyword, $0, "sizes") } == [12, 17, 21])
        let monitor = try Binding.bind("sgd monitor=validation,test")
        #expect(columns(monitor, 1, "monitor") == 24)
        let variables = try Binding.variables(["sizes": "[784, 100, 10]"])
        let fromVariable = try Binding.bind("net $sizes", variables: variables)
        #expect(columns(fromVariable, 2, "sizes") == 5)
        #expect(columns(separate, 9, "sizes") == 5)
    }

    @Test func choiceListsAndEnums() throws {
        let args = try Binding.bind("sgd monitor=validation,test")
        #expect(args.strings("monitor") == ["validation", "test"])
        #expect(try Binding.bind("sgd monitor=test").strings("monitor") == ["test"])
        #expect(try Binding.bind("eval validation").dataSet("set") == .validation)
        #expect(try Binding.bind("eval").dataSet("set") == .test)
        #expect(try Binding.bind("confusion set=train").dataSet("set") == .train)
    }

    @Test func samplesWithLiteralAndVariableIndex() throws {
        #expect(try Binding.bind("show test[7]").sample("image") == SampleReference(set: .test, index: 7))
        let variables = try Binding.variables(["i": "3", "img": "train[-1]"])
        #expect(try Binding.bind("predict validation[$i]", variables: variables).sample("image")
                == SampleReference(set: .validation, index: 3))
        #expect(try Binding.bind("activations $img", variables: variables).sample("image")
                == SampleReference(set: .train, index: -1))
    }

    @Test func flagsPathsAndConditions() throws {
        let args = try Binding.bind("weights layer=1 grid to=\"my plots/w1.png\"")
        #expect(args.flag("grid"))
        #expect(args.int("layer") == 1)
        #expect(args.path("to") == "my plots/w1.png")
        #expect(try !Binding.bind("weights").flag("grid"))
        #expect(try !Binding.bind("weights grid=off").flag("grid"))
        let load = try Binding.bind("load idx images=data/t10k-images.gz labels=data/t10k-labels.gz as=test")
        #expect(load.string("source") == "idx")
        #expect(load.path("images") == "data/t10k-images.gz")
        #expect(load.dataSet("as") == .test)
        #expect(try Binding.bind("load idx images=a labels=b").dataSet("as") == .train)
    }

    @Test func aliasesHelpAndEcho() throws {
        #expect(try Binding.bind("exit").command == "quit")
        #expect(try Binding.bind("help sgd").string("command") == "sgd")
        #expect(try Binding.bind("help exit").string("command") == "quit")
        let variables = try Binding.variables(["eta": "0.5"])
        #expect(try Binding.bind("echo \"eta =\" $eta done", variables: variables).strings("text") == ["eta =", "0.5", "done"])
        #expect(try Binding.bind("seed").unsigned("n") == nil)
        #expect(try Binding.bind("seed 42").unsigned("n") == 42)
    }

    @Test func spansOfGivenArguments() throws {
        let args = try Binding.bind("net 784 30 10 act=relu")
        #expect(args.span(of: "sizes").start.column == 5)
        #expect(args.span(of: "sizes").length == 9)
        #expect(args.span(of: "act").start.column == 19)
        #expect(args.span(of: "cost") == args.verb.span)
        let diagnostic = args.diagnostic(.notApplicable(argument: "act", context: "x"), at: "act")
        #expect(diagnostic.location.column == 19)
    }

    @Test func everyExampleInTheTableBinds() throws {
        for spec in CommandTable.standard.commands {
            for example in spec.examples {
                try bindAll(Script(parsing: example).statements, variables: Binding.variables(["eta": "1.0"]))
            }
        }
    }

    /// Binds every command of `statements`, running `let` and entering loops with their first value.
    private func bindAll(_ statements: [Statement], variables: Variables) throws {
        var variables = variables
        for statement in statements {
            switch statement {
            case .command(let call):
                _ = try CommandTable.standard.bind(call, variables: variables)
            case .assignment(let name, let value, _):
                variables[name.text] = try value.evaluate(in: variables)
            case .loop(let variable, let sequence, let body, _, _):
                variables[variable.text] = try sequence.evaluateSequence(in: variables).first
                try bindAll(body, variables: variables)
            case .timed(let inner, _):
                try bindAll([inner], variables: variables)
            case .value(let value):
                _ = try value.evaluate(in: variables)
            }
        }
    }
}

import Testing
@testable import NNScript

/// Golden messages, with caret, for every kind of argument error.
@Suite struct ArgumentErrorTests {
    @Test func unknownArgumentWithDidYouMean() {
        #expect(Binding.error("sgd epoch=30") == """
            1:5: unknown argument 'epoch' for sgd — did you mean 'epochs'?
              sgd epoch=30
                  ^~~~~
            """)
        #expect(Binding.error("sgd lamda=5") .hasPrefix("1:5: unknown argument 'lamda' for sgd — did you mean 'lambda'?"))
        #expect(Binding.error("sgd bogus=1").hasPrefix("1:5: unknown argument 'bogus' for sgd — type 'help sgd' for its arguments"))
    }

    @Test func scriptErrorsNameTheFile() {
        #expect(Binding.error("sgd stopafter=3", file: "sweep.nns") == """
            sweep.nns:1:5: unknown argument 'stopafter' for sgd — did you mean 'stop-after'?
              sgd stopafter=3
                  ^~~~~~~~~
            """)
    }

    @Test func unknownCommandWithDidYouMean() {
        #expect(Binding.error("sdg epochs=30") == """
            1:1: unknown command 'sdg' — did you mean 'sgd'?
              sdg epochs=30
              ^~~
            """)
        #expect(Binding.error("SGD").hasPrefix("1:1: unknown command 'SGD' — did you mean 'sgd'?"))
        #expect(Binding.error("xyz") == """
            1:1: unknown command 'xyz' — type 'help' for the list of commands
              xyz
              ^~~
            """)
        #expect(Binding.error("help sdg") == """
            1:6: unknown command 'sdg' — did you mean 'sgd'?
              help sdg
                   ^~~
            """)
    }

    @Test func wrongType() {
        #expect(Binding.error("sgd m=ten") == """
            1:7: expected a whole number for 'm', got 'ten'
              sgd m=ten
                    ^~~
            """)
        #expect(Binding.error("sgd m=10.5").hasPrefix("1:7: expected a whole number for 'm', got '10.5'"))
        #expect(Binding.error("sgd m=\"10\"").hasPrefix("1:7: expected a whole number for 'm', got \"10\""))
        #expect(Binding.error("net [784, 30.5, 10]") == """
            1:11: expected whole numbers like [784, 30, 10] for 'sizes', got '30.5'
              net [784, 30.5, 10]
                        ^~~~
            """)
        #expect(Binding.error("save 3").hasPrefix("1:6: expected a file path for 'path', got '3' — quote it: \"3\""))
        #expect(Binding.error("weights grid=maybe").hasPrefix(
            "1:14: expected true or false for 'grid', got 'maybe' — write just 'grid' to turn it on"))
    }

    @Test func bareWordNamingAVariableGetsAHint() throws {
        let variables = try Binding.variables(["eta": "0.5"])
        #expect(Binding.error("sgd eta=eta", variables: variables) == """
            1:9: expected a number for 'eta', got 'eta' — write '$eta' to use the variable
              sgd eta=eta
                      ^~~
            """)
        #expect(Binding.error("sgd eta=eta").hasPrefix("1:9: expected a number for 'eta', got 'eta'\n"))
    }

    @Test func choicesWithDidYouMean() {
        #expect(Binding.error("net 784 30 10 act=sigmod") == """
            1:19: expected one of sigmoid, tanh, relu, linear for 'act', got 'sigmod' — did you mean 'sigmoid'?
              net 784 30 10 act=sigmod
                                ^~~~~~
            """)
        #expect(Binding.error("net 784 10 act=banana").hasPrefix("1:16: expected one of sigmoid, tanh, relu, linear for 'act', got 'banana'\n"))
        #expect(Binding.error("net 784 10 cost=cross_entropy").hasPrefix(
            "1:17: expected one of quadratic, cross-entropy, log-likelihood for 'cost', got 'cross_entropy' — did you mean 'cross-entropy'?"))
        #expect(Binding.error("sgd monitor=validation,tset") == """
            1:24: expected one of train, validation, test, none for 'monitor', got 'tset' — did you mean 'test'?
              sgd monitor=validation,tset
                                     ^~~~
            """)
        #expect(Binding.error("load mnst").hasPrefix("1:6: expected one of mnist, fashion, idx for 'source', got 'mnst' — did you mean 'mnist'?"))
    }

    @Test func outOfRange() {
        #expect(Binding.error("sgd m=0") == """
            1:7: 'm' must be at least 1, got 0
              sgd m=0
                    ^
            """)
        #expect(Binding.error("sgd eta=-1") == """
            1:9: 'eta' must be positive, got -1
              sgd eta=-1
                      ^~
            """)
        #expect(Binding.error("net 784 0 10") == """
            1:9: each entry of 'sizes' must be at least 1, got 0
              net 784 0 10
                      ^
            """)
        #expect(Binding.error("sgd lambda=-0.5").hasPrefix("1:12: 'lambda' must be at least 0, got -0.5"))
        #expect(Binding.error("errors n=0").hasPrefix("1:10: 'n' must be at least 1, got 0"))
        #expect(Binding.error("weights layer=0").hasPrefix("1:15: 'layer' must be at least 1, got 0"))
        #expect(Binding.error("seed -1").hasPrefix("1:6: 'n' must be at least 0, got -1"))
    }

    @Test func missingArguments() {
        #expect(Binding.error("save") == """
            1:1: missing argument 'path' for save — usage: save PATH
              save
              ^~~~
            """)
        #expect(Binding.error("net act=relu") == "")
        #expect(Binding.error("load").hasPrefix(
            "1:1: missing argument 'source' for load — usage: load mnist|fashion|idx [images=PATH] [labels=PATH] [as=…] [limit=N] [from=PATH] [split=N] [expand=…]"))
        #expect(Binding.error("load idx images=a") == """
            1:1: missing argument 'labels' for load idx — usage: load idx images=PATH labels=PATH [as=…] [limit=N] [from=PATH] [split=N] [expand=…]
              load idx images=a
              ^~~~
            """)
    }

    @Test func argumentsThatDoNotApply() {
        #expect(Binding.error("load mnist images=a") == """
            1:19: 'images' applies only to 'load idx'
              load mnist images=a
                                ^
            """)
    }

    @Test func unexpectedAndDuplicateArguments() {
        #expect(Binding.error("sgd 30") == """
            1:5: unexpected argument '30' for sgd — usage: sgd [epochs=N] [eta=X] [m=N] [lambda=X] [monitor=…] [stop-after=N] [momentum=X] [eta-schedule=…] [patience=N] [threads=N] [keep-best] [speed] [speed-samples=N]
              sgd 30
                  ^~
            """)
        #expect(Binding.error("sgd epochs 30").hasPrefix("1:5: unexpected argument 'epochs' for sgd — write it as epochs=N"))
        #expect(Binding.error("sgd epoch 30").hasPrefix("1:5: unexpected argument 'epoch' for sgd — write it as epochs=N"))
        #expect(Binding.error("weights grd").hasPrefix("1:9: unexpected argument 'grd' for weights — did you mean 'grid'?"))
        #expect(Binding.error("save a b").hasPrefix("1:8: unexpected argument 'b' for save — usage: save PATH"))
        #expect(Binding.error("eval test train").hasPrefix("1:11: unexpected argument 'train' for eval — usage: eval [train|validation|test]"))
        #expect(Binding.error("sgd eta=1 eta=2") == """
            1:11: 'eta' is given twice to sgd — keep one
              sgd eta=1 eta=2
                        ^~~
            """)
        #expect(Binding.error("weights grid grid").hasPrefix("1:14: 'grid' is given twice to weights — keep one"))
    }

    @Test func imagesAndIndices() {
        #expect(Binding.error("show test") == """
            1:6: expected an image such as test[7] for 'image', got 'test' — add the image's index, e.g. test[0]
              show test
                   ^~~~
            """)
        #expect(Binding.error("show tset[7]").hasPrefix(
            "1:6: expected an image such as test[7] for 'image', got 'tset[7]' — did you mean 'test'?"))
        #expect(Binding.error("show 7").hasPrefix("1:6: expected an image such as test[7] for 'image', got '7'\n"))
        #expect(Binding.error("show test[1.5]") == """
            1:11: the index in test[…] must be a whole number, got '1.5'
              show test[1.5]
                        ^~~
            """)
    }

    @Test func undefinedVariables() throws {
        let variables = try Binding.variables(["eta": "0.5"])
        #expect(Binding.error("sgd eta=$etta", variables: variables) == """
            1:9: undefined variable '$etta' — did you mean '$eta'?
              sgd eta=$etta
                      ^~~~~
            """)
        #expect(Binding.error("sgd eta=$rate").hasPrefix("1:9: undefined variable '$rate' — define it first with 'let rate = …'"))
    }

    @Test func loopOverANonList() throws {
        let script = try Script(parsing: "for x in 3 { eval }")
        guard case .loop(_, let sequence, _, _, _) = script.statements[0] else {
            Issue.record("expected a loop")
            return
        }
        let error = try #require(throws: Diagnostic.self) { try sequence.evaluateSequence(in: Variables()) }
        #expect(error.attachingSource(script.source).description == """
            1:10: 'for' needs a list after 'in', like [0.25, 1.0, 3.0], got '3'
              for x in 3 { eval }
                       ^
            """)
    }
}

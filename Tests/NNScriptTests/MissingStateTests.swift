import Testing
@testable import NNScript

/// Commands run before what they need exists, or on data that does not fit the network: each
/// says what to do, points at the right place, and changes nothing.
@Suite struct MissingStateTests {
    /// A session with the first 100 training images (80 train, 20 validation) and 100 test images.
    static func sessionWithData(_ options: SessionOptions = SessionOptions()) -> InterpreterHarness {
        let session = InterpreterHarness(options)
        session.run(TestData.loadTrain(limit: 100, split: 80) + "\n" + TestData.loadTest(limit: 100))
        session.sink.clear()
        return session
    }

    @Test func sgdBeforeNet() {
        let session = InterpreterHarness()
        #expect(session.run("sgd epochs=1") == .failure)
        #expect(session.errors == """
            1:1: no network yet — create one with 'net 784 30 10'
              sgd epochs=1
              ^~~

            """)
    }

    @Test func evalBeforeNetSuggestsANetworkForTheLoadedData() {
        let session = Self.sessionWithData()
        #expect(session.run("eval", file: "a.nns") == .failure)
        #expect(session.errors == "a.nns:1:1: no network yet — create one with 'net 784 30 10'\n  eval\n  ^~~~\n")
    }

    @Test func sgdBeforeLoad() {
        let session = InterpreterHarness()
        #expect(session.run("net 784 30 10\nsgd") == .failure)
        #expect(session.errors == """
            2:1: no training data yet — load some first with 'load mnist' (or 'load idx images=… labels=…')
              sgd
              ^~~

            """)
    }

    @Test func evalOfASetThatIsNotLoaded() {
        let session = InterpreterHarness()
        session.run(TestData.loadTrain(limit: 50) + "\nnet 784 30 10")
        session.sink.clear()
        #expect(session.run("eval") == .failure)
        #expect(session.errors.hasPrefix("""
            1:1: no test set is loaded — 'load mnist' loads the test images, or load them with 'load idx images=… labels=… as=test'
              eval
              ^~~~
            """))
        session.sink.clear()
        #expect(session.run("eval   validation") == .failure)
        #expect(session.errors == """
            1:8: no validation set is loaded — 'load mnist' splits one off the training images (split=50000), or load one with 'load idx images=… labels=… as=validation'
              eval   validation
                     ^~~~~~~~~~

            """)
    }

    @Test func monitoringASetThatIsNotLoaded() {
        let session = InterpreterHarness()
        session.run(TestData.loadTrain(limit: 50) + "\nnet 784 30 10")
        session.sink.clear()
        #expect(session.run("sgd epochs=1 monitor=test") == .failure)
        #expect(session.errors.hasPrefix("1:22: no test set is loaded"))
        #expect(session.errors.contains("\n                       ^~~~\n"))
    }

    @Test func netInputSizeNotMatchingTheDataPointsAtTheSize() {
        let session = Self.sessionWithData()
        #expect(session.run("net 100 30 10", file: "s.nns") == .failure)
        #expect(session.errors == """
            s.nns:1:5: the network has 100 input neurons but the train images have 784 pixels (28×28) — the first layer size must be 784
              net 100 30 10
                  ^~~

            """)
    }

    @Test func netOutputSizeNotMatchingTheClassesPointsAtTheLastSize() {
        let session = Self.sessionWithData()
        #expect(session.run("net [784, 30, 9]") == .failure)
        #expect(session.errors == """
            1:15: the network has 9 output neurons but the train set has 10 classes — the last layer size must be 10
              net [784, 30, 9]
                            ^

            """)
    }

    @Test func netSizesFromAVariablePointAtTheVariable() {
        let session = Self.sessionWithData()
        #expect(session.run("let sizes = [100, 10]\nnet $sizes") == .failure)
        #expect(session.errors.hasPrefix("2:5: the network has 100 input neurons but the train images have 784 pixels"))
        #expect(session.errors.hasSuffix("  net $sizes\n      ^~~~~~\n"))
    }

    @Test func aNetworkBuiltBeforeTheDataIsCheckedWhenUsed() {
        let session = InterpreterHarness()
        session.run("net 100 30 10\n" + TestData.loadTrain(limit: 50) + "\n" + TestData.loadTest(limit: 50))
        session.sink.clear()
        #expect(session.run("sgd epochs=1") == .failure)
        #expect(session.errors.hasPrefix("""
            1:1: the network has 100 input neurons but the train images have 784 pixels (28×28) — the first layer size must be 784
              sgd epochs=1
              ^~~
            """))
        session.sink.clear()
        #expect(session.run("eval test") == .failure)
        #expect(session.errors.hasPrefix("1:6: the network has 100 input neurons but the test images have 784 pixels"))
    }

    @Test func layerBeforeNet() {
        let session = InterpreterHarness()
        #expect(session.run("layer 30") == .failure)
        #expect(session.errors.hasPrefix(
            "1:1: no network to add a layer to — start one with its input, e.g. 'net 784' or 'net input=28x28', then add layers\n"))
    }

    @Test func trainingAnUnfinishedNetwork() {
        let session = Self.sessionWithData()
        #expect(session.run("net 784\nsgd") == .failure)
        #expect(session.errors.hasPrefix("""
            2:1: the network being built (784) is not usable yet: it has only its input — add layers, e.g. 'layer 30' then 'layer 10'
            """))
        session.sink.clear()
        #expect(session.run("net 784 cost=cross-entropy; layer 30 act=relu; eval") == .failure)
        #expect(session.errors.hasPrefix("""
            1:48: the network being built (784 → 30 relu) is not usable yet: the cross-entropy cost needs a sigmoid or softmax output layer, but the last layer is relu — add one, e.g. 'layer 10 act=softmax'
            """))
    }

    @Test func earlyStoppingWithNothingMonitored() {
        let session = Self.sessionWithData()
        session.run("net 784 30 10")
        #expect(session.run("sgd epochs=1 stop-after=2 monitor=none") == .failure)
        #expect(session.errors.hasPrefix("1:25: early stopping watches the accuracy of the first monitored set, but no set is monitored"))
        session.sink.clear()
        #expect(session.run("sgd epochs=1 monitor=none,test") == .failure)
        #expect(session.errors.hasPrefix("1:22: monitor=none cannot be combined with data sets"))
    }

    @Test func imageIndexOutOfRange() throws {
        let session = Self.sessionWithData()
        let context = CommandContext(
            session: session.interpreter.session, arguments: try Binding.bind("show test[100]"),
            options: SessionOptions(), output: session.sink, commands: .standard, isCancellationRequested: { false })
        #expect(throws: Diagnostic.self) { try context.requireImage(SampleReference(set: .test, index: 100), at: "image") }
        do {
            _ = try context.requireImage(SampleReference(set: .test, index: -100), at: "image")
            let (_, index) = try context.requireImage(SampleReference(set: .test, index: -1), at: "image")
            #expect(index == 99)
            _ = try context.requireImage(SampleReference(set: .test, index: -101), at: "image")
            Issue.record("test[-101] of 100 images should fail")
        } catch {
            #expect(error.message == "test[-101] does not exist: test has 100 images, indices 0 to 99 (or -1 to -100 from the end)")
        }
    }

    @Test func failingCommandsLeaveTheSessionAsItWas() {
        let session = Self.sessionWithData()
        session.run("seed 3\nnet 784 30 10\nsgd epochs=1 m=10")
        let before = session.interpreter.session
        session.sink.clear()
        let failing = ["net 100 10", "sgd monitor=validation,test stop-after=0", "load idx images=nope labels=nope",
                       "eval validatio", "layer 100000000", "net 784 30 10 out=relu cost=cross-entropy"]
        for command in failing {
            _ = session.run(command)
        }
        let after = session.interpreter.session
        #expect(after.network == before.network)
        #expect(after.generator == before.generator)
        #expect(after.history == before.history)
        #expect(after.dataSets.keys.sorted { $0.rawValue < $1.rawValue } == before.dataSets.keys.sorted { $0.rawValue < $1.rawValue })
        #expect(session.interpreter.failedCommandCount == failing.count)
        session.sink.clear()
        session.run("eval test")
        let evalAfter = session.output
        #expect(evalAfter.hasPrefix("test: "))
    }
}

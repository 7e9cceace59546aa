import Testing
@testable import NNScript

/// `info`, `help`, `seed`, and `time` around real commands.
@Suite struct SessionCommandTests {
    @Test func infoOfAnEmptySessionSaysWhatToDoFirst() {
        let session = InterpreterHarness()
        session.run("info")
        #expect(session.output == """
            data:      none — load some with 'load mnist'
            network:   none — create one with 'net 784 30 10'
            training:  none yet — train with 'sgd epochs=30 eta=3.0 m=10'
            seed:      0
            history:   no training yet
            variables: none

            """)
    }

    @Test func infoAfterTraining() {
        let session = InterpreterHarness()
        session.run("seed 7\n\(TrainingCommandTests.smallData)\nnet 784 30 10\nsgd epochs=3 eta=3.0 m=10 stop-after=5\nlet a = 1")
        session.sink.clear()
        session.run("info")
        let data = TestData.directory
        #expect(session.output == """
            data:      train 800 · validation 200 · test 500 images of 28×28 pixels, 10 classes
                       train, validation: idx \(data)/mnist-train-5k/train-images-idx3-ubyte.gz
                       test: idx \(data)/mnist/t10k-images-idx3-ubyte.gz
            network:   784 → 30 sigmoid → 10 sigmoid · quadratic cost · 23,860 weights and biases, N(0, 1) weights
            training:  last sgd epochs=3 eta=3.0 m=10 lambda=0.0 stop-after=5 threads=1
            seed:      7
            history:   1 sgd run, 3 epochs; best validation 78 / 200 (39.00%) in run 1, epoch 2
            variables: 1 ('vars' lists them)
            ┌───┬─────────────────┬────────┬────────────┬────────────┐
            │ # │ layer           │ output │ parameters │ activation │
            ├───┼─────────────────┼────────┼────────────┼────────────┤
            │ 0 │ input           │    784 │          0 │            │
            │ 1 │ fully connected │     30 │     23,550 │ sigmoid    │
            │ 2 │ fully connected │     10 │        310 │ sigmoid    │
            └───┴─────────────────┴────────┴────────────┴────────────┘
            23,860 weights and biases · quadratic cost

            """)
    }

    @Test func infoShowsANetworkBeingBuilt() {
        let session = InterpreterHarness()
        session.run("net 784 cost=log-likelihood; layer 30 act=relu")
        session.sink.clear()
        session.run("info")
        #expect(session.output.contains("\nnetwork:   being built: 784 → 30 relu (add layers with 'layer N')\n"))
    }

    @Test func helpComesFromTheCommandTable() throws {
        let session = InterpreterHarness()
        session.run("help")
        #expect(session.output == CommandTable.standard.helpOverview() + "\n")
        session.sink.clear()
        session.run("help sgd")
        let sgd = try #require(CommandTable.standard.spec(named: "sgd"))
        #expect(session.output == CommandTable.standard.help(for: sgd) + "\n")
        #expect(session.output.hasPrefix("sgd — train the network with mini-batch stochastic gradient descent\n"))
        session.sink.clear()
        #expect(session.run("help sdg") == .failure)
        #expect(session.errors.hasPrefix("1:6: unknown command 'sdg' — did you mean 'sgd'?"))
    }

    @Test func seedMakesInitialisationRepeatable() {
        let session = InterpreterHarness()
        session.run("seed 4; net 784 10 10")
        let first = session.interpreter.session.network
        session.run("net 784 10 10")
        #expect(session.interpreter.session.network != first)
        session.run("seed 4; net 784 10 10")
        #expect(session.interpreter.session.network == first)
    }

    @Test func timeAroundTraining() {
        let session = InterpreterHarness()
        session.run("seed 1\n\(TestData.loadTrain(limit: 100))\nnet 784 10 10")
        session.sink.clear()
        #expect(session.run("time sgd epochs=2 monitor=none") == .success)
        let lines = TrainingCommandTests.maskingTimes(session.output).split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0] == "Epoch 0 complete (T s)" && lines[1] == "Epoch 1 complete (T s)")
        #expect(lines[2].hasPrefix("CPU times: user ") && lines[3].hasPrefix("Wall time: "))
    }

    @Test func echoAroundRealCommands() {
        let session = InterpreterHarness(SessionOptions(echo: true))
        session.run("seed 3\ninfo")
        #expect(session.output.hasPrefix("> seed 3\n> info\ndata:      none"))
    }
}

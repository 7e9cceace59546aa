import Testing
@testable import NNScript

/// The help text generated from the command table.
@Suite struct HelpTextTests {
    let table = CommandTable.standard

    @Test func helpForSGD() throws {
        let sgd = try #require(table.spec(named: "sgd"))
        #expect(table.help(for: sgd) == """
            sgd — train the network with mini-batch stochastic gradient descent

            usage: sgd [epochs=N] [eta=X] [m=N] [lambda=X]
                   [monitor=train|validation|test|none,…] [stop-after=N] [momentum=X]
                   [eta-schedule=constant|halve] [patience=N] [threads=N] [keep-best]
                   [speed] [speed-samples=N]

            arguments:
              epochs=N         passes over the training data (default 30; at least 1)
              eta=X            learning rate η (default 3.0; positive)
              m=N              mini-batch size (default 10; at least 1)
              lambda=X         L2 regularisation λ: weights decay by (1 − ηλ/n) each step
                               (default 0.0; at least 0)
              monitor=…        data sets whose accuracy and cost are reported after every
                               epoch (any of: train, validation, test, none; default:
                               validation when loaded, else test)
              stop-after=N     stop early after N epochs without a better accuracy on the
                               first monitored set (at least 1)
              momentum=X       μ of momentum-based gradient descent: v → μv − η∇C, w → w + v
                               (0: plain SGD) (default 0.0; at least 0 and below 1)
              eta-schedule=…   halve: halve η each time the first monitored set's accuracy
                               has not improved for 'patience' epochs, and stop once η would
                               reach η/128 (one of: constant, halve; default constant)
              patience=N       epochs without a better accuracy before η is halved (default
                               10; at least 1; only with eta-schedule=halve)
              threads=N        threads that share each mini-batch; the same count gives the
                               same numbers (default: the session's (see 'threads'); 1 to
                               64)
              keep-best        end with the network of the epoch with the best accuracy on
                               the first monitored set
              speed            measure the speed of learning ‖∂C/∂b^l‖ of every layer before
                               and after each epoch
              speed-samples=N  training images the speed of learning is averaged over
                               (default 1000; at least 1; only with speed)

            Each epoch shuffles the training data, splits it into mini-batches of m and
            applies w → w − (η/m) Σ ∇C_x to each. After each epoch it prints the monitored
            sets' results as the book does ('Epoch 0: 9129 / 10000'); on a terminal a
            progress bar shows the epoch, speed and ETA. With two monitored sets it ends
            with the book's figure: the epoch of the best accuracy on the first (validation)
            and the others' results then. Ctrl-C stops after the current mini-batch and
            keeps the network as trained so far; every run is added to the history. With
            'speed' each epoch also prints chapter 5's speed of learning of every layer,
            which 'plot speed' draws.

            examples:
              sgd epochs=30 eta=3.0 m=10
              sgd epochs=30 eta=0.5 m=10 lambda=5.0 monitor=validation,test
              sgd epochs=60 eta=0.1 stop-after=10
              sgd epochs=60 eta=0.03 lambda=1 eta-schedule=halve patience=10 monitor=validation,test
              sgd epochs=30 eta=0.1 speed
            """)
    }

    @Test func helpForACommandWithPositionalsFlagsAndAliases() throws {
        let weights = try #require(table.spec(named: "weights"))
        #expect(table.help(for: weights).hasPrefix("""
            weights — weight statistics per layer, one neuron's incoming weights, or a grid of all of them

            usage: weights [layer=N] [neuron=N] [grid] [to=PATH]

            arguments:
              layer=N   layer l: 1 is the first hidden layer, fed by layer 0, the input (at
                        least 1)
            """))
        let quit = try #require(table.spec(named: "exit"))
        #expect(table.help(for: quit) == """
            quit — leave nns (Ctrl-D does the same)
            (also: exit)

            usage: quit

            example:
              quit
            """)
        let eval = try #require(table.spec(named: "eval"))
        #expect(table.help(for: eval).contains("  SET  the data set to evaluate (one of: train, validation, test; default test)"))
        let load = try #require(table.spec(named: "load"))
        #expect(table.help(for: load).contains("  images=PATH  IDX image file, gzip or raw (only with idx, required there)"))
    }

    @Test func overviewListsEveryCommandUnderItsCategory() {
        let overview = table.helpOverview()
        #expect(overview.hasPrefix("""
            Commands (type 'help COMMAND' for its arguments and an example):

            Data
              load         load MNIST, Fashion-MNIST or any IDX image/label pair

            Building a network
              net          build a new network from layer sizes, or start one from its input
                           shape (replaces the current one)
            """))
        for spec in table.commands {
            #expect(overview.contains("\n  \(spec.name.padding(toLength: 13))\(spec.summary.prefix(20))"), "\(spec.name)")
        }
    }

    @Test func everyCommandOfTheIssuesIsDocumentedWithAnExample() {
        let required = ["load", "net", "layer", "conv", "pool", "dropout", "sgd", "eval", "seed", "threads", "save",
                        "open", "export", "info", "time",
                        "help", "quit", "run", "show", "predict", "weights", "activations", "confusion", "errors",
                        "history", "plot", "let", "for", "vote"]
        for name in required {
            let spec = table.spec(named: name)
            #expect(spec != nil, "\(name)")
            #expect(spec?.examples.isEmpty == false, "\(name)")
        }
    }

    @Test func helpLinesFitEightyColumnsExceptLongWords() {
        let texts = [table.helpOverview()] + table.commands.map { table.help(for: $0) }
        for text in texts {
            for line in text.split(separator: "\n") where line.count > CommandTable.helpWidth {
                // Only the title line and examples may run long.
                let isTitle = line.contains(" — ") && !line.hasPrefix(" ")
                #expect(isTitle || line.hasPrefix("  ") && !line.dropFirst(2).hasPrefix(" "), "\(line)")
            }
        }
    }

    @Test func wrapKeepsThePrefixAndIndentsContinuations() {
        let text = table.wrap(String(repeating: "word ", count: 30), prefix: "  label   ", hangingIndent: 10)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("  label   word word"))
        #expect(lines[1].hasPrefix("          word"))
        #expect(lines.allSatisfy { $0.count <= CommandTable.helpWidth })
    }
}

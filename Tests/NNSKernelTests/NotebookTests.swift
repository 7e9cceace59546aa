import Foundation
import Testing
@testable import NNSKernel

@Suite struct NotebookTests {
    @Test func blankLinesSeparateCellsButNeverSplitABlock() {
        let script = """
            #!/usr/bin/env nns
            load mnist

            net 784 30 10
            sgd epochs=1


            for eta in [0.5, 3] {
              net 784 30 10

              sgd eta=$eta
            }
            """
        #expect(Notebook(script: script).cells == [
            .init(.code, "#!/usr/bin/env nns\nload mnist"),
            .init(.code, "net 784 30 10\nsgd epochs=1"),
            .init(.code, "for eta in [0.5, 3] {\n  net 784 30 10\n\n  sgd eta=$eta\n}"),
        ])
    }

    @Test func inAScriptWithPercentLinesOnlyTheySeparateCells() {
        let script = """
            # %%
            load mnist

            net 784 30 10
            # %% [markdown]
            # # Looking inside
            #
            # the *weights*
            weights grid

            # %%
            eval test
            """
        let notebook = Notebook(script: script)
        #expect(notebook.cells == [
            .init(.code, "load mnist\n\nnet 784 30 10"),
            .init(.markdown, "# Looking inside\n\nthe *weights*"),
            .init(.code, "weights grid"),
            .init(.code, "eval test"),
        ])
        #expect(notebook.codeCells.map(\.number) == [1, 3, 4])
    }

    @Test func scriptsRoundTripThroughNotebooks() throws {
        for script in ["echo one\n\necho two\n", "for x in [1] {\n\n  echo $x\n}\n\necho after\n",
                       "# %% [markdown]\n# Title\n\necho a\n"] {
            let notebook = Notebook(script: script)
            let reread = try Notebook(ipynb: notebook.ipynb(), path: "n.ipynb")
            #expect(reread == notebook)
            #expect(Notebook(script: reread.script) == notebook, "\(reread.script)")
        }
        let joined = Notebook(cells: [.init(.code, "echo a"), .init(.code, "for x in [1] {\n\n  echo $x\n}")])
        #expect(Notebook(script: joined.script) == joined)
        let needsMarkers = Notebook(cells: [.init(.code, "echo a\n\necho b")])
        #expect(needsMarkers.script == "# %%\necho a\n\necho b\n")
        #expect(Notebook(script: needsMarkers.script).cells.count == 1)
    }

    @Test func writesValidNbformat45() throws {
        let bytes = Notebook(cells: [.init(.markdown, "# Tour"), .init(.code, "load mnist\nnet 784 30 10")]).ipynb()
        let json = try JSON(parsing: bytes)
        #expect(json["nbformat"]?.int == 4 && json["nbformat_minor"]?.int == 5)
        #expect(json["metadata"]?["kernelspec"]?["name"]?.string == "nns")
        let cells = try #require(json["cells"]?.array)
        #expect(cells[1]["source"] == ["load mnist\n", "net 784 30 10"])
        #expect(cells[1]["outputs"] == [] && cells[1]["execution_count"] == .null)
        #expect(cells[0]["outputs"] == nil)
        #expect(Set(cells.compactMap { $0["id"]?.string }).count == 2)
    }

    @Test func readsSourcesAsStringsOrLines() throws {
        let text = #"{"nbformat": 4, "nbformat_minor": 4, "metadata": {}, "cells": [{"cell_type": "code", "source": ["a\n", "b\n"], "metadata": {}, "outputs": []}, {"cell_type": "raw", "source": "r\n", "metadata": {}}]}"#
        let notebook = try Notebook(ipynb: Array(text.utf8), path: "n.ipynb")
        #expect(notebook.cells == [.init(.code, "a\nb"), .init(.raw, "r")])
    }

    @Test func refusesWhatIsNotANotebook() {
        #expect(throws: NotebookError.notJSON(path: "x.ipynb")) { try Notebook(ipynb: Array("echo hi".utf8), path: "x.ipynb") }
        #expect(throws: NotebookError.unsupportedVersion(path: "x.ipynb", version: 3)) {
            try Notebook(ipynb: Array(#"{"nbformat": 3, "worksheets": []}"#.utf8), path: "x.ipynb")
        }
        #expect(throws: NotebookError.notANotebook(path: "x.ipynb", reason: "it has no list of cells")) {
            try Notebook(ipynb: Array(#"{"nbformat": 4}"#.utf8), path: "x.ipynb")
        }
        #expect(throws: NotebookError.notANotebook(path: "x.ipynb", reason: "cell 1 has no cell_type code, markdown or raw")) {
            try Notebook(ipynb: Array(#"{"nbformat": 4, "cells": [{"source": "x"}]}"#.utf8), path: "x.ipynb")
        }
    }

    @Test func theTourNotebookIsReadable() throws {
        let path = RealDataRoot.path + "/examples/tour.ipynb"
        let notebook = try Notebook(ipynb: Array(try Data(contentsOf: URL(fileURLWithPath: path))), path: path)
        let verbs = notebook.codeCells.compactMap { $0.source.split(whereSeparator: \.isWhitespace).first.map(String.init) }
        for view in ["load", "sgd", "eval", "show", "predict", "weights", "plot", "confusion", "errors"] {
            #expect(verbs.contains(view) || notebook.codeCells.contains { $0.source.contains(view) }, "\(view)")
        }
    }
}

/// The package root, for files it ships.
enum RealDataRoot {
    static var path: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }
}

import Foundation
import Testing
import TestSupport

/// `nns kernel`, `nns kernel install/uninstall`, `nns convert` and `nns run FILE.ipynb`, run as
/// the built binary. (The kernel itself is tested through real Jupyter clients:
/// Tests/Jupyter, run by scripts/kernel-test.sh.)
@Suite struct KernelCommandLineTests {
    let scratch: ScratchDirectory

    init() throws {
        scratch = try ScratchDirectory()
    }

    @Test func theKernelNeedsAGoodConnectionFile() throws {
        let bare = try NNSBinary.run(["kernel"])
        #expect(bare.status == 2)
        #expect(bare.stderr.contains("'nns kernel' needs the connection file Jupyter wrote: nns kernel -f FILE"))
        let missing = try NNSBinary.run(["kernel", "-f", scratch.path + "/none.json"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "nns kernel: cannot read the connection file '\(scratch.path)/none.json': no such file\n")
        let bad = try scratch.write("bad.json", #"{"ip": "127.0.0.1", "key": "secret"}"#)
        let run = try NNSBinary.run(["kernel", "-f", bad])
        #expect(run.status == 2)
        #expect(run.stderr.contains("has no 'shell_port'") && !run.stderr.contains("secret"))
        let help = try NNSBinary.run(["kernel", "--help"])
        #expect(help.status == 0 && help.stdout.contains("USAGE: nns kernel -f <connection-file>"))
    }

    @Test func installWritesAKernelspecOfThisBinaryAndUninstallRemovesIt() throws {
        let install = try NNSBinary.run(["kernel", "install", "--prefix", scratch.path, "--name", "nns-x", "--interrupt-mode", "message"])
        #expect(install.status == 0, "\(install.stderr)")
        let directory = scratch.path + "/share/jupyter/kernels/nns-x"
        #expect(install.stdout.hasPrefix("installed the kernel 'nns-x' (nns (nns-x), interrupt mode message) in \(directory)\n"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: directory + "/kernel.json"))) as? [String: Any]
        let argv = json?["argv"] as? [String]
        let binary = URL(fileURLWithPath: NNSBinary.path).resolvingSymlinksInPath().path
        #expect(argv == [binary, "kernel", "-f", "{connection_file}"])
        #expect(json?["interrupt_mode"] as? String == "message" && json?["language"] as? String == "nns")
        #expect(FileManager.default.fileExists(atPath: directory + "/logo-64x64.png"))
        let uninstall = try NNSBinary.run(["kernel", "uninstall", "--prefix", scratch.path, "--name", "nns-x"])
        #expect(uninstall.status == 0 && !FileManager.default.fileExists(atPath: directory))
        let again = try NNSBinary.run(["kernel", "uninstall", "--prefix", scratch.path, "--name", "nns-x"])
        #expect(again.status == 1 && again.stderr.contains("no kernel 'nns-x' is installed"))
    }

    @Test func installByDefaultGoesToTheUsersJupyterDirectory() throws {
        let run = try NNSBinary.run(["kernel", "install"], environment: ["JUPYTER_DATA_DIR": scratch.path + "/jupyter"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/jupyter/kernels/nns/kernel.json"))
    }

    @Test func badInstallOptionsAreUsageErrors() throws {
        #expect(try NNSBinary.run(["kernel", "install", "--prefix", scratch.path, "--interrupt-mode", "loud"]).stderr
            .contains("--interrupt-mode is signal or message, not 'loud'"))
        #expect(try NNSBinary.run(["kernel", "install", "--user", "--prefix", scratch.path]).status == 2)
        let name = try NNSBinary.run(["kernel", "install", "--prefix", scratch.path, "--name", "my kernel"])
        #expect(name.status == 2 && name.stderr.contains("'my kernel' cannot name a kernel"))
    }

    @Test func convertTurnsAScriptIntoANotebookAndBack() throws {
        let script = try scratch.write("s.nns", "echo one\n\nfor x in [1, 2] {\n\n  echo $x\n}\n")
        let toNotebook = try NNSBinary.run(["convert", script, scratch.path + "/s.ipynb"])
        #expect(toNotebook.status == 0 && toNotebook.stdout == "wrote \(scratch.path)/s.ipynb: 2 cells\n")
        let back = try NNSBinary.run(["convert", scratch.path + "/s.ipynb", scratch.path + "/back.nns"])
        #expect(back.status == 0)
        #expect(try String(contentsOfFile: scratch.path + "/back.nns", encoding: .utf8) == "echo one\n\nfor x in [1, 2] {\n\n  echo $x\n}\n")
        let same = try NNSBinary.run(["convert", script, scratch.path + "/t.nns"])
        #expect(same.status == 2 && same.stderr.contains("give a script and a notebook"))
        let unwritable = try NNSBinary.run(["convert", script, "/nonexistent/dir/s.ipynb"])
        #expect(unwritable.status == 1 && unwritable.stderr.hasPrefix("nns: cannot write '/nonexistent/dir/s.ipynb'"))
    }

    @Test func aNotebookRunsAsAScriptWithCellsInItsDiagnostics() throws {
        let script = try scratch.write("n.nns", "# %% [markdown]\n# Title\n\n# %%\necho one\n\n# %%\necho two\nsgd epoch=3\n\n# %%\necho never\n")
        _ = try NNSBinary.run(["convert", script, scratch.path + "/n.ipynb"])
        let run = try NNSBinary.run([scratch.path + "/n.ipynb"])
        #expect(run.status == 1)
        #expect(run.stdout == "one\ntwo\n")
        #expect(run.stderr.hasPrefix("\(scratch.path)/n.ipynb cell 3:2:5: unknown argument 'epoch' for sgd — did you mean 'epochs'?\n"))
        let keepGoing = try NNSBinary.run(["--keep-going", "run", scratch.path + "/n.ipynb"])
        #expect(keepGoing.status == 1 && keepGoing.stdout == "one\ntwo\nnever\n")
        let notANotebook = try scratch.write("x.ipynb", "echo hi\n")
        let refused = try NNSBinary.run([notANotebook])
        #expect(refused.status == 2 && refused.stderr == "nns: '\(notANotebook)' is not a notebook: it is not JSON\n")
    }
}

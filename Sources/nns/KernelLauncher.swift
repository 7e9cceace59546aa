import Foundation
import Glibc
import NNScript
import NNSKernel
import SafeFiles

/// The CLI's side of `nns kernel`, `nns kernel install/uninstall` and `nns convert`: it turns
/// the parsed command into calls of NNSKernel and a message on the standard streams.
enum KernelLauncher {
    /// `nns kernel -f FILE`: serves Jupyter until shut down. The session has plain output
    /// (no terminal: no colour, no redrawn lines) 100 columns wide, in the working directory
    /// Jupyter started it in (the notebook's).
    static func run(_ command: KernelCommand) throws(CommandLineError) -> ExitStatus {
        guard let file = command.connectionFile else { throw .kernelWithoutConnectionFile }
        let environment = ProcessInfo.processInfo.environment
        let options = SessionOptions(
            isTerminal: false, color: false, unicode: true, terminalWidth: 100, environment: environment,
            currentDirectory: FileManager.default.currentDirectoryPath)
        let status = KernelServer.run(connectionFile: file, options: options)
        return status == 0 ? .success : status == 2 ? .badUsage : .commandFailed
    }

    /// `nns kernel install`: writes the kernelspec and says where.
    static func install(_ command: KernelInstallCommand) throws(CommandLineError) -> ExitStatus {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let kernels = KernelSpec.kernelsDirectory(command.location.location, environment: ProcessInfo.processInfo.environment)
        do {
            let spec = try KernelSpec(name: command.location.name, displayName: command.displayName, executable: executable,
                                      interruptMode: KernelSpec.InterruptMode(rawValue: command.interruptMode) ?? .signal)
            let directory = try spec.install(in: kernels)
            StandardOutputSink.write("installed the kernel '\(spec.name)' (\(spec.displayName), interrupt mode "
                + "\(spec.interruptMode.rawValue)) in \(directory)\nit runs \(executable); start it with "
                + "'jupyter lab' or 'jupyter console --kernel \(spec.name)'\n", to: STDOUT_FILENO)
            return .success
        } catch {
            return fail(error)
        }
    }

    /// `nns kernel uninstall`: removes the kernelspec and says which.
    static func uninstall(_ command: KernelUninstallCommand) throws(CommandLineError) -> ExitStatus {
        let kernels = KernelSpec.kernelsDirectory(command.location.location, environment: ProcessInfo.processInfo.environment)
        do {
            let directory = try KernelSpec.uninstall(name: command.location.name, from: kernels)
            StandardOutputSink.write("removed the kernel '\(command.location.name)' from \(directory)\n", to: STDOUT_FILENO)
            return .success
        } catch {
            return fail(error)
        }
    }

    /// `nns convert FROM TO`: a script into a notebook or back, by the files' extensions.
    static func convert(_ command: ConvertCommand) throws(CommandLineError) -> ExitStatus {
        let (from, to) = (command.source, command.destination)
        let fromNotebook = from.lowercased().hasSuffix(".ipynb"), toNotebook = to.lowercased().hasSuffix(".ipynb")
        guard fromNotebook != toNotebook else { throw .unconvertible(from: from, to: to) }
        let notebook: Notebook
        if fromNotebook {
            notebook = try SourceReader.readNotebook(at: from)
        } else {
            do {
                notebook = Notebook(script: try SourceReader.text(of: try SourceReader.readScript(at: from), named: from))
            } catch let error as CommandLineError {
                throw error
            } catch {
                StandardOutputSink.write("\(error)\n", to: STDERR_FILENO)
                return .commandFailed
            }
        }
        let bytes = toNotebook ? notebook.ipynb() : Array(notebook.script.utf8)
        do {
            try AtomicWriter.write(bytes, to: to)
        } catch {
            StandardOutputSink.write("nns: cannot write '\(to)': \(error)\n", to: STDERR_FILENO)
            return .commandFailed
        }
        let cells = notebook.cells.count
        StandardOutputSink.write("wrote \(to): \(cells) cell\(cells == 1 ? "" : "s")\n", to: STDOUT_FILENO)
        return .success
    }

    private static func fail(_ error: KernelSpecError) -> ExitStatus {
        StandardOutputSink.write("nns: \(error)\n", to: STDERR_FILENO)
        if case .badName = error { return .badUsage }
        return .commandFailed
    }
}

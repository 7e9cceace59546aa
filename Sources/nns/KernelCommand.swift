import ArgumentParser
import NNSKernel

/// `nns kernel -f CONNECTION_FILE`: nns as a Jupyter kernel (what Jupyter starts, through the
/// kernelspec that `nns kernel install` writes).
struct KernelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nns kernel",
        abstract: "Run nns as a Jupyter kernel, or install it so that Jupyter offers it.",
        usage: """
            nns kernel -f <connection-file>
            nns kernel install [--user | --prefix <dir>] [--name <name>] [--interrupt-mode signal|message]
            nns kernel uninstall [--user | --prefix <dir>] [--name <name>]
            """,
        discussion: """
            Jupyter starts 'nns kernel -f FILE' itself once the kernel is installed: run \
            'nns kernel install', then 'jupyter lab' (or 'jupyter console --kernel nns') and pick nns. \
            Every cell runs in one nns session, as at the prompt. Exit status 2 for a missing or \
            invalid connection file.
            """,
        subcommands: [KernelInstallCommand.self, KernelUninstallCommand.self])

    @Option(name: .customShort("f"), help: ArgumentHelp("The connection file Jupyter wrote for this kernel.", valueName: "connection-file"))
    var connectionFile: String?
}

/// Where `install` and `uninstall` put the kernelspec: `--user` (the default) or `--prefix DIR`.
struct KernelSpecLocationOptions: ParsableArguments {
    @Flag(help: "Your own Jupyter data directory (the default): $JUPYTER_DATA_DIR or ~/.local/share/jupyter.")
    var user = false

    @Option(help: ArgumentHelp("Under DIR/share/jupyter instead, e.g. a virtual environment's directory.", valueName: "dir"))
    var prefix: String?

    @Option(help: "The kernel's name (its directory, and what --kernel takes).")
    var name = "nns"

    func validate() throws {
        if user, prefix != nil { throw ValidationError("give either --user or --prefix DIR, not both") }
    }

    var location: KernelSpec.Location { prefix.map(KernelSpec.Location.prefix) ?? .user }
}

/// `nns kernel install`.
struct KernelInstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Write the nns kernelspec (kernel.json and logos) where Jupyter looks for kernels.")

    @OptionGroup var location: KernelSpecLocationOptions

    @Option(help: ArgumentHelp("How Jupyter interrupts a running cell: signal (SIGINT, the default) or message (interrupt_request).",
                               valueName: "mode"))
    var interruptMode: String = KernelSpec.InterruptMode.signal.rawValue

    @Option(help: "The name Jupyter shows (default: nns, or 'nns (NAME)' for another --name).")
    var displayName: String?

    func validate() throws {
        guard KernelSpec.InterruptMode(rawValue: interruptMode) != nil else {
            throw ValidationError("--interrupt-mode is signal or message, not '\(interruptMode)'")
        }
    }
}

/// `nns kernel uninstall`.
struct KernelUninstallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uninstall", abstract: "Remove the nns kernelspec that 'nns kernel install' wrote.")

    @OptionGroup var location: KernelSpecLocationOptions
}

/// `nns convert FROM TO`: a script into a notebook, or a notebook into a script.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nns convert",
        abstract: "Turn an .nns script into a notebook (.ipynb) or a notebook into a script.",
        discussion: """
            A script becomes one code cell per block: blocks are separated by a blank line (never \
            inside a { … } block) or a '# %%' line; '# %% [markdown]' starts a markdown cell of \
            comment lines. A notebook becomes its cells in order, apart by blank lines (or '# %%' \
            lines where a blank line would not keep them apart); outputs are not kept.
            """)

    @Argument(help: ArgumentHelp("The script or notebook to read.", valueName: "from"))
    var source: String

    @Argument(help: ArgumentHelp("The notebook or script to write (replaced if it exists).", valueName: "to"))
    var destination: String
}

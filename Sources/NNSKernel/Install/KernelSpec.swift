import Foundation
import NNSDisplay

/// The kernelspec that makes Jupyter offer nns (`nns kernel install`): a directory named after
/// the kernel holding `kernel.json` — how to start it (`[nns, "kernel", "-f",
/// "{connection_file}"]` with the absolute path of this nns), its display name, language and
/// interrupt mode — and 32×32 and 64×64 logos drawn by nns's own PNG encoder.
public struct KernelSpec: Sendable, Equatable {
    /// How Jupyter interrupts the kernel.
    public enum InterruptMode: String, Sendable, CaseIterable {
        /// SIGINT to the kernel process (Jupyter's default).
        case signal
        /// An `interrupt_request` on the control channel.
        case message
    }

    /// Where a kernelspec is installed.
    public enum Location: Sendable, Equatable {
        /// The user's Jupyter data directory: `$JUPYTER_DATA_DIR`, else `$XDG_DATA_HOME/jupyter`,
        /// else `~/.local/share/jupyter`.
        case user
        /// `DIR/share/jupyter` — a virtual environment's or conda's prefix, or `/usr/local`.
        case prefix(String)
    }

    /// The directory name (`nns`): letters, digits, `.`, `_`, `-`.
    public var name: String
    /// What Jupyter shows (`nns`).
    public var displayName: String
    /// The absolute path of the nns executable Jupyter runs.
    public var executable: String
    public var interruptMode: InterruptMode

    /// A kernelspec from its parts.
    /// - Throws: `KernelSpecError.badName` unless `name` is letters, digits, `.`, `_` and `-`.
    public init(name: String = "nns", displayName: String? = nil, executable: String,
                interruptMode: InterruptMode = .signal) throws(KernelSpecError) {
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }) else {
            throw .badName(name)
        }
        self.name = name
        self.displayName = displayName ?? (name == "nns" ? "nns" : "nns (\(name))")
        self.executable = executable
        self.interruptMode = interruptMode
    }

    /// The content of `kernel.json`.
    public var kernelJSON: JSON {
        [
            "argv": [.string(executable), "kernel", "-f", "{connection_file}"],
            "display_name": .string(displayName), "language": "nns",
            "interrupt_mode": .string(interruptMode.rawValue), "metadata": ["debugger": false],
        ]
    }

    /// The `kernels` directory of `location` in `environment`.
    public static func kernelsDirectory(_ location: Location, environment: [String: String]) -> String {
        switch location {
        case .prefix(let prefix):
            return (prefix as NSString).expandingTildeInPath + "/share/jupyter/kernels"
        case .user:
            if let data = environment["JUPYTER_DATA_DIR"], !data.isEmpty { return data + "/kernels" }
            if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/jupyter/kernels" }
            return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share/jupyter/kernels"
        }
    }

    /// Writes the kernelspec into `kernels/NAME` (replacing an earlier one of that name) and
    /// returns that directory.
    /// - Throws: `KernelSpecError.cannotWrite` with the system's reason.
    @discardableResult
    public func install(in kernels: String) throws(KernelSpecError) -> String {
        let directory = kernels + "/" + name
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(kernelJSON.prettyPrinted() + [0x0A]).write(to: URL(fileURLWithPath: directory + "/kernel.json"), options: .atomic)
            for side in [32, 64] {
                let logo = try PNGPictures.logo(side: side)
                try Data(logo).write(to: URL(fileURLWithPath: directory + "/logo-\(side)x\(side).png"), options: .atomic)
            }
        } catch {
            throw .cannotWrite(path: directory, reason: Self.reason(error))
        }
        return directory
    }

    /// Removes the kernelspec `name` from `kernels` and returns the directory removed.
    /// - Throws: `.notInstalled` when there is none, `.cannotRemove` when it cannot be deleted.
    @discardableResult
    public static func uninstall(name: String, from kernels: String) throws(KernelSpecError) -> String {
        let directory = kernels + "/" + name
        guard FileManager.default.fileExists(atPath: directory + "/kernel.json") else {
            throw .notInstalled(name: name, directory: kernels)
        }
        do {
            try FileManager.default.removeItem(atPath: directory)
        } catch {
            throw .cannotRemove(path: directory, reason: reason(error))
        }
        return directory
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}

/// Why `nns kernel install` or `uninstall` failed.
public enum KernelSpecError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--name` is not a valid kernelspec name.
    case badName(String)
    /// The kernelspec directory cannot be written.
    case cannotWrite(path: String, reason: String)
    /// No kernelspec of that name is installed there.
    case notInstalled(name: String, directory: String)
    /// It could not be removed.
    case cannotRemove(path: String, reason: String)

    public var description: String {
        switch self {
        case .badName(let name):
            return "'\(name)' cannot name a kernel: use letters, digits, '.', '_' and '-' (e.g. --name nns-dev)"
        case .cannotWrite(let path, let reason):
            return "cannot write the kernelspec '\(path)': \(reason) — try --user, or --prefix with a directory you can write"
        case .notInstalled(let name, let directory):
            return "no kernel '\(name)' is installed in \(directory) (jupyter kernelspec list shows where kernels are)"
        case .cannotRemove(let path, let reason):
            return "cannot remove '\(path)': \(reason)"
        }
    }
}

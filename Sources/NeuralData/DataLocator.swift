/// Where data sets live on this machine, in order of precedence: the data set's own directory
/// (`load fashion from=DIR`), else the session's data root (`nns --data DIR`), else `$NNS_DATA`,
/// else `./data`, else the per-user cache (`$XDG_CACHE_HOME/nns`, or `~/.cache/nns`); for
/// Fashion-MNIST finally Debian's `dataset-fashion-mnist` package
/// (`/usr/share/datasets/fashion-mnist`). All paths are absolute.
///
/// A data root holds one sub-directory per data set (`mnist/`, `fashion-mnist/`); files lying
/// directly in a root are taken to be MNIST's (both data sets use the same file names), so
/// `--data ~/mnist-files` never makes `load fashion` read digits. Only the explicit `from=`
/// directory is taken as holding the requested data set's files directly.
public struct DataLocator: Sendable, Equatable {
    /// Where Debian's `dataset-fashion-mnist` package installs the four Fashion-MNIST `.gz` files.
    public static let debianFashionDirectory = "/usr/share/datasets/fashion-mnist"

    /// The directory relative paths are resolved against.
    public let currentDirectory: String
    /// The explicitly given directory of the requested data set (`from=`), made absolute; nil if none was given.
    public let explicitDirectory: String?
    /// The session's data root (`nns --data DIR`), made absolute; nil if none was given.
    public let dataRoot: String?
    /// `$NNS_DATA` made absolute; nil if unset or empty.
    public let environmentDirectory: String?
    /// `./data` below the current directory.
    public let workingDirectoryData: String
    /// The per-user cache for downloads, `$XDG_CACHE_HOME/nns` or `$HOME/.cache/nns`; nil if neither is set.
    public let cacheDirectory: String?

    /// A locator for the given explicit directory and data root (nil or "" for none), environment
    /// (`NNS_DATA`, `XDG_CACHE_HOME`, `HOME` are read) and current directory (for relative paths).
    /// A leading `~/` is expanded with `HOME`.
    public init(explicitDirectory: String?, dataRoot: String? = nil, environment: [String: String],
                currentDirectory: String) {
        self.currentDirectory = currentDirectory
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        func absolute(_ path: String?) -> String? {
            guard let path, !path.isEmpty else { return nil }
            var expanded = path
            if let home, path == "~" || path.hasPrefix("~/") { expanded = home + path.dropFirst() }
            return Self.absolute(expanded, from: currentDirectory)
        }
        self.explicitDirectory = absolute(explicitDirectory)
        self.dataRoot = absolute(dataRoot)
        environmentDirectory = absolute(environment["NNS_DATA"])
        workingDirectoryData = absolute("data") ?? "data"
        if let cacheHome = environment["XDG_CACHE_HOME"], cacheHome.hasPrefix("/") {
            cacheDirectory = Self.normalised(cacheHome + "/nns")
        } else {
            cacheDirectory = home.map { Self.normalised($0 + "/.cache/nns") }
        }
    }

    /// The directories searched for `dataset`'s files, most preferred first, without duplicates.
    /// For each data directory D (explicit, data root, `$NNS_DATA`, `./data`): D/mnist and D for
    /// MNIST; D/fashion-mnist and D/fashion for Fashion-MNIST, plus D itself only for the explicit
    /// directory (files directly in a root are taken to be MNIST's, since the two data sets'
    /// files have the same names). Then the cache's sub-directory, and for Fashion-MNIST
    /// Debian's package directory.
    public func candidateDirectories(for dataset: StandardDataset) -> [String] {
        var result: [String] = []
        for base in [explicitDirectory, dataRoot, environmentDirectory, workingDirectoryData].compactMap({ $0 }) {
            result += dataset.directoryNames.map { base + "/" + $0 }
            if dataset == .mnist || base == explicitDirectory { result.append(base) }
        }
        if let cacheDirectory { result.append(cacheDirectory + "/" + dataset.directoryNames[0]) }
        if dataset == .fashion { result.append(Self.debianFashionDirectory) }
        return result.uniqued()
    }

    /// Where a download of `dataset` may go, most preferred first: the data set's sub-directory
    /// (`mnist`, `fashion-mnist`) of the explicit directory, else of the data root, else of
    /// `$NNS_DATA`, else of the cache. Never `./data` unasked: nns does not create directories
    /// in the current directory unless `--data ./data` says so.
    public func downloadDirectories(for dataset: StandardDataset) -> [String] {
        [explicitDirectory, dataRoot, environmentDirectory, cacheDirectory]
            .compactMap { $0.map { $0 + "/" + dataset.directoryNames[0] } }
            .uniqued()
    }

    /// `path` made absolute against `directory` (if relative) and normalised.
    static func absolute(_ path: String, from directory: String) -> String {
        normalised(path.hasPrefix("/") ? path : directory + "/" + path)
    }

    /// `path` with repeated slashes, `.` components and a trailing slash removed.
    private static func normalised(_ path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        return "/" + parts.joined(separator: "/")
    }
}

extension Array where Element: Hashable {
    /// The elements in order, keeping only the first of any repeats.
    fileprivate func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

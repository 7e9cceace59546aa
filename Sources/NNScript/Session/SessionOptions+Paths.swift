extension SessionOptions {
    /// How this session resolves the paths users write: `~` from `HOME` in `environment`,
    /// relative paths from `currentDirectory`.
    var paths: PathResolver {
        PathResolver(home: environment["HOME"], currentDirectory: currentDirectory)
    }
}

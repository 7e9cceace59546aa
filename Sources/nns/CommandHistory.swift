import CLibEdit

/// The prompt's history of entered lines (libedit `History`), kept in a file between sessions.
///
/// Every non-blank line typed at the prompt is one entry (a multi-line `{ … }` block is several),
/// consecutive duplicates are stored once, and at most `capacity` entries are kept. The file is
/// libedit's own format and is rewritten after every entry, so a killed session loses nothing.
final class CommandHistory {
    /// libedit's `History *`; nil when libedit could not create one (history is then off).
    let handle: OpaquePointer?
    /// The file the history is loaded from and saved to; nil keeps it in memory only.
    let path: String?
    private var event = HistEvent()

    /// A history of at most `capacity` lines, loaded from `path` when that file exists.
    init(path: String?, capacity: Int = 1000) {
        handle = history_init()
        self.path = path
        guard let handle else { return }
        LibEditVariadics.history(handle, &event, H_SETSIZE, capacity)
        LibEditVariadics.history(handle, &event, H_SETUNIQUE, 1)
        if let path {
            path.withCString { _ = LibEditVariadics.history(handle, &event, H_LOAD, Int(bitPattern: $0)) }
        }
    }

    deinit {
        if let handle { history_end(handle) }
    }

    /// Adds `line` (without its newline) as the newest entry and saves the file; blank lines are skipped.
    func add(_ line: String) {
        guard let handle, line.contains(where: { !$0.isWhitespace }) else { return }
        line.withCString { _ = LibEditVariadics.history(handle, &event, H_ENTER, Int(bitPattern: $0)) }
        save()
    }

    /// Writes the history to `path` (silently keeps it in memory when the file cannot be written).
    func save() {
        guard let handle, let path else { return }
        path.withCString { _ = LibEditVariadics.history(handle, &event, H_SAVE, Int(bitPattern: $0)) }
    }
}

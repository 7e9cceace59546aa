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
        nns_history_setsize(handle, &event, Int32(clamping: capacity))
        nns_history_setunique(handle, &event, 1)
        if let path { nns_history_load(handle, &event, path) }
    }

    deinit {
        if let handle { history_end(handle) }
    }

    /// Adds `line` (without its newline) as the newest entry and saves the file; blank lines are skipped.
    func add(_ line: String) {
        guard let handle, line.contains(where: { !$0.isWhitespace }) else { return }
        nns_history_enter(handle, &event, line)
        save()
    }

    /// Writes the history to `path` (silently keeps it in memory when the file cannot be written).
    func save() {
        guard let handle, let path else { return }
        nns_history_save(handle, &event, path)
    }
}

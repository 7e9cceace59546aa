import Glibc

/// What nns needs to know about the terminal (if any) behind its standard streams, decided
/// once at start-up from the file descriptors and the environment.
enum Terminal {
    /// Whether `descriptor` is a terminal (not a file, pipe or /dev/null).
    static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    /// Columns of the terminal on `descriptor` (ioctl `TIOCGWINSZ`), else `$COLUMNS`, else 80.
    static func columns(of descriptor: Int32, environment: [String: String]) -> Int {
        var size = winsize()
        if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 {
            return columns
        }
        return 80
    }

    /// Colour only for a terminal, and never when `NO_COLOR` is set to anything non-empty
    /// (https://no-color.org) or the terminal is `TERM=dumb`.
    static func wantsColor(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// Unicode block and braille characters unless the locale is explicitly set to a
    /// non-UTF-8 one (the first non-empty of `LC_ALL`, `LC_CTYPE`, `LANG`) or `TERM=dumb`;
    /// an unset locale counts as UTF-8, as on most modern systems and containers.
    static func supportsUnicode(environment: [String: String]) -> Bool {
        if environment["TERM"] == "dumb" { return false }
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let locale else { return true }
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }
}

/// Where the commands of this run come from, chosen from the command line and whether
/// standard input is a terminal.
enum InputMode: Sendable, Equatable {
    /// The interactive prompt (standard input is a terminal, no script, no `-c`).
    case repl
    /// A script file (`nns FILE.nns`, `nns run FILE.nns`, a `#!/usr/bin/env nns` script).
    case script(path: String)
    /// The text of `-c "cmd; cmd"`.
    case commands(String)
    /// Everything on standard input when it is not a terminal (`nns < s.nns`, `echo help | nns`).
    case standardInput
}

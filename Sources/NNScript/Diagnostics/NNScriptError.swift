import NNSDisplay

/// What went wrong in nns source or in a command's arguments, without the location (a
/// `Diagnostic` pairs a problem with where it happened).
///
/// `description` is the message a user reads after `LINE:COL: `: it names the argument, the
/// value and the problem, and where it can, what to write instead.
public enum NNScriptError: Error, Sendable, Hashable, CustomStringConvertible {
    // MARK: Lexical problems

    /// A `"` or `'` string runs to the end of the input.
    case unterminatedString(quote: Character)
    /// A backslash escape in a string that nns does not know, e.g. `"\q"`.
    case unknownEscape(Character)
    /// Text that starts like a number but is not one: `1.2.3`, `10x`, `1e`.
    case badNumber(String)
    /// A number written correctly but beyond the range of a 64-bit float: `1e309`.
    case numberTooLarge(String)
    /// A character that cannot start any token, e.g. `@` or `!`.
    case strayCharacter(Character)
    /// A `\` that is not the last character of its line.
    case misplacedLineContinuation
    /// A `$` not followed by a variable name.
    case missingVariableName
    /// The source is not UTF-8: `byte` starts no valid sequence (at the diagnostic's place).
    case invalidUTF8(byte: UInt8)

    // MARK: Syntax problems

    /// The parser needed `expected` (e.g. "'{' to start the loop body") but found `found`
    /// (e.g. "end of input", "'sgd'").
    case expected(String, found: String)
    /// An opening `[` or `{` (at the diagnostic's location) that is never closed.
    case unclosed(Character)
    /// A `]` or `}` with no matching opening bracket.
    case unmatched(Character)
    /// A name that is not valid in its role, e.g. `let 3x = 1` (role "variable name").
    case invalidName(String, role: String)
    /// Lists, indices, blocks and `time` nested deeper than `limit` levels (at the one too many).
    case nestingTooDeep(limit: Int)

    // MARK: Command and argument problems

    /// A verb that names no command; `suggestion` is the closest command name, if any is close.
    case unknownCommand(String, suggestion: String?)
    /// A `key=` that the command does not take; `suggestion` is the closest argument name.
    case unknownArgument(String, command: String, suggestion: String?)
    /// A positional value the command has no room for; `advice` says what to write instead
    /// (the usage line, or `epochs=N` when the value looks like an argument name).
    case unexpectedArgument(String, command: String, advice: String)
    /// The same argument given twice in one command.
    case duplicateArgument(String, command: String)
    /// A value of the wrong kind: `expected` says what was wanted ("a whole number"),
    /// `got` is the value as written, `hint` an optional suggestion appended after a dash.
    case wrongType(argument: String, expected: String, got: String, hint: String?)
    /// A number outside the argument's valid range; `inList` when it is one entry of a list.
    case outOfRange(argument: String, range: ArgumentRange, got: String, inList: Bool)
    /// A number the argument's kind cannot hold: a whole number beyond what nns stores
    /// (`limit` says what is), or a number a 32-bit float cannot represent.
    case unrepresentable(argument: String, got: String, limit: String)
    /// A required argument that was not given; `usage` is the command's usage line.
    case missingArgument(String, command: String, usage: String)
    /// An argument given where it has no meaning, e.g. `images=` with `load mnist`;
    /// `context` names where it does apply ("load idx").
    case notApplicable(argument: String, context: String)

    // MARK: Value problems

    /// `$name` with no `let name = …` before it; `suggestion` is the closest defined name.
    case undefinedVariable(String, suggestion: String?)
    /// An index in `set[index]` that is not a whole number.
    case badIndex(set: String, got: String)
    /// `for x in VALUE` where VALUE is not a list.
    case notAList(got: String)
    /// A list holding more than `limit` values in all (counting those of inner lists).
    case valueTooLarge(limit: Int)
    /// A list whose lists nest deeper than `limit` levels (built with variables, `[$a]`).
    case valueTooDeep(limit: Int)
    /// Loops, `time` and `run` nested deeper than `limit` levels while running (across the
    /// scripts that run each other).
    case executionTooDeep(limit: Int)

    // MARK: Problems found while running

    /// A well-formed command that could not run (missing state, data that does not fit, a bad file).
    case command(CommandError)

    /// The message shown to the user after the location.
    public var description: String {
        switch self {
        case .unterminatedString(let quote):
            return "unterminated string — add the closing \(quote) (a string may span lines, so everything after this quote was read as text)"
        case .unknownEscape(let character):
            return "unknown escape '\\\(character)' in a string — use \\\\ for a backslash, \\\" or \\' for a quote, \\n for a new line, \\t for a tab"
        case .badNumber(let text):
            return "'\(text)' is not a number — write numbers like 30, 0.5 or 1e-3, and quote names or paths that start with a digit (\"\(text)\")"
        case .numberTooLarge(let text):
            return "'\(text)' is too large: numbers range from -1.8e308 to 1.8e308 (64-bit floats)"
        case .strayCharacter(let character):
            return "unexpected character '\(character)' — quote text that contains it, e.g. \"a\(character)b\""
        case .misplacedLineContinuation:
            return "'\\' continues a command only as the last character of a line"
        case .missingVariableName:
            return "'$' must be followed by a variable name, as in $eta"
        case .invalidUTF8(let byte):
            let hex = String(byte, radix: 16, uppercase: true)
            return "invalid UTF-8 (byte 0x\(hex.count == 1 ? "0" + hex : hex)): nns scripts are UTF-8 text — is this an nns script?"
        case .expected(let what, let found):
            return "expected \(what), found \(found)"
        case .unclosed(let bracket):
            return "'\(bracket)' is never closed — add '\(bracket == "[" ? "]" : "}")'"
        case .unmatched(let bracket):
            return "'\(bracket)' has no matching '\(bracket == "]" ? "[" : "{")' before it"
        case .invalidName(let name, let role):
            return "'\(name)' is not a valid \(role) — use letters, digits, '_' and '-', starting with a letter or '_'"
        case .nestingTooDeep(let limit):
            return "nesting deeper than \(limit) levels (lists, indices, blocks and 'time' counted together) — "
                + "nns scripts nest at most \(limit) deep"
        case .unknownCommand(let name, let suggestion):
            if let suggestion { return "unknown command '\(name)' — did you mean '\(suggestion)'?" }
            return "unknown command '\(name)' — type 'help' for the list of commands"
        case .unknownArgument(let name, let command, let suggestion):
            if let suggestion { return "unknown argument '\(name)' for \(command) — did you mean '\(suggestion)'?" }
            return "unknown argument '\(name)' for \(command) — type 'help \(command)' for its arguments"
        case .unexpectedArgument(let value, let command, let advice):
            return "unexpected argument '\(value)' for \(command) — \(advice)"
        case .duplicateArgument(let name, let command):
            return "'\(name)' is given twice to \(command) — keep one"
        case .wrongType(let argument, let expected, let got, let hint):
            let message = "expected \(expected) for '\(argument)', got \(got)"
            if let hint { return "\(message) — \(hint)" }
            return message
        case .outOfRange(let argument, let range, let got, let inList):
            let subject = inList ? "each entry of '\(argument)'" : "'\(argument)'"
            return "\(subject) must \(range.requirement), got \(got)"
        case .unrepresentable(let argument, let got, let limit):
            return "'\(argument)' cannot be \(got): \(limit)"
        case .missingArgument(let name, let command, let usage):
            return "missing argument '\(name)' for \(command) — usage: \(usage)"
        case .notApplicable(let argument, let context):
            return "'\(argument)' applies only to '\(context)'"
        case .undefinedVariable(let name, let suggestion):
            if let suggestion { return "undefined variable '$\(name)' — did you mean '$\(suggestion)'?" }
            return "undefined variable '$\(name)' — define it first with 'let \(name) = …'"
        case .badIndex(let set, let got):
            return "the index in \(set)[…] must be a whole number, got \(got)"
        case .valueTooLarge(let limit):
            return "this list holds more than \(NumberText.thousands(limit)) values in all (inner lists counted) — "
                + "nns values hold at most \(NumberText.thousands(limit))"
        case .valueTooDeep(let limit):
            return "this list nests lists deeper than \(limit) levels — nns values nest at most \(limit) deep"
        case .executionTooDeep(let limit):
            return "loops, 'time' and 'run' are nested deeper than \(limit) levels here (counting the scripts that "
                + "run each other) — nns stops rather than run out of stack"
        case .notAList(let got):
            return "'for' needs a list after 'in', like [0.25, 1.0, 3.0], got \(got)"
        case .command(let error):
            return error.description
        }
    }
}

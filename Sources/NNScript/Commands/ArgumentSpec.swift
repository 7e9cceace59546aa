/// One argument of a command: its name, the kind of value, whether it is positional, its
/// default, valid range and help text. Positional arguments may also be written `name=value`.
public struct ArgumentSpec: Sendable, Hashable {
    /// How the argument is named in `key=value` and in messages (`epochs`, `stop-after`).
    public var name: String
    /// The kind of value it takes.
    public var type: ArgumentType
    /// True when written by position (`eval test`); false for `key=value` only.
    public var isPositional: Bool
    /// True when a positional argument takes all remaining positional values (`net 784 30 10`).
    public var isVariadic: Bool
    /// True when the command cannot run without it.
    public var isRequired: Bool
    /// The value used when the argument is not given; nil when there is none or it depends on
    /// the session (then `defaultDescription` says what happens).
    public var defaultValue: BoundValue?
    /// How help describes the default when it is not a fixed value ("same as act").
    public var defaultDescription: String?
    /// Valid values for numbers (each entry, for lists).
    public var range: ArgumentRange?
    /// Only meaningful (and maybe required) when another argument has a given value.
    public var condition: ArgumentCondition?
    /// Placeholder in usage lines; defaults to the type's (`N`, `PATH`).
    public var metavar: String
    /// One line for help: what the argument means, with units.
    public var help: String

    /// Creates a spec; prefer the `positional`, `keyword` and `flag` factories.
    public init(name: String, type: ArgumentType, isPositional: Bool, isVariadic: Bool = false, isRequired: Bool = false,
                defaultValue: BoundValue? = nil, defaultDescription: String? = nil, range: ArgumentRange? = nil,
                condition: ArgumentCondition? = nil, metavar: String? = nil, help: String) {
        self.name = name
        self.type = type
        self.isPositional = isPositional
        self.isVariadic = isVariadic
        self.isRequired = isRequired
        self.defaultValue = defaultValue
        self.defaultDescription = defaultDescription
        self.range = range
        self.condition = condition
        self.metavar = metavar ?? type.metavar
        self.help = help
    }

    /// A positional argument (`save PATH`, `eval [SET]`, `net SIZE…`).
    public static func positional(_ name: String, _ type: ArgumentType, required: Bool = false, variadic: Bool = false,
                                  default value: BoundValue? = nil, defaultDescription: String? = nil,
                                  range: ArgumentRange? = nil, metavar: String? = nil, help: String) -> ArgumentSpec {
        ArgumentSpec(name: name, type: type, isPositional: true, isVariadic: variadic, isRequired: required,
                     defaultValue: value, defaultDescription: defaultDescription, range: range,
                     metavar: metavar, help: help)
    }

    /// A `key=value` argument (`eta=3.0`).
    public static func keyword(_ name: String, _ type: ArgumentType, required: Bool = false,
                               default value: BoundValue? = nil, defaultDescription: String? = nil,
                               range: ArgumentRange? = nil, condition: ArgumentCondition? = nil,
                               metavar: String? = nil, help: String) -> ArgumentSpec {
        ArgumentSpec(name: name, type: type, isPositional: false, isRequired: required, defaultValue: value,
                     defaultDescription: defaultDescription, range: range, condition: condition,
                     metavar: metavar, help: help)
    }

    /// A switch written as its bare name (`grid`); off unless given.
    public static func flag(_ name: String, help: String) -> ArgumentSpec {
        ArgumentSpec(name: name, type: .flag, isPositional: false, defaultValue: .flag(false), help: help)
    }

    /// How the argument appears in a usage line: `PATH`, `[SET]`, `SIZE…`, `eta=X`, `[grid]`
    /// (arguments required only under a condition are shown optional).
    public var usage: String { usage(placeholder: metavar) }

    /// As `usage`, but a keyword's list of choices is shortened to `…` (`[act=…]`).
    public var shortUsage: String {
        usage(placeholder: !isPositional && metavar.contains("|") ? "…" : metavar)
    }

    private func usage(placeholder metavar: String) -> String {
        let written: String
        if type == .flag {
            written = name
        } else if isPositional {
            written = isVariadic ? "\(metavar)…" : metavar
        } else {
            written = "\(name)=\(metavar)"
        }
        return isRequired ? written : "[\(written)]"
    }
}

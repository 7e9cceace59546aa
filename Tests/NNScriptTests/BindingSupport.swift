@testable import NNScript

/// Test helpers: parse one command and bind it against the standard table.
enum Binding {
    /// The bound arguments of the single command in `text`.
    static func bind(_ text: String, variables: Variables = Variables()) throws -> BoundArguments {
        let script = try Script(parsing: text)
        guard case .command(let call) = script.statements.first else { throw Failure.notACommand(text) }
        return try CommandTable.standard.bind(call, variables: variables, source: script.source)
    }

    /// The rendered diagnostic for binding `text` (empty if it binds; "parse: …" if it does
    /// not even parse).
    static func error(_ text: String, variables: Variables = Variables(), file: String? = nil) -> String {
        let script: Script
        do {
            script = try Script(parsing: text, file: file)
        } catch {
            return "parse: \(error)"
        }
        guard case .command(let call) = script.statements.first else { return "not a command" }
        do {
            _ = try CommandTable.standard.bind(call, variables: variables, source: script.source)
            return ""
        } catch {
            return error.description
        }
    }

    /// Variables from `name=value` source pairs, e.g. `["eta": "0.5"]`.
    static func variables(_ pairs: [String: String]) throws -> Variables {
        var variables = Variables()
        for (name, text) in pairs {
            let script = try Script(parsing: "let \(name) = \(text)")
            guard case .assignment(_, let value, _) = script.statements.first else { throw Failure.notACommand(text) }
            variables[name] = try value.evaluate(in: Variables())
        }
        return variables
    }

    /// A helper was given text of the wrong shape.
    enum Failure: Error {
        case notACommand(String)
    }
}

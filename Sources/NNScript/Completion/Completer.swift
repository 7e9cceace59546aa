/// Tab completion from the command table: command names at the start of a statement (and
/// after `time`), argument names (`sgd e` → `epochs=`, `eta=`), choices and data set names
/// (`eval t` → `test`, `train`), images (`show te` → `test[`), `$variables`, and file paths
/// for path arguments.
public struct Completer: Sendable {
    /// The commands to complete.
    public var table: CommandTable
    /// Names of the session's variables (without `$`).
    public var variables: [String]
    /// Lists paths completing a typed prefix (injected so tests need no file system).
    public var listPaths: @Sendable (String) -> [String]

    /// A completer for `table` with `variables`, listing paths with `listPaths`.
    public init(table: CommandTable = .standard, variables: [String] = [],
                listPaths: @escaping @Sendable (String) -> [String] = PathCompletion.candidates(for:)) {
        self.table = table
        self.variables = variables
        self.listPaths = listPaths
    }

    /// The candidates for the word before `cursor` (a UTF-8 byte offset into `line`, as
    /// libedit reports it; clamped to the line).
    public func completions(line: String, cursor: Int) -> [String] {
        complete(line: line, cursor: cursor).candidates
    }

    /// The word before `cursor` (a UTF-8 byte offset) and its candidates.
    public func complete(line: String, cursor: Int) -> Completion {
        let bytes = Array(line.utf8)
        let end = max(0, min(cursor, bytes.count))
        let scan = StatementWords(String(decoding: bytes[..<end], as: UTF8.self))
        var words = scan.words
        guard !scan.inComment, let current = words.last else { return Completion(start: end, prefix: "", candidates: []) }
        while words.count > 1, words[0].text == "time" { words.removeFirst() }
        if words.count == 1 {
            return Completion(start: current.start, prefix: current.text, candidates: matching(table.names, current.text))
        }
        if current.text.hasPrefix("$") {
            return Completion(start: current.start, prefix: current.text,
                              candidates: matching(variables.map { "$" + $0 }, current.text))
        }
        guard let spec = table.spec(named: words[0].text), spec.category != .language else {
            return Completion(start: current.start, prefix: current.text, candidates: [])
        }
        let previous = words.dropFirst().dropLast().map(\.text)
        if let equals = current.text.firstIndex(of: "=") {
            return completeValue(of: current, spec: spec, equals: equals)
        }
        return Completion(start: current.start, prefix: current.text,
                          candidates: argumentCandidates(spec, previous: previous, prefix: current.text))
    }

    /// After `key=`: the value's candidates (or variables after `$`); for lists, of the entry
    /// after the last `,`.
    private func completeValue(of word: StatementWords.Word, spec: CommandSpec, equals: String.Index) -> Completion {
        let key = String(word.text[..<equals])
        let value = word.text[word.text.index(after: equals)...]
        let entryStart = value.lastIndex(of: ",").map { value.index(after: $0) } ?? value.startIndex
        let entry = String(value[entryStart...])
        let start = word.start + word.text[..<entryStart].utf8.count
        if entry.hasPrefix("$") {
            return Completion(start: start, prefix: entry, candidates: matching(variables.map { "$" + $0 }, entry))
        }
        guard let argument = spec.argument(named: key) else { return Completion(start: start, prefix: entry, candidates: []) }
        return Completion(start: start, prefix: entry, candidates: valueCandidates(argument, prefix: entry))
    }

    /// For a word without `=`: names of arguments not yet given (`epochs=`) whose condition, if
    /// any, is written (`patience=` after `eta-schedule=halve`), flags, and values of the next
    /// positional argument.
    private func argumentCandidates(_ spec: CommandSpec, previous: [String], prefix: String) -> [String] {
        let givenKeys = Set(previous.compactMap { word -> String? in
            word.firstIndex(of: "=").map { String(word[..<$0]) }
        })
        let flags = Set(spec.flags.map(\.name))
        let positionalCount = previous.filter { !$0.contains("=") && !flags.contains($0) }.count
        var candidates: [String] = []
        for argument in spec.arguments where !argument.isPositional && !givenKeys.contains(argument.name) {
            if let condition = argument.condition, !previous.contains(condition.written) { continue }
            if argument.type == .flag {
                if !previous.contains(argument.name) { candidates.append(argument.name) }
            } else {
                candidates.append(argument.name + "=")
            }
        }
        var result = matching(candidates, prefix)
        if let slot = positionalSlot(spec, after: positionalCount), !givenKeys.contains(slot.name) {
            result += valueCandidates(slot, prefix: prefix)
        }
        return result.sorted()
    }

    /// The positional argument that the next positional value fills: the one after `count`
    /// values, or a variadic last one.
    private func positionalSlot(_ spec: CommandSpec, after count: Int) -> ArgumentSpec? {
        let positionals = spec.positionals
        if count < positionals.count { return positionals[count] }
        guard let last = positionals.last, last.isVariadic else { return nil }
        return last
    }

    /// Values `argument` can take that complete `prefix`.
    private func valueCandidates(_ argument: ArgumentSpec, prefix: String) -> [String] {
        switch argument.type {
        case .choice(let choices), .choiceList(let choices): return matching(choices, prefix)
        case .dataSet: return matching(DataSetName.names, prefix)
        case .sample: return matching(DataSetName.names.map { $0 + "[" }, prefix)
        case .flag: return matching(["false", "true"], prefix)
        case .commandName: return matching(table.names, prefix)
        case .path:
            guard let quote = prefix.first, quote == "\"" || quote == "'" else { return listPaths(prefix) }
            return listPaths(String(prefix.dropFirst())).map { String(quote) + $0 }
        case .integer, .unsignedInteger, .number, .text, .identifier, .integerList, .command, .shape:
            return []
        }
    }

    private func matching(_ candidates: [String], _ prefix: String) -> [String] {
        candidates.filter { $0.hasPrefix(prefix) }.sorted()
    }
}

import NeuralNet
import NNScript

/// Hostile nns source, drawn from one seeded generator: commands from the real command table
/// with their arguments written by name or position, values from pools of edge cases for each
/// argument type (0, -1, 1e309, 2⁶⁴, empty and deeply nested lists, images out of range, paths
/// that are FIFOs or missing, strings with NUL and zero-width characters), `let`, `for` blocks
/// (sometimes unclosed), `time` chains, and lines of stray tokens. The same seed gives the same
/// lines. Paths stay inside the sandbox: no `/`, `~` or `..` is ever written.
public struct LineGenerator {
    private var random: SeededGenerator
    private let commands = CommandTable.standard.commands

    /// A generator drawing from `seed`.
    public init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    /// A script of about `lines` lines.
    public mutating func script(lines: Int) -> String {
        var result: [String] = []
        while result.count < lines { result += statement(depth: 0).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        return result.joined(separator: "\n") + "\n"
    }

    // MARK: Statements

    private mutating func statement(depth: Int) -> String {
        switch roll(100) {
        case 0..<68: return command()
        case 68..<78: return "let \(pick(Self.variableNames)) = \(values(depth: depth))"
        case 78..<86 where depth < 3: return loop(depth: depth)
        case 86..<91: return String(repeating: "time ", count: roll(5) == 0 ? 50 + roll(200) : 1) + command()
        default: return junk()
        }
    }

    private mutating func loop(depth: Int) -> String {
        let body = (0...roll(3)).map { _ in statement(depth: depth + 1) }.joined(separator: roll(2) == 0 ? "\n" : "; ")
        let list = roll(6) == 0 ? pick(["$a", "3", "[]", "validation,test", "$undefined"]) : list(depth: 1)
        let opening = roll(8) == 0 ? "\n{" : " {"
        let closing = roll(12) == 0 ? "" : "\n}"
        return "for \(pick(["i", "x", "eta", "sizes"])) in \(list)\(opening)\n\(body)\(closing)"
    }

    private mutating func command() -> String {
        let spec = commands[roll(commands.count)]
        var verb = roll(10) == 0 && !spec.aliases.isEmpty ? pick(spec.aliases) : spec.name
        if roll(25) == 0 { verb = misspelled(verb) }
        var parts = [verb]
        for argument in spec.arguments where roll(3) != 0 {
            let value = self.value(for: argument.type, named: argument.name)
            if argument.isPositional, roll(4) != 0 {
                parts.append(argument.isVariadic ? (0...roll(4)).map { _ in self.value(for: argument.type, named: argument.name) }
                    .joined(separator: " ") : value)
            } else if argument.type == .flag, roll(2) == 0 {
                parts.append(argument.name)
            } else {
                parts.append("\(argument.name)=\(value)")
            }
        }
        if roll(6) == 0 { parts.append(roll(2) == 0 ? anyValue() : "\(pick(Self.words))=\(anyValue())") }
        if roll(10) == 0, let duplicate = spec.arguments.first { parts.append("\(duplicate.name)=\(anyValue())") }
        if roll(4) != 0 { parts = [parts[0]] + parts.dropFirst().shuffled(using: &random) }
        return parts.joined(separator: " ")
    }

    private mutating func junk() -> String {
        (0...roll(8)).map { _ in pick(Self.junkTokens) }.joined(separator: roll(2) == 0 ? " " : "")
    }

    // MARK: Values

    private mutating func value(for type: ArgumentType, named name: String) -> String {
        if roll(12) == 0 { return anyValue() }
        switch type {
        case .integer, .unsignedInteger:
            if name == "epochs" { return roll(40) == 0 ? "100000" : String(1 + roll(3)) }
            if name == "n" || name == "stop-after" || name == "limit" || name == "split" { return pick(Self.numbers) }
            return roll(3) == 0 ? pick(Self.numbers) : pick(["1", "2", "3", "5", "10", "16", "0", "-1"])
        case .number: return pick(Self.numbers)
        case .integerList: return roll(4) == 0 ? list(depth: 1) : pick(["16 5 3", "16 3", "16", "[16, 5, 3]", "16 5 3 3", "4 3 2", "16 0 3", "$sizes"])
        case .text, .command: return anyValue()
        case .path: return pick(Self.paths)
        case .shape: return pick(["4x4", "4x4x1", "4x4x3", "16", "28x28", "0x4", "2x2x2x2", "x4", "4x", "1048577x1", "99999x99999x99"])
        case .identifier: return pick(Self.variableNames + ["3x", "\"a b\""])
        case .choice(let choices): return roll(6) == 0 ? misspelled(pick(choices)) : pick(choices)
        case .choiceList(let choices): return (0...roll(2)).map { _ in pick(choices + ["none"]) }.joined(separator: ",")
        case .dataSet: return pick(["train", "validation", "test", "tset", "$i", "test[0]"])
        case .sample: return pick(Self.samples)
        case .flag: return pick(["true", "false", "on", "off", "1", "0", "maybe"])
        case .commandName: return roll(4) == 0 ? misspelled(commands[roll(commands.count)].name) : commands[roll(commands.count)].name
        }
    }

    private mutating func anyValue() -> String {
        switch roll(9) {
        case 0: return pick(Self.numbers)
        case 1: return pick(Self.words)
        case 2: return pick(Self.paths)
        case 3: return pick(Self.samples)
        case 4: return list(depth: 1)
        case 5: return pick(Self.strings)
        case 6: return "$" + pick(Self.variableNames + ["undefined"])
        case 7: return String(repeating: "[", count: 90 + roll(30)) + String(repeating: "]", count: 90 + roll(30))
        default: return pick(Self.words) + "[" + pick(Self.numbers) + "]"
        }
    }

    /// One value or several joined by commas (which make a list).
    private mutating func values(depth: Int) -> String {
        roll(5) == 0 ? (0...roll(3)).map { _ in anyValue() }.joined(separator: ",") : anyValue()
    }

    private mutating func list(depth: Int) -> String {
        switch roll(10) {
        case 0: return "[" + (0..<(1 + roll(2_000))).map { _ in String(roll(20)) }.joined(separator: " , ") + "]"
        case 1 where depth < 110: return "[" + list(depth: depth + 1) + "]"
        case 2: return "[]"
        case 3: return "[\n" + pick(Self.numbers) + ",\n" + pick(Self.numbers) + "\n]"
        default: return "[" + (0...roll(4)).map { _ in roll(3) == 0 && depth < 5 ? list(depth: depth + 1) : pick(Self.numbers) }
            .joined(separator: ", ") + "]"
        }
    }

    private mutating func misspelled(_ word: String) -> String {
        var characters = Array(word)
        guard !characters.isEmpty else { return "x" }
        switch roll(4) {
        case 0: characters.remove(at: roll(characters.count))
        case 1: characters.insert(pick(Array("abcxyz-_\u{200B}\u{0}é")), at: roll(characters.count + 1))
        case 2 where characters.count > 1:
            let i = roll(characters.count - 1)
            characters.swapAt(i, i + 1)
        default: characters = characters.map { roll(2) == 0 ? Character($0.uppercased()) : $0 }
        }
        return String(characters)
    }

    // MARK: Pools

    static let numbers = ["0", "1", "-1", "2", "3", "16", "30", "784", "1e3", "10.0", "0.5", "-0.5", "1e-3", "1e-50", "1e-400",
                          "1e39", "1e309", "-1e309", "9e15", "9007199254740993", "9223372036854775807", "9223372036854775808",
                          "18446744073709551615", "18446744073709551616", "1.5", ".5", "-.5", "1e", "10x", "1.2.3", "100000",
                          "65536", "4294967296"]
    static let words = ["relu", "sigmoid", "tanh", "softmax", "quadratic", "cross-entropy", "log-likelihood", "gaussian", "scaled",
                        "train", "validation", "test", "none", "mnist", "fashion", "idx", "true", "grid", "epochs", "eta", "m",
                        "in", "let", "for", "time", "run", "x", "é", "α"]
    static let paths = ["model.json", "m.json", "out.png", "x.svg", "w.npz", "w.safetensors", "script.nns", "fifo", "train-images",
                        "train-labels.gz", "test-images", "test-labels", "nothere", "\"\"", "'a b'", ".", "m.json.", "q.pt",
                        "\"model.json\"", "cache"]
    static let samples = ["test[0]", "train[-1]", "test[11]", "test[12]", "test[-13]", "validation[0]", "train[$i]", "test[1e3]",
                          "test[x]", "tset[0]", "test[99999999999999999999]", "test[0.5]", "test[-0]", "train[29]", "test"]
    static let strings = ["\"plain\"", "'single'", "\"a\\nb\"", "\"\\q\"", "\"a\u{0}b\"", "\"\u{200B}\"", "\"\u{202E}rtl\"",
                          "\"unterminated", "\"\"", "'it\\'s'", "\"tab\\tchar\"", "\"line\\\ncontinued\""]
    static let variableNames = ["a", "i", "eta", "sizes", "sets", "_x", "stop-after"]
    static let junkTokens = ["@", "!", "\\", " \\ x", "#comment", "{", "}", "]", "[", "=", "==", ",", ";", "$", "'", "\"",
                             "\u{0}", "\u{200B}", "\u{FEFF}", "\t", "\r", "é", "🙂", "1e309", "let", "for", "in", "time", "x[", "]]"]

    // MARK: Random choices

    private mutating func roll(_ bound: Int) -> Int {
        random.nextIndex(below: bound)
    }

    private mutating func pick<T>(_ items: [T]) -> T {
        items[roll(items.count)]
    }
}

/// Running statements: commands, `let`, `for` and `time` (`run` is in `Interpreter+Include`).
extension Interpreter {
    /// Runs `statements` of `source` in order. A failure stops them unless `options.keepGoing`
    /// (then the rest run and the result is `.failed`); `quit`, termination and (in scope
    /// `.entry`) an interruption stop them. Termination is checked before every statement,
    /// cancellation (scope `.entry`) before every statement but the first of a `run`.
    func runStatements(_ statements: [Statement], in source: SourceText) -> CommandOutcome {
        var failed = false
        for statement in statements {
            if isTerminationRequested() {
                output.writeError("stopping — nns was asked to end; stopped before \(Self.oneLine(source.text(of: statement.span)))\n")
                return .interrupted
            }
            if interruptionScope == .entry, statementsStarted > 0, isCancellationRequested() {
                output.reportInterruption("interrupted — stopped before \(Self.oneLine(source.text(of: statement.span)))")
                return .interrupted
            }
            statementsStarted += 1
            if let stop = stopAfter(runStatement(statement, in: source), failed: &failed) { return stop }
        }
        return failed ? .failed : .completed
    }

    /// Whether a sequence of statements stops after one that ended with `outcome`: nil to go on
    /// (noting a failure in `failed` when keep-going), else the outcome the sequence ends with.
    private func stopAfter(_ outcome: CommandOutcome, failed: inout Bool) -> CommandOutcome? {
        switch outcome {
        case .completed: return nil
        case .failed:
            failed = true
            return options.keepGoing ? nil : .failed
        case .quit, .interrupted: return outcome
        }
    }

    /// Runs one statement.
    func runStatement(_ statement: Statement, in source: SourceText) -> CommandOutcome {
        switch statement {
        case .command(let call):
            return runCommand(call, in: source)
        case .assignment(let name, let value, let span):
            echo(span, in: source)
            do {
                let measured = try value.measuredEvaluation(in: session.variables)
                session.variables.define(name.text, as: measured.value, size: measured.size)
            } catch {
                return report(error.attachingSource(source))
            }
            return .completed
        case .loop(let variable, let sequence, let body, let header, _):
            return runLoop(variable: variable, sequence: sequence, body: body, header: header, in: source)
        case .value(let value):
            echo(value.span, in: source)
            let shown: Value
            do {
                shown = try value.evaluate(in: session.variables)
            } catch {
                return report(error.attachingSource(source))
            }
            try? output.showResult(Displayable(subject: "the value") { shown.description })  // text cannot fail
            return .completed
        case .timed(let inner, let keyword):
            guard let level = enterNesting(at: keyword, in: source) else { return .failed }
            defer { leaveNesting(level) }
            if options.echo { pendingEchoPrefix += "time " }
            let stopwatch = Stopwatch()
            let outcome = runStatement(inner, in: source)
            if outcome == .completed || outcome == .interrupted { output.write(stopwatch.report() + "\n") }
            return outcome
        }
    }

    /// `for NAME in LIST { BODY }`: the body once per entry with `$NAME` set to it. The variable
    /// is scoped to the loop: afterwards it has its old value again (or is undefined).
    private func runLoop(variable: Name, sequence: Expression, body: [Statement], header: SourceSpan,
                         in source: SourceText) -> CommandOutcome {
        echo(header, in: source, suffix: " {…}")
        guard let level = enterNesting(at: header, in: source) else { return .failed }
        defer { leaveNesting(level) }
        let items: [Value]
        do {
            items = try sequence.evaluateSequence(in: session.variables)
        } catch {
            return report(error.attachingSource(source))
        }
        let outer = session.variables[variable.text]
        defer { session.variables[variable.text] = outer }
        var failed = false
        for item in items {
            session.variables[variable.text] = item
            if options.echo { output.write("> # \(variable.text) = \(item)\n") }
            if let stop = stopAfter(runStatements(body, in: source), failed: &failed) { return stop }
        }
        return failed ? .failed : .completed
    }

    /// Binds and runs one command on a copy of the session, keeping the copy only on success.
    private func runCommand(_ call: CommandCall, in source: SourceText) -> CommandOutcome {
        echo(call.span, in: source)
        let arguments: BoundArguments
        do {
            arguments = try commands.bind(call, variables: session.variables, source: source)
        } catch {
            return report(error)
        }
        if arguments.command == "run" { return runScript(arguments, in: source) }
        guard let executor = executors.executor(for: arguments.command) else {
            let problem = NNScriptError.command(.notAvailableYet(command: arguments.command))
            return report(source.diagnostic(problem, at: call.verb.span))
        }
        var context = CommandContext(session: session, arguments: arguments, options: options,
                                     output: output, commands: commands,
                                     isCancellationRequested: isCancellationRequested)
        do {
            try executor.execute(&context)
        } catch {
            if case .command(.interrupted) = error.problem {
                output.reportInterruption(error.message)
                return interruptionAnswered(.interrupted)
            }
            _ = interruptionAnswered(.failed)
            return report(error.attachingSource(source))
        }
        session = context.session
        return interruptionAnswered(context.outcome)
    }

    /// The outcome of a command as the statements around it see it: with `interruptionScope`
    /// `.command`, an interrupted command ends only itself (the script goes on), and any
    /// interruption that came while it ran is acknowledged.
    private func interruptionAnswered(_ outcome: CommandOutcome) -> CommandOutcome {
        guard interruptionScope == .command else { return outcome }
        acknowledgeInterruption()
        return outcome == .interrupted ? .completed : outcome
    }

    /// One level deeper into loops, `time` and `run` (across scripts), entered at `span`; nil
    /// (after reporting the error) past `maximumNesting`. Pass the result to `leaveNesting`.
    func enterNesting(at span: SourceSpan, in source: SourceText) -> Int? {
        guard nesting < Self.maximumNesting, !stack.isNearlyExhausted else {
            report(source.diagnostic(.executionTooDeep(limit: min(nesting, Self.maximumNesting)), at: span))
            return nil
        }
        nesting += 1
        return nesting
    }

    /// Back out of the level `enterNesting` returned.
    func leaveNesting(_ level: Int) {
        nesting = level - 1
    }

    /// With `--echo`: writes `> ` and the statement's text (on one line) before it runs.
    private func echo(_ span: SourceSpan, in source: SourceText, suffix: String = "") {
        guard options.echo else { return }
        output.write("> \(pendingEchoPrefix)\(Self.oneLine(source.text(of: span)))\(suffix)\n")
        pendingEchoPrefix = ""
    }

    /// Source text on one line: line continuations and new lines become single spaces.
    static func oneLine(_ text: String) -> String {
        guard text.contains("\n") else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { line -> Substring in
                var trimmed = line.drop { $0 == " " || $0 == "\t" }
                while let last = trimmed.last, last == " " || last == "\t" || last == "\r" || last == "\\" {
                    trimmed = trimmed.dropLast()
                }
                return trimmed
            }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }
}

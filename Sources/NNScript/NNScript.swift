/// # NNScript — the nns command language and the session it drives
///
/// Owns the lexer, parser, syntax tree, diagnostics with source locations, the table of
/// commands (names, typed arguments, defaults, help text — the one source for `help`,
/// completion and did-you-mean), variables, loops, script inclusion, and the session state
/// (loaded data, current network, training history, random generator).
///
/// Its views return `Displayable`s (text, PNG, SVG, HTML forms) that the output layer hands to
/// whichever front end listens: a text `OutputSink` (the REPL, scripts, tests) prints the text,
/// a `DisplaySink` (the Jupyter kernel) takes every form.
///
/// Must not know: how matrices are multiplied (it calls NeuralNet), terminal line editing
/// (the CLI owns that), which front end is listening (the Jupyter kernel is one; this module
/// does not know it exists), or `print`: all output goes through an injected `OutputSink`.
public enum NNScriptModule {}

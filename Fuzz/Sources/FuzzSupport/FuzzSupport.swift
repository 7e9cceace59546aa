/// FuzzSupport — the project's own fuzzers: harnesses that feed arbitrary bytes to nns the way
/// a hostile user would, and a seeded generator of hostile command lines.
///
/// Owns: `Sandbox` (a directory of fixtures that each input starts from), `LanguageHarness`
/// (bytes → UTF-8 → lexer → parser → binder → interpreter on a tiny session), `IDXHarness`
/// (bytes → a corrupted IDX image/label pair → `LabeledImages.load`, then the session's views),
/// `ModelFileHarness` (bytes → a model file → `ModelFile.open`, then `open` and the views),
/// `LineGenerator` (grammar-aware lines with edge-case values), and `FuzzStatistics`. A harness
/// returns normally for every input; anything else — a trap, a crash, a hang, an error message
/// that shows an invisible character — is a finding.
///
/// Used by the `nns-fuzz` executable (libFuzzer, built only with `NNS_FUZZ=1`, see
/// `scripts/fuzz.sh`) and by `FuzzTests`, which replay the committed corpora and regressions
/// and run the generator in every `swift test`.
///
/// Must not know: how inputs are produced (libFuzzer, the generator, files).
public enum FuzzSupportDocumentation {}

/// How much colour a renderer may put into terminal text.
///
/// Chosen once per session (see `RenderStyle.automatic(isTerminal:environment:columns:)`) and
/// passed to every renderer inside a `RenderStyle`.
public enum ColorMode: Sendable, Equatable, CaseIterable {
    /// No escape codes at all: the text is clean for files, pipes and `NO_COLOR`.
    case none
    /// The xterm 256-colour palette (`ESC[38;5;Nm`): the 6×6×6 colour cube (16–231) and the
    /// 24-step grey ramp (232–255). Every terminal emulator of the last twenty years has it.
    case palette256
    /// 24-bit colour (`ESC[38;2;R;G;Bm`), used when `COLORTERM` is `truecolor` or `24bit`.
    case truecolor
}

@testable import nns
import Testing

/// The IPython-style prompts.
@Suite struct PromptTests {
    @Test func plainPromptsAreNumberedAndAligned() {
        #expect(Prompt(number: 3, color: false).main == "In [3]: ")
        #expect(Prompt(number: 3, color: false).continuation == "   ...: ")
        #expect(Prompt(number: 12, color: false).continuation == "    ...: ")
    }

    @Test func colourCodesAreMarkedAsTakingNoRoom() {
        let prompt = Prompt(number: 3, color: true).main
        let visible = prompt.split(separator: Prompt.literalMarker, omittingEmptySubsequences: false)
            .enumerated().filter { $0.offset.isMultiple(of: 2) }.map(\.element).joined()
        #expect(visible == "In [3]: ")
        #expect(prompt.contains("\u{1B}[32m"))
        #expect(prompt.last == " ", "libedit needs a visible character after the last colour code")
    }
}

import Testing
@testable import NNScript

/// docs/language.md explains the inspection views as `help` does.
@Suite struct InspectionDocTests {
    @Test func everyViewsDetailsAreDocumented() throws {
        let document = try LanguageDocTests.document()
        for spec in CommandTable.inspectionCommands {
            let details = try #require(spec.details, "\(spec.name) has no details")
            #expect(document.contains("\n" + details.split(separator: "\n").joined(separator: " ") + "\n"), "\(spec.name)")
        }
    }

    @Test func everyViewRuns() {
        for spec in CommandTable.inspectionCommands {
            #expect(ExecutorRegistry.standard.executor(for: spec.name) != nil, "\(spec.name)")
        }
    }
}

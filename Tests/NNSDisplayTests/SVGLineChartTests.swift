import Foundation
import Testing
@testable import NNSDisplay
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct SVGLineChartTests {
    let train = ChartSeries(name: "train", values: [80, 85, 88, .nan, 91, 92])
    let test = ChartSeries(name: "test <set> & \"co\"", values: [82, 86, 87, 88, 89, 90])

    /// Counts elements by name while checking the document is well-formed XML.
    final class ElementCounter: NSObject, XMLParserDelegate {
        var counts: [String: Int] = [:]
        var texts: [String] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            counts[name, default: 0] += 1
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { texts.append(string) }
    }

    @Test func wellFormedWithOnePolylinePerRun() throws {
        let svg = try SVGLineChart.render([train, test], yUnit: "%", title: "accuracy")
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = counter
        #expect(parser.parse())
        // Axes + train (two runs around the gap) + test.
        #expect(counter.counts["polyline"] == 4)
        #expect(counter.counts["svg"] == 1)
        #expect(counter.texts.joined().contains("test <set> & \"co\""))
        #expect(svg.contains(##"stroke="#1f77b4""##) && svg.contains(##"stroke="#ff7f0e""##))
        #expect(svg.contains(">accuracy</text>") && svg.contains(">epoch</text>") && svg.contains(">90%</text>"))
    }

    @Test func specialCharactersAreEscaped() {
        #expect(Markup.escaped(#"a<b>&"c'"#) == "a&lt;b&gt;&amp;&quot;c&apos;")
    }

    @Test func emptyInputIsAnError() {
        #expect(throws: DisplayError.empty(what: "the list of chart series")) { try SVGLineChart.render([]) }
    }
}

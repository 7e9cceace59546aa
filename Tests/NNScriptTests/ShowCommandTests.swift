import Foundation
import Testing
import NNSDisplay
@testable import NNScript
import TestSupport

/// `show SET[I]`: the image drawn as text with its label, or written to a PNG file.
@Suite struct ShowCommandTests {
    /// `show test[7]` in plain Unicode (also the top of `predict test[7]` and `activations test[7]`).
    static let testSeven = """



                   ▒▓█
                 ░█████▒░
                ░██▒░▓███▒
                ▒█▒   ███▓
                ░██▒▓██▒██░
                  ▓█▓░  ░██░
                          ██░
                           ▓█▒
                            ▒█▒
                             ░█░

              test[7]: label 9
        """

    @Test func drawsTheImageAndItsLabelInPlainUnicode() throws {
        let harness = try ViewFixture.harness()
        #expect(harness.run("show test[7]") == .success)
        #expect(harness.errors == "")
        #expect(harness.output == Self.testSeven + "\n")
    }

    @Test func usesAsciiShadesWithoutUnicode() throws {
        let harness = try ViewFixture.harness(options: SessionOptions(unicode: false))
        harness.run("show test[0]")
        let raster = try Raster(width: 28, height: 28, bytes: Array(try #require(ViewFixture.testImages).image(at: 0)))
        #expect(harness.output == GreyscaleImage.render(raster, caption: "test[0]: label 7", style: .ascii) + "\n")
        #expect(harness.output.contains("%@%%%%%%%%%-"))
        #expect(harness.output.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func countsNegativeIndicesFromTheEnd() throws {
        let harness = try ViewFixture.harness()
        harness.run("show test[-1]")
        #expect(harness.output.hasSuffix("test[999]: label 9\n"))
    }

    @Test func colourOnlyOnATerminalWithoutNoColor() throws {
        let colour = try ViewFixture.harness(options: SessionOptions(isTerminal: true, color: true))
        colour.run("show test[7]")
        #expect(colour.output.contains("\u{1B}["))
        #expect(colour.output.contains("▀"))
        let noColor = try ViewFixture.harness(options: SessionOptions(
            isTerminal: true, color: true, environment: ["NO_COLOR": "1"]))
        noColor.run("show test[7]")
        #expect(!noColor.output.contains("\u{1B}"))
        #expect(noColor.output.contains("test[7]: label 9"))
    }

    @Test func writesAGreyscalePNGTenTimesTheImage() throws {
        let directory = try ScratchDirectory()
        let harness = try ViewFixture.harness(options: SessionOptions(currentDirectory: directory.path))
        #expect(harness.run("show test[7] to=digit.png") == .success)
        #expect(harness.output == "wrote digit.png: test[7]: label 9, 280×280 pixels\n")
        let png = try PNGProbe(path: directory.path + "/digit.png")
        #expect((png.width, png.height, png.colorType) == (280, 280, 0))
        let image = try #require(ViewFixture.testImages).image(at: 7)
        for y in 0..<28 {
            for x in 0..<28 {
                #expect(png.pixel(x * 10 + 5, y * 10 + 5) == [image[image.startIndex + y * 28 + x]])
            }
        }
    }

    @Test func aPathMayStartAtHome() throws {
        let home = try ScratchDirectory()
        let harness = try ViewFixture.harness(options: SessionOptions(environment: ["HOME": home.path]))
        #expect(harness.run("show test[0] to=~/zero.png") == .success)
        #expect(try PNGProbe(path: home.path + "/zero.png").width == 280)
    }

    @Test func teachesWhatIsWrong() throws {
        let harness = try ViewFixture.harness()
        harness.run("show test[1000]")
        #expect(harness.errors == """
            1:6: test[1000] does not exist: test has 1000 images, indices 0 to 999 (or -1 to -1000 from the end)
              show test[1000]
                   ^~~~~~~~~~

            """)
        let missing = try ViewFixture.harness()
        missing.run("show train[0]")
        #expect(missing.errors.hasPrefix("1:6: no train set is loaded — load training images with 'load mnist'"))
        let wrongType = try ViewFixture.harness()
        wrongType.run("show test[1] to=digit.jpg")
        #expect(wrongType.errors.hasPrefix(
            "1:17: cannot write 'digit.jpg': this picture can be written as .png or .html — name the file e.g. 'picture.png'"))
        let noDirectory = try ViewFixture.harness()
        noDirectory.run("show test[1] to=/nonexistent/x.png")
        #expect(noDirectory.errors.hasPrefix("1:17: cannot write '/nonexistent/x.png': the directory '/nonexistent' does not exist"))
    }
}

import Foundation
import Testing
@testable import NNScript
import TestSupport

/// `PathResolver`: `~` from HOME, relative paths from the session's directory or a given one,
/// absolute and canonical forms.
@Suite struct PathResolverTests {
    static let inProject = PathResolver(home: "/home/me", currentDirectory: "/work/project")
    static let here = PathResolver(home: "/home/me", currentDirectory: ".")

    @Test func aLeadingTildeIsTheHomeDirectory() {
        #expect(Self.here.expandingHome("~") == "/home/me")
        #expect(Self.here.expandingHome("~/models/a.json") == "/home/me/models/a.json")
        #expect(Self.here.expandingHome("~bob/a.json") == "~bob/a.json")
        #expect(Self.here.expandingHome("models/~/a.json") == "models/~/a.json")
        #expect(PathResolver(home: nil, currentDirectory: ".").expandingHome("~/a.json") == "~/a.json")
        #expect(PathResolver(home: "", currentDirectory: ".").expandingHome("~/a.json") == "~/a.json")
    }

    @Test func relativePathsStartInTheCurrentDirectory() {
        #expect(Self.inProject.resolve("book.json") == "/work/project/book.json")
        #expect(Self.inProject.resolve("../book.json") == "/work/project/../book.json")
        #expect(Self.inProject.resolve("/tmp/book.json") == "/tmp/book.json")
        #expect(Self.inProject.resolve("~/book.json") == "/home/me/book.json")
        #expect(Self.inProject.resolve(".") == "/work/project")
        #expect(PathResolver(home: nil, currentDirectory: "/work/project/").resolve("a.json") == "/work/project/a.json")
    }

    @Test func inTheProcessDirectoryRelativePathsStayAsWritten() {
        #expect(Self.here.resolve("models/book.json") == "models/book.json")
        #expect(PathResolver(home: nil, currentDirectory: "").resolve("book.json") == "book.json")
        #expect(Self.here.resolve("~/book.json") == "/home/me/book.json")
    }

    @Test func aGivenDirectoryIsItselfTakenFromTheCurrentOne() {
        #expect(Self.inProject.resolve("train.gz", in: "data") == "/work/project/data/train.gz")
        #expect(Self.inProject.resolve("train.gz", in: "/data") == "/data/train.gz")
        #expect(Self.inProject.resolve("train.gz", in: "~/data") == "/home/me/data/train.gz")
        #expect(Self.inProject.resolve("/abs/train.gz", in: "data") == "/abs/train.gz")
        #expect(Self.inProject.resolve("train.gz", in: ".") == "/work/project/train.gz")
        #expect(Self.here.resolve("train.gz", in: "data") == "data/train.gz")
    }

    @Test func absolutePathsAreAnchoredAtTheProcessDirectory() {
        let process = FileManager.default.currentDirectoryPath
        #expect(Self.here.absolute("plot.png") == process + "/plot.png")
        #expect(PathResolver(home: nil, currentDirectory: "out").absolute("plot.png") == process + "/out/plot.png")
        #expect(Self.inProject.absolute("plot.png") == "/work/project/plot.png")
    }

    @Test func canonicalPathsAreNormalisedWithLinksResolved() throws {
        let scratch = try ScratchDirectory()
        let real = URL(fileURLWithPath: scratch.path).resolvingSymlinksInPath().path
        try scratch.write("scripts/a.nns", "")
        try FileManager.default.createSymbolicLink(atPath: scratch.path + "/link", withDestinationPath: real + "/scripts")
        let resolver = PathResolver(home: scratch.path, currentDirectory: scratch.path)
        #expect(resolver.canonical("scripts/./x/../a.nns") == real + "/scripts/a.nns")
        #expect(resolver.canonical("link/a.nns") == real + "/scripts/a.nns")
        #expect(resolver.canonical("~/link/a.nns") == real + "/scripts/a.nns")
        #expect(resolver.canonical("a.nns", in: real + "/link") == real + "/scripts/a.nns")
    }

    @Test func theSessionsResolverUsesItsHomeAndDirectory() {
        let options = SessionOptions(environment: ["HOME": "/home/me"], currentDirectory: "/work")
        #expect(options.paths == PathResolver(home: "/home/me", currentDirectory: "/work"))
    }
}

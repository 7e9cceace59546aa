import Testing
@testable import NeuralData

@Suite struct DataLocatorTests {
    let environment = ["NNS_DATA": "/srv/nns", "XDG_CACHE_HOME": "/xdg", "HOME": "/home/ada"]

    @Test func mnistIsSearchedInPrecedenceOrder() {
        let locator = DataLocator(explicitDirectory: "/e", environment: environment, currentDirectory: "/work")
        #expect(locator.candidateDirectories(for: .mnist) == [
            "/e/mnist", "/e", "/srv/nns/mnist", "/srv/nns", "/work/data/mnist", "/work/data", "/xdg/nns/mnist",
        ])
        #expect(locator.downloadDirectories(for: .mnist) == ["/e/mnist", "/srv/nns/mnist", "/xdg/nns/mnist"])
    }

    @Test func fashionAlsoLooksInItsOwnDirectoriesAndDebiansPackage() {
        let locator = DataLocator(explicitDirectory: "/e", environment: environment, currentDirectory: "/work")
        #expect(locator.candidateDirectories(for: .fashion) == [
            "/e/fashion-mnist", "/e/fashion", "/e",
            "/srv/nns/fashion-mnist", "/srv/nns/fashion",
            "/work/data/fashion-mnist", "/work/data/fashion",
            "/xdg/nns/fashion-mnist", "/usr/share/datasets/fashion-mnist",
        ])
        #expect(locator.downloadDirectories(for: .fashion) == ["/e/fashion-mnist", "/srv/nns/fashion-mnist", "/xdg/nns/fashion-mnist"])
    }

    /// `--data DIR` is a root like `$NNS_DATA`: files lying directly in it are MNIST's, so a
    /// folder of MNIST files given with `--data` never answers `load fashion`.
    @Test func filesDirectlyInTheDataRootAreOnlyMNISTs() {
        let locator = DataLocator(explicitDirectory: nil, dataRoot: "/root-dir", environment: environment,
                                  currentDirectory: "/work")
        #expect(locator.candidateDirectories(for: .mnist).prefix(2) == ["/root-dir/mnist", "/root-dir"])
        #expect(locator.candidateDirectories(for: .fashion).prefix(3) == [
            "/root-dir/fashion-mnist", "/root-dir/fashion", "/srv/nns/fashion-mnist",
        ])
        #expect(locator.downloadDirectories(for: .fashion).first == "/root-dir/fashion-mnist")
    }

    @Test func relativePathsStartFromTheCurrentDirectory() {
        let locator = DataLocator(
            explicitDirectory: "../shared/data/./mnist/", environment: ["NNS_DATA": "d", "HOME": "/home/ada"],
            currentDirectory: "/work/nns")
        #expect(locator.explicitDirectory == "/work/nns/../shared/data/mnist")
        #expect(locator.environmentDirectory == "/work/nns/d")
        #expect(DataLocator(explicitDirectory: "~/digits", environment: ["HOME": "/home/ada"], currentDirectory: "/")
            .explicitDirectory == "/home/ada/digits")
    }

    @Test func cacheFallsBackToHomeAndEmptyValuesAreIgnored() {
        let locator = DataLocator(
            explicitDirectory: "", environment: ["NNS_DATA": "", "XDG_CACHE_HOME": "relative", "HOME": "/home/ada"],
            currentDirectory: "/w")
        #expect(locator.explicitDirectory == nil && locator.environmentDirectory == nil)
        #expect(locator.cacheDirectory == "/home/ada/.cache/nns")
        #expect(locator.candidateDirectories(for: .mnist) == ["/w/data/mnist", "/w/data", "/home/ada/.cache/nns/mnist"])
        #expect(DataLocator(explicitDirectory: nil, environment: [:], currentDirectory: "/w").downloadDirectories(for: .mnist) == [])
    }

    @Test func repeatedDirectoriesAreSearchedOnce() {
        let locator = DataLocator(explicitDirectory: "/srv/nns", environment: environment, currentDirectory: "/srv/nns/..")
        #expect(locator.candidateDirectories(for: .mnist).filter { $0 == "/srv/nns" }.count == 1)
    }

    @Test func mirrorsParseAsURLsOrDirectories() {
        #expect(Mirror(parsing: "https://example.org/mnist", currentDirectory: "/w") == .url("https://example.org/mnist/"))
        #expect(Mirror(parsing: "file:///data/mnist/", currentDirectory: "/w") == .directory("/data/mnist"))
        #expect(Mirror(parsing: "copies", currentDirectory: "/w") == .directory("/w/copies"))
        #expect(Mirror.url("http://h/m/").location(of: "a.gz") == "http://h/m/a.gz")
    }
}

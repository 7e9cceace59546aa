// swift-tools-version:6.0
// nns — a workbench for building, training and looking inside small neural networks.
// One target per layer of the design; see docs/ARCHITECTURE.md. Arrows point down only:
//   nns → NNScript → {NNSDisplay, ModelFiles, NeuralData} → NeuralNet → CBLAS
import PackageDescription

/// The numeric core is compiled with optimisation even in debug builds: `swift test` trains
/// small networks on real data, and unoptimised numeric loops are ~50× slower.
let optimisedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "nns",
    products: [
        .executable(name: "nns", targets: ["nns"]),
        .library(name: "NeuralNet", targets: ["NeuralNet"]),
        .library(name: "NeuralData", targets: ["NeuralData"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C libraries from the system (no C code of ours): a module map and a pkg-config name each.
        .systemLibrary(name: "CBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),

        // The layers, bottom up.
        .target(name: "NeuralNet", dependencies: ["CBLAS"], swiftSettings: optimisedInDebug),
        .target(name: "NeuralData", dependencies: ["CZlib"], swiftSettings: optimisedInDebug),
        .target(name: "NNSDisplay", dependencies: ["CZlib"]),
        .target(name: "ModelFiles", dependencies: ["NeuralNet"]),
        .target(name: "NNScript", dependencies: ["NeuralNet", "NeuralData", "NNSDisplay", "ModelFiles"]),
        .executableTarget(
            name: "nns",
            dependencies: [
                "NNScript", "CLibEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Tests mirror the targets one to one; nnsTests runs the built binary end to end.
        // TestSupport (test-only, depends on none of ours) finds the real data and reads IDX files.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "NeuralNetTests", dependencies: ["NeuralNet", "TestSupport"]),
        .testTarget(name: "NeuralDataTests", dependencies: ["NeuralData", "TestSupport"]),
        .testTarget(name: "NNSDisplayTests", dependencies: ["NNSDisplay", "CZlib", "TestSupport"]),
        .testTarget(name: "ModelFilesTests", dependencies: ["ModelFiles", "NeuralNet", "TestSupport"]),
        .testTarget(name: "NNScriptTests", dependencies: ["NNScript", "TestSupport"]),
        .testTarget(name: "nnsTests", dependencies: ["nns", "TestSupport"]),
    ]
)

// swift-tools-version:6.0
// nns — a workbench for building, training and looking inside small neural networks.
// One target per layer of the design; see docs/ARCHITECTURE.md. Arrows point down only:
//   nns → NNSKernel → NNScript → {NNSDisplay, ModelFiles, NeuralData, NeuralNet}
//   ModelFiles → NeuralNet → CBLAS; NNSDisplay and NeuralData know no networks (CZlib only)
//   nns → NNScript (the REPL and scripts need no kernel; the language never knows it exists)
// SafeFiles (reading regular files, atomic writes) sits below the layers that touch files.
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
        // HMAC-SHA256 for signing Jupyter messages (the kernel's only use of it).
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        // C libraries from the system (no C code of ours): a module map and a pkg-config name each.
        .systemLibrary(name: "CBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .systemLibrary(name: "CZMQ", pkgConfig: "libzmq", providers: [.apt(["libzmq3-dev"])]),

        // The layers, bottom up.
        .target(name: "SafeFiles"),
        .target(name: "NeuralNet", dependencies: ["CBLAS"], swiftSettings: optimisedInDebug),
        .target(name: "NeuralData", dependencies: ["CZlib", "SafeFiles"], swiftSettings: optimisedInDebug),
        .target(name: "NNSDisplay", dependencies: ["CZlib"]),
        .target(name: "ModelFiles", dependencies: ["NeuralNet", "SafeFiles"]),
        .target(name: "NNScript", dependencies: ["NeuralNet", "NeuralData", "NNSDisplay", "ModelFiles", "SafeFiles"]),
        .target(
            name: "NNSKernel",
            dependencies: ["NNScript", "NNSDisplay", "CZMQ", .product(name: "Crypto", package: "swift-crypto")]),
        .executableTarget(
            name: "nns",
            dependencies: [
                "NNScript", "NNSKernel", "SafeFiles", "CLibEdit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // Tests mirror the targets one to one; nnsTests runs the built binary end to end.
        // TestSupport (test-only, depends on none of ours) finds the real data and reads IDX files.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SafeFilesTests", dependencies: ["SafeFiles", "TestSupport"]),
        .testTarget(name: "NeuralNetTests", dependencies: ["NeuralNet", "TestSupport"]),
        .testTarget(name: "NeuralDataTests", dependencies: ["NeuralData", "TestSupport"]),
        .testTarget(name: "NNSDisplayTests", dependencies: ["NNSDisplay", "CZlib", "TestSupport"]),
        .testTarget(name: "ModelFilesTests", dependencies: ["ModelFiles", "NeuralNet", "TestSupport"]),
        .testTarget(name: "NNScriptTests", dependencies: ["NNScript", "TestSupport"]),
        .testTarget(name: "NNSKernelTests", dependencies: ["NNSKernel", "NNScript", "TestSupport"]),
        .testTarget(name: "nnsTests", dependencies: ["nns", "TestSupport"]),

        // The project's fuzzers (Fuzz/): harnesses and a seeded line generator, replayed on the
        // committed corpora by FuzzTests in every `swift test`.
        .target(name: "FuzzSupport", dependencies: ["NNScript", "NeuralData", "ModelFiles", "NeuralNet"],
                path: "Fuzz/Sources/FuzzSupport"),
        .testTarget(name: "FuzzTests", dependencies: ["FuzzSupport", "TestSupport"]),
    ]
)

// The libFuzzer driver exists only for scripts/fuzz.sh (NNS_FUZZ=1, built in its own
// .build-fuzz with -sanitize=fuzzer), so no other build carries it or fuzzer flags.
if Context.environment["NNS_FUZZ"] != nil {
    package.targets.append(.executableTarget(name: "nns-fuzz", dependencies: ["FuzzSupport"], path: "Fuzz/Sources/nns-fuzz"))
}

// swift-tools-version:6.1
import PackageDescription

// Module graph (one way, left depends on nothing to its right):
// ReckonUnits ← ReckonCore ← ReckonCatalog ← ReckonInput ← ReckonReport ← ReckonServer ← ReckonCLI ← reckon
//                         ↖ ReckonAnalysis ↗
// Release builds of the executables on Linux link the Swift runtime and Foundation statically, as a position-dependent
// executable: no shared libraries to load and no relative relocations to apply at start-up (issue 18: whole-process
// `reckon train` from ~15 ms to under 8 ms). The executable's own module is compiled with `-static-stdlib` so that it
// names the static Foundation's own dependencies (CoreFoundation, ICU) to the linker. Debug builds, which the tests
// use, keep the shared runtime.
let staticRuntime: [SwiftSetting] = [
    .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release)),
]
let staticLink: [LinkerSetting] = [
    .unsafeFlags(["-static-stdlib", "-Xclang-linker", "-no-pie"], .when(platforms: [.linux], configuration: .release)),
]

let package = Package(
    name: "Reckon",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "Reckon", targets: [
            "ReckonUnits", "ReckonCore", "ReckonCatalog", "ReckonAnalysis", "ReckonInput", "ReckonReport",
        ]),
        .executable(name: "reckon", targets: ["reckon"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        // `swift package generate-documentation` (DocC); a plugin only, nothing of it is linked.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .target(name: "ReckonUnits"),
        .target(name: "ReckonCore", dependencies: ["ReckonUnits"]),
        .target(name: "ReckonCatalog", dependencies: ["ReckonCore", "Yams"]),
        .target(name: "ReckonAnalysis", dependencies: ["ReckonCore"]),
        .target(name: "ReckonInput", dependencies: ["ReckonCatalog", "ReckonAnalysis", "Yams"]),
        .target(name: "ReckonReport", dependencies: ["ReckonInput", "ReckonAnalysis", "ReckonCatalog"]),
        .target(name: "ReckonServer", dependencies: [
            "ReckonReport", "ReckonInput",
            .product(name: "Hummingbird", package: "hummingbird"),
        ]),
        .target(name: "ReckonCLI", dependencies: [
            "ReckonReport", "ReckonInput", "ReckonServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "reckon", dependencies: ["ReckonCLI"], swiftSettings: staticRuntime,
                          linkerSettings: staticLink),
        // Release-mode benchmarks of the hot paths: `swift run -c release reckon-bench [case]`.
        .executableTarget(
            name: "reckon-bench", dependencies: ["ReckonReport", "ReckonInput", "ReckonAnalysis", "ReckonCore"],
            swiftSettings: staticRuntime, linkerSettings: staticLink),
        .testTarget(name: "ReckonUnitsTests", dependencies: ["ReckonUnits"]),
        .testTarget(name: "ReckonCoreTests", dependencies: ["ReckonCore", "ReckonCatalog", "ReckonAnalysis"]),
        .testTarget(name: "ReckonCatalogTests", dependencies: ["ReckonCatalog"], exclude: ["Fixtures"]),
        .testTarget(name: "ReckonAnalysisTests", dependencies: ["ReckonAnalysis", "ReckonCore", "ReckonCatalog"]),
        .testTarget(name: "ReckonInputTests", dependencies: ["ReckonInput"]),
        .testTarget(name: "ReckonReportTests", dependencies: ["ReckonReport"], exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "ReckonCLITests", dependencies: [
            "ReckonCLI", "reckon",
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "ReckonServerTests", dependencies: [
            "ReckonServer",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
    ]
)

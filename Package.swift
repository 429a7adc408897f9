// swift-tools-version:6.1
import PackageDescription

// Module graph (one way, left depends on nothing to its right):
// ReckonUnits ← ReckonCore ← ReckonCatalog ← ReckonInput ← ReckonReport ← ReckonServer ← ReckonCLI ← reckon
//                         ↖ ReckonAnalysis ↗
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
        .executableTarget(name: "reckon", dependencies: ["ReckonCLI"]),
        // Release-mode benchmarks of the hot paths: `swift run -c release reckon-bench [case]`.
        .executableTarget(name: "reckon-bench", dependencies: ["ReckonReport", "ReckonInput", "ReckonAnalysis", "ReckonCore"]),
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

import Foundation
import Testing
@testable import ReckonCLI

/// The option structs in `Sources/ReckonCLI/Generated/FieldOptions.swift` are what the field registry says.
@Suite struct GeneratedOptionsTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/ReckonCLI/Generated/FieldOptions.swift").path

    /// Fails while the generated file is stale; `RECKON_REGENERATE=1` rewrites it first.
    @Test func generatedFileMatchesTheRegistry() throws {
        let expected = FieldOptionsSource.render()
        if ProcessInfo.processInfo.environment["RECKON_REGENERATE"] == "1" {
            try expected.write(toFile: Self.path, atomically: true, encoding: .utf8)
        }
        let actual = try String(contentsOfFile: Self.path, encoding: .utf8)
        #expect(actual == expected, "run RECKON_REGENERATE=1 swift test --filter GeneratedOptionsTests")
    }
}

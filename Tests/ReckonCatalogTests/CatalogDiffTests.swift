import Testing
import ReckonCore
@testable import ReckonCatalog

@Suite struct CatalogDiffTests {
    @Test func listsAddedReplacedAndShadowedEntriesFieldByField() throws {
        let text = """
            accelerators:
              - id: h100
                name: Our H100 NVL
                vendor: NVIDIA
                peak_bf16: 835 TFLOP/s
                source: our measurements
              - id: b200
                name: NVIDIA B200 (HGX, 1000 W)
                vendor: NVIDIA
                peak_bf16: 2250 TFLOP/s
                cloud_price_per_hour: 5
                source: our contract
            models:
              - id: tiny
                name: Tiny
                params: 1B
                source: ours
            """
        let user = try CatalogLoader.parse(text, file: "ours.yaml")
        let diff = CatalogDiff.between(user: user)
        #expect(diff.entries.count == 3)
        let h100 = try #require(diff.entries.first { $0.id == "h100" })
        #expect(h100.change == .shadowsAlias && h100.builtinID == "h100-sxm" && h100.file == "ours.yaml")
        #expect(h100.fields.contains { $0.key == "peak_bf16" && $0.user != nil && $0.builtin != $0.user })
        #expect(
            h100.fields.contains { $0.key == "tdp" && $0.user == nil && $0.builtin != nil },
            "a figure the user entry drops shows as removed")
        let b200 = try #require(diff.entries.first { $0.id == "b200" })
        #expect(b200.change == .replaced)
        #expect(!b200.fields.contains { $0.key == "name" || $0.key == "peak_bf16" }, "unchanged fields are not listed")
        #expect(b200.fields.contains { $0.key == "cloud_price_per_hour" })
        let tiny = try #require(diff.entries.first { $0.id == "tiny" })
        #expect(tiny.change == .added && tiny.builtinID == nil && tiny.fields.allSatisfy { $0.builtin == nil })
    }
}

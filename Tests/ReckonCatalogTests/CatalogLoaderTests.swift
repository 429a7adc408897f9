import Testing
import ReckonCore
@testable import ReckonCatalog

@Suite struct CatalogLoaderTests {
    @Test func userEntriesParseWithUnits() throws {
        let text = """
        accelerators:
          - id: my-gpu
            name: My GPU
            peak_bf16: 1200 TFLOP/s
            memory: 144 GB
            memory_bandwidth: 6 TB/s
            tdp: 900 W
            cloud_price_per_hour: 4.5
            source: Acme datasheet
        models:
          - id: my-model
            name: My 30B
            params: 30B
            tokens: 3T
            source: internal
        """
        let c = try CatalogLoader.parse(text, file: "mine.yaml")
        #expect(c.accelerators.first?.peak[.bf16]?.value == 1.2e15)
        #expect(c.accelerators.first?.memory?.value == 144e9)
        #expect(c.models.first?.trainingTokens?.value == 3e12)
        var merged = Catalog.builtin
        merged.merge(c)
        #expect(try merged.accelerator("my-gpu").name == "My GPU")
    }

    @Test func malformedEntriesNameFileKeyAndReason() {
        let cases: [(String, String)] = [
            ("accelerators:\n  - id: x\n    name: X\n    source: s\n", "peak_bf16"),                       // no peak
            ("accelerators:\n  - id: x\n    name: X\n    peak_bf16: fast\n    source: s\n", "peak_bf16"),   // not a rate
            ("models:\n  - id: m\n    name: M\n    params: 7B\n", "source"),                                  // no source
            ("models:\n  - id: m\n    name: M\n    params: 7B\n    colour: red\n    source: s\n", "colour"), // unknown key
            ("gpus: [\n", "catalog"),                                                                        // not YAML
        ]
        for (text, field) in cases {
            #expect { try CatalogLoader.parse(text, file: "user.yaml") } throws: { e in
                guard let e = e as? InputError else { return false }
                return e.field == field && (e.description.contains("user.yaml"))
            }
        }
    }
}

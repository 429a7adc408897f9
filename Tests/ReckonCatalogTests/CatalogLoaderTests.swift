import Foundation
import Testing
import ReckonCore
import ReckonUnits
@testable import ReckonCatalog

@Suite struct CatalogLoaderTests {
    /// A fresh folder holding `files` (name → text).
    static func folder(_ files: [String: String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-catalog-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return dir.path
    }

    static let gpu = """
        accelerators:
          - id: my-gpu
            name: My GPU
            peak_bf16: 1200 TFLOP/s
            source: Acme datasheet
        """

    @Test func userEntriesParseWithUnits() throws {
        let text = """
            accelerators:
              - id: my-gpu
                name: My GPU
                peak_bf16: 1200 TFLOP/s
                peak_fp4: 4800 TFLOP/s
                memory: 144 GB
                memory_bandwidth: 6 TB/s
                tdp: 900 W
                cloud_price_per_hour: 4.5
                cloud_price_low_per_hour: 3
                cloud_price_high_per_hour: 7
                source: Acme datasheet
            models:
              - id: my-model
                name: My 30B
                params: 30B
                tokens: 3T
                source: internal
            """
        let c = try CatalogLoader.parse(text, file: "mine.yaml")
        let a = try #require(c.accelerators.first)
        #expect(a.peak[.bf16]?.value == 1.2e15 && a.peak[.fp4]?.value == 4.8e15)
        #expect(a.memory?.value == 144e9)
        let range = try #require(a.cloudPriceRange)
        #expect(abs(range.low.inDollarsPerHour - 3) < 1e-9 && abs(range.high.inDollarsPerHour - 7) < 1e-9)
        #expect(c.models.first?.trainingTokens?.value == 3e12)
        var merged = Catalog.builtin
        merged.merge(c)
        #expect(try merged.accelerator("my-gpu").name == "My GPU")
    }

    @Test func malformedEntriesNameFileKeyAndReason() {
        let cases: [(String, String)] = [
            ("accelerators:\n  - id: x\n    name: X\n    source: s\n", "peak_bf16"),  // no peak
            ("accelerators:\n  - id: x\n    name: X\n    peak_bf16: fast\n    source: s\n", "peak_bf16"),  // not a rate
            ("models:\n  - id: m\n    name: M\n    params: 7B\n", "source"),  // no source
            // unknown key
            ("models:\n  - id: m\n    name: M\n    params: 7B\n    colour: red\n    source: " + "s\n", "colour"),
            ("gpus: [\n", "catalog"),  // not YAML
        ]
        for (text, field) in cases {
            #expect { try CatalogLoader.parse(text, file: "user.yaml") } throws: { e in
                guard let e = e as? InputError else { return false }
                return e.field == field && (e.description.contains("user.yaml"))
            }
        }
    }

    /// Shapes that used to reach `train`/`plan`/`infer` and trap there (division by zero heads, products of
    /// sizes near Int.max) are refused when the file is read, with the same bounds as the flags.
    @Test(arguments: [
        ("heads: 0", "heads"), ("layers: 0", "layers"), ("hidden: 9223372036854775807", "hidden"),
        ("layers: -3", "layers"), ("kv_heads: 128", "kv_heads"), ("heads: 48", "heads"), ("layers: 32.5", "layers"),
        ("layers: \"many\"", "layers"), ("layers: true", "layers"), ("params: 0", "params"),
        ("active_params: 90B", "active_params"), ("params: 1e30", "params"), ("context: 1000000000000", "context"),
    ])
    func outOfBoundsShapesAreRefusedOnLoad(line: String, key: String) throws {
        var fields = [
            "id: m", "name: M", "params: 70B", "layers: 80", "hidden: 8192", "heads: 64", "kv_heads: 8",
            "source: s",
        ]
        let name = String(line.split(separator: ":")[0])
        fields.removeAll { $0.hasPrefix(name + ":") }
        fields.insert(line, at: 2)
        let text = "models:\n  - " + fields.joined(separator: "\n    ") + "\n"
        #expect { try CatalogLoader.parse(text, file: "bad.yaml") } throws: { e in
            guard let e = e as? InputError else { return false }
            return e.field == key && e.description.contains("bad.yaml") && e.description.contains("models[0]")
        }
    }

    @Test func checkReportsEveryProblemWithFileAndKey() throws {
        let dir = try Self.folder([
            "a.yaml": """
            models:
              - id: m1
                name: M1
                params: 7B
                heads: 0
                layers: 0
                source: s
              - id: m2
                name: M2
                params: 7B
                source: s
                shape: round
            accelerators:
              - id: g
                name: G
                peak_bf16: -5 TFLOP/s
                tdp: 0 W
                source: s
            """,
            "b.json": "{\"models\": [{\"id\": \"m3\", \"name\": \"M3\", \"params\": \"7B\"}]}",
        ])
        let check = try CatalogLoader.check(directory: dir)
        #expect(!check.isValid)
        let found = Set(check.problems.map { "\(($0.file as NSString).lastPathComponent) \($0.key)" })
        for expected in [
            "a.yaml heads", "a.yaml layers", "a.yaml shape", "a.yaml peak_bf16", "a.yaml tdp",
            "b.json source",
        ] {
            #expect(found.contains(expected), "missing \(expected) in \(found)")
        }
        #expect { try CatalogLoader.load(directory: dir) } throws: { $0 is InputError }
    }

    /// JSON catalog files go through JSONSerialization, whose numbers and booleans are all NSNumber: a 1 must
    /// stay a count and `true` a boolean.
    @Test func jsonNumbersAndBooleansKeepTheirKinds() throws {
        let text = """
            {"models": [{"id": "tiny", "name": "Tiny", "layers": 2, "hidden": 8, "heads": 2, "kv_heads": 1, "ffn": 16,
              "vocab": 10, "gated_ffn": true, "tied_embeddings": false, "source": "test"}]}
            """
        let m = try #require(try CatalogLoader.parse(text, file: "t.json").models.first)
        #expect(m.kvHeads == 1 && m.gatedFFN == true && m.tiedEmbeddings == false && m.totalParameters.value == 1352)
        let bad = text.replacingOccurrences(of: "\"layers\": 2", with: "\"layers\": true")
        #expect { try CatalogLoader.parse(bad, file: "t.json") } throws: { ($0 as? InputError)?.field == "layers" }
        let fraction = text.replacingOccurrences(of: "\"layers\": 2", with: "\"layers\": 2.5")
        #expect { try CatalogLoader.parse(fraction, file: "t.json") } throws: { ($0 as? InputError)?.field == "layers" }
    }

    @Test func repeatedIDsAcrossFilesAreRefusedNamingBoth() throws {
        let dir = try Self.folder(["one.yaml": Self.gpu, "two.YAML": Self.gpu])
        let check = try CatalogLoader.check(directory: dir)
        let problem = try #require(check.problems.first)
        #expect(problem.key == "id" && problem.value == "my-gpu")
        #expect(problem.file.hasSuffix("two.YAML") && problem.allowed.contains("one.yaml"))
        #expect(check.files.count == 2, "the upper-case .YAML extension is read")
    }

    @Test func userEntriesMayShadowABuiltinAliasOrReplaceAnID() throws {
        let text = """
            accelerators:
              - id: h100
                name: Our H100 NVL
                peak_bf16: 835 TFLOP/s
                source: our measurements
              - id: b200
                name: B200 as we rent it
                peak_bf16: 2250 TFLOP/s
                cloud_price_per_hour: 5
                source: our contract
            """
        let dir = try Self.folder(["ours.yml": text])
        var catalog = Catalog.builtin
        catalog.merge(try CatalogLoader.load(directory: dir))
        #expect(try catalog.accelerator("h100").name == "Our H100 NVL", "the user's ID wins over the alias")
        #expect(try catalog.accelerator("h100-sxm").id == "h100-sxm", "the built-in entry is still reachable")
        #expect(try catalog.accelerator("b200").name == "B200 as we rent it")
        #expect(catalog.accelerators.filter { $0.id == "b200" }.count == 1)
        #expect(catalog.notes.count == 2)
        #expect(catalog.notes.contains { $0.contains("'h100'") && $0.contains("alias") && $0.contains("ours.yml") })
        #expect(catalog.notes.contains { $0.contains("'b200'") && $0.contains("replaces") })
    }

    @Test func modelsMayComeFromAHuggingFaceConfig() throws {
        let config = try String(contentsOfFile: ModelConfigReaderTests.path("qwen3-8b"), encoding: .utf8)
        let dir = try Self.folder([
            "configs/qwen3-8b.json": config,
            "models.yaml": """
            models:
              - id: our-qwen
                model_config: configs/qwen3-8b.json
                tokens: 36T
                source: Qwen3 technical report (36T tokens)
                as_of: 2025-05
            """,
        ])
        let catalog = try CatalogLoader.load(directory: dir)
        let m = try #require(catalog.models.first)
        #expect(m.id == "our-qwen" && m.layers == 36 && m.headDim == 128)
        #expect(abs(m.totalParameters.value - 8.19e9) < 0.01e9)
        #expect(m.trainingTokens?.value == 36e12 && m.source.contains("Qwen3ForCausalLM"))
        #expect(
            try CatalogLoader.check(directory: dir).files.count == 1, "configs in a subfolder are not catalog files")
    }

    @Test func modelConfigProblemsNameTheEntry() throws {
        let dir = try Self.folder([
            "m.yaml": """
            models:
              - id: a
                model_config: missing.json
                source: s
              - id: b
                model_config: missing.json
                layers: 3
                source: s
            """
        ])
        let problems = try CatalogLoader.check(directory: dir).problems
        #expect(problems.contains { $0.key == "model_config" && $0.entry == "models[0]" })
        #expect(problems.contains { $0.key == "layers" && $0.entry == "models[1]" })
    }

    @Test func paramsAreCountedFromACompleteShape() throws {
        let text = """
            models:
              - id: tiny
                name: Tiny
                layers: 2
                hidden: 8
                heads: 2
                kv_heads: 1
                ffn: 16
                vocab: 10
                gated_ffn: true
                tied_embeddings: false
                source: test
            """
        let m = try #require(try CatalogLoader.parse(text, file: "t.yaml").models.first)
        #expect(m.totalParameters.value == 1352, "ModelParameterCountTests works this shape out by hand")
        #expect {
            try CatalogLoader.parse(text.replacingOccurrences(of: "    vocab: 10\n", with: ""), file: "t.yaml")
        } throws: { ($0 as? InputError)?.field == "params" }
    }

    @Test func priceRangesMustHoldTheReferencePrice() {
        let base = "accelerators:\n  - id: g\n    name: G\n    peak_bf16: 1 PFLOP/s\n    source: s\n"
        let cases = [
            ("    cloud_price_low_per_hour: 5\n    cloud_price_high_per_hour: 3\n", "cloud_price_low_per_hour"),
            (
                "    cloud_price_per_hour: 9\n    cloud_price_low_per_hour: 3\n    cloud_price_high_per_hour: 5\n",
                "cloud_price_per_hour"
            ),
            ("    cloud_price_low_per_hour: 3\n", "cloud_price_high_per_hour"),
        ]
        for (extra, key) in cases {
            #expect { try CatalogLoader.parse(base + extra, file: "p.yaml") } throws: {
                ($0 as? InputError)?.field == key
            }
        }
    }

    /// 50,000 entries: merging is linear (dictionary-indexed) and lookups do not scan. The test checks the
    /// result; the release benchmark, not a timing assertion, measures the speed.
    @Test func fiftyThousandEntriesMergeAndResolve() throws {
        let many = (0..<50_000).map { i in
            ModelSpec(
                id: "m-\(i)", name: "M \(i)", totalParameters: Parameters(Double(i + 1) * 1e6), source: "gen",
                asOf: "2026-12")
        }
        var catalog = Catalog.builtin
        catalog.merge(Catalog(accelerators: [], models: many + [many[7]]))
        #expect(catalog.models.count == Catalog.builtin.models.count + 50_000)
        #expect(try catalog.model("m-49999").totalParameters.value == 5e10)
        #expect(try catalog.model("gpt3").id == "gpt-3")
    }

    @Test func builtinCatalogPassesItsOwnChecks() {
        let problems = CatalogValidation.problems(in: Catalog.builtin)
        #expect(problems.isEmpty, "\(problems.map(\.description))")
    }
}

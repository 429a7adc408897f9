import Testing
import ReckonCore
@testable import ReckonCatalog

/// The built-in catalog as a whole: the agreed IDs, provenance on every entry, aliases and unknown IDs.
@Suite struct CatalogTests {
    let catalog = Catalog.builtin

    /// The IDs agreed in the brief (issue 2 §3 and the parallel-plan issue). Other modules look them up by name.
    static let agreedAccelerators: Set<String> = [
        "v100", "a100-40gb", "a100-80gb", "h100-sxm", "h100-pcie", "h800", "h200", "b200", "gb200",
        "mi250x", "mi300x", "tpu-v4", "tpu-v5e", "tpu-v5p", "gaudi2", "gaudi3",
        "b300", "gb300", "mi325x", "mi355x", "tpu-v6e", "tpu-v7", "trainium2", "trainium3",
    ]
    static let agreedModels: Set<String> = [
        "gpt-3", "gopher", "chinchilla", "palm", "opt-175b", "bloom-176b",
        "llama-7b", "llama-13b", "llama-33b", "llama-65b", "llama-2-7b", "llama-2-13b", "llama-2-70b",
        "llama-3.1-8b", "llama-3.1-70b", "llama-3.1-405b", "mixtral-8x7b", "deepseek-v3", "gpt-4-estimate",
        "megatron-1.7b", "megatron-3.6b", "megatron-7.5b", "megatron-18b", "megatron-39b", "megatron-76b",
        "megatron-145b", "megatron-310b", "megatron-530b", "megatron-1t",
        "llama-4-scout", "llama-4-maverick", "qwen3-8b", "qwen3-32b", "qwen3-30b-a3b", "qwen3-235b-a22b",
        "gpt-oss-20b", "gpt-oss-120b", "deepseek-v3.1", "deepseek-r1", "kimi-k2", "gemma-3-27b", "mistral-large-2",
        "dbrx",
    ]

    @Test func containsExactlyTheAgreedIDs() {
        #expect(Set(catalog.accelerators.map(\.id)) == Self.agreedAccelerators)
        #expect(Set(catalog.models.map(\.id)) == Self.agreedModels)
    }

    @Test func idsAreUniqueLowercaseAndAlreadyNormalized() {
        let ids = catalog.accelerators.map(\.id) + catalog.models.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate IDs")
        for id in ids {
            #expect(id == id.lowercased(), "\(id) is not lower case")
            // A lookup normalizes what the user typed; an ID that normalization changes could never be found.
            #expect(Catalog.normalize(id) == id, "\(id) changes under normalization")
            #expect(!id.isEmpty)
        }
    }

    @Test func everyEntryNamesItsSourceAndDate() throws {
        let date = #/^\d{4}-\d{2}(-\d{2})?$/#
        for a in catalog.accelerators {
            #expect(a.source.count > 40, "\(a.id): source too thin")
            #expect(try date.wholeMatch(in: a.asOf) != nil, "\(a.id): asOf '\(a.asOf)' is not YYYY-MM[-DD]")
            #expect(!a.name.isEmpty && !a.vendor.isEmpty)
        }
        for m in catalog.models {
            #expect(m.source.count > 40, "\(m.id): source too thin")
            #expect(try date.wholeMatch(in: m.asOf) != nil, "\(m.id): asOf '\(m.asOf)' is not YYYY-MM[-DD]")
            #expect(!m.name.isEmpty)
        }
    }

    @Test(arguments: [
        ("h100", "h100-sxm"), ("H100", "h100-sxm"), ("a100", "a100-80gb"), ("mi300", "mi300x"),
        ("tpuv4", "tpu-v4"), ("TPU v4", "tpu-v4"), ("tpu_v5e", "tpu-v5e"), ("Gaudi 3", "gaudi3"),
        ("v100-sxm2", "v100"), ("H100-SXM", "h100-sxm"),
    ])
    func acceleratorAliasesResolve(typed: String, expected: String) throws {
        #expect(try catalog.accelerator(typed).id == expected)
    }

    @Test(arguments: [
        ("gpt3", "gpt-3"), ("GPT-4", "gpt-4-estimate"), ("llama2-70b", "llama-2-70b"), ("llama-30b", "llama-33b"),
        ("Llama3.1-405B", "llama-3.1-405b"), ("mixtral", "mixtral-8x7b"), ("DeepSeek_V3", "deepseek-v3"),
        ("Megatron-1T", "megatron-1t"),
    ])
    func modelAliasesResolve(typed: String, expected: String) throws {
        #expect(try catalog.model(typed).id == expected)
    }

    @Test func everyAliasIsNormalizedPointsAtAnEntryAndShadowsNoID() throws {
        let acceleratorIDs = Set(catalog.accelerators.map(\.id))
        for (key, target) in BuiltinAccelerators.aliases {
            #expect(Catalog.normalize(key) == key, "alias '\(key)' can never match")
            #expect(acceleratorIDs.contains(target), "alias '\(key)' → unknown '\(target)'")
            #expect(!acceleratorIDs.contains(key), "alias '\(key)' shadows an ID")
        }
        let modelIDs = Set(catalog.models.map(\.id))
        for (key, target) in BuiltinModels.aliases {
            #expect(Catalog.normalize(key) == key, "alias '\(key)' can never match")
            #expect(modelIDs.contains(target), "alias '\(key)' → unknown '\(target)'")
            #expect(!modelIDs.contains(key), "alias '\(key)' shadows an ID")
        }
    }

    @Test func unknownAcceleratorNamesTheFieldAndSuggestsTheH100() throws {
        let error = inputError { _ = try catalog.accelerator("h10") }
        #expect(error?.field == "gpu")
        #expect(error?.value == "h10")
        let hint = try #require(error?.hint)
        #expect(hint.contains("did you mean"))
        // Suggestions name real IDs: the nearest key is the alias 'h100', shown as the ID it stands for.
        #expect(hint.contains("'h100-sxm'"))
        #expect(!hint.contains("'h100'"))
    }

    @Test func nearMissesSuggestTheIntendedEntry() throws {
        let sxm = inputError { _ = try catalog.accelerator("h100-sxn") }
        #expect(sxm?.hint?.contains("'h100-sxm'") == true)
        let llama = inputError { _ = try catalog.model("llama-2-7") }
        #expect(llama?.field == "model")
        #expect(llama?.hint?.contains("'llama-2-7b'") == true)
    }

    @Test func hopelessInputPointsToTheListInsteadOfGuessing() {
        let error = inputError { _ = try catalog.model("zzzzzzzzzzzzzzzzzzzzzzzz") }
        #expect(error?.hint?.contains("catalog list") == true)
    }

    var knownAcceleratorKeys: [String] {
        catalog.accelerators.map(\.id) + Array(BuiltinAccelerators.aliases.keys)
    }

    /// The ``InputError`` thrown by `body`, or nil (recorded as a failure) if it threw nothing or something else.
    func inputError(_ body: () throws -> Void) -> InputError? {
        do {
            try body()
            Issue.record("expected an InputError, nothing was thrown")
        } catch let error as InputError {
            return error
        } catch {
            Issue.record("expected an InputError, got \(error)")
        }
        return nil
    }
}

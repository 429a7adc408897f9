import Foundation
import Testing
import ReckonCore
@testable import ReckonCatalog

/// Hugging Face `config.json` files of published models (Fixtures/configs, sources in its README) read into
/// shapes whose parameter counts are checked against the developers' published totals.
@Suite struct ModelConfigReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/configs")

    static func path(_ name: String) -> String { fixtures.appendingPathComponent(name + ".json").path }

    static func read(_ name: String) throws -> ModelConfigReading { try ModelConfigReader.read(path: path(name)) }

    /// How a developer counts "active" parameters: with both embedding matrices (Mistral, Meta, Qwen,
    /// Databricks), or without the input embedding, a lookup that costs no FLOP (DeepSeek, Moonshot, OpenAI;
    /// for DeepSeek-V3 and Kimi K2 only this reading rounds to the published figure).
    enum ActiveConvention { case bothEmbeddings, withoutInputEmbedding }

    struct Published: Sendable, CustomStringConvertible {
        var fixture: String
        var total: Double
        var active: Double?
        /// The published active figure's precision: half a unit of its last printed digit, as a fraction of it.
        var activeRounding: Double = 0
        var convention: ActiveConvention = .bothEmbeddings
        var citation: String
        var description: String { fixture }
    }

    /// Published totals, each with its source. Totals must agree within 1%: the count leaves out only terms below
    /// 0.01% (router biases of some models, attention sinks) and a wrong layer count, width, expert count or
    /// vocabulary moves it by more. Active figures are often printed to two digits ("17B" is 17 ± 0.5 B): their
    /// tolerance is 1% or that rounding, whichever is larger.
    static let published: [Published] = [
        .init(
            fixture: "llama-3.1-8b", total: 8e9,
            citation: "Llama Team 2024, The Llama 3 Herd of Models, arXiv:2407.21783, Table 3 ('8B')"),
        .init(
            fixture: "llama-3.1-70b", total: 70e9,
            citation: "arXiv:2407.21783, Table 3 ('70B')"),
        .init(
            fixture: "mixtral-8x7b", total: 46.7e9, active: 12.9e9,
            activeRounding: 0.05 / 12.9,
            citation: "Mistral AI, 'Mixtral of experts', 2023-12-11: 46.7B total, 12.9B per token"),
        .init(
            fixture: "mistral-large-2", total: 123e9,
            citation: "Mistral AI, 'Large Enough', 2024-07-24: 'Mistral Large 2 has 123 billion parameters'"),
        .init(
            fixture: "qwen3-8b", total: 8.2e9,
            citation: "Qwen/Qwen3-8B model card: 'Number of Parameters: 8.2B'"),
        .init(
            fixture: "qwen3-235b-a22b", total: 235e9, active: 22e9,
            activeRounding: 0.5 / 22,
            citation: "Qwen/Qwen3-235B-A22B model card: '235B in total and 22B activated'"),
        .init(
            fixture: "deepseek-v2", total: 236e9, active: 21e9, activeRounding: 0.5 / 21,
            convention: .withoutInputEmbedding,
            citation: "DeepSeek-AI 2024, DeepSeek-V2, arXiv:2405.04434, abstract: 236B total, 21B activated"),
        .init(
            fixture: "deepseek-v3", total: 671e9, active: 37e9, activeRounding: 0.5 / 37,
            convention: .withoutInputEmbedding,
            citation: "DeepSeek-AI 2024, DeepSeek-V3 Technical Report, arXiv:2412.19437, abstract: 671B, 37B"),
        .init(
            fixture: "gpt-oss-120b", total: 116.83e9, active: 5.13e9,
            activeRounding: 0.005 / 5.13, convention: .withoutInputEmbedding,
            citation: "OpenAI 2025, gpt-oss-120b & gpt-oss-20b model card, Table 1: 116.83B total, 5.13B active"),
        .init(
            fixture: "gpt-oss-20b", total: 20.91e9, active: 3.61e9,
            activeRounding: 0.005 / 3.61, convention: .withoutInputEmbedding,
            citation: "OpenAI 2025, gpt-oss model card, Table 1: 20.91B total, 3.61B active"),
        .init(
            fixture: "llama-4-maverick", total: 400e9, active: 17e9,
            activeRounding: 0.5 / 17,
            citation: "Meta AI, 'The Llama 4 herd', 2025-04-05: Maverick 17B active, 400B total"),
        .init(
            fixture: "dbrx", total: 132e9, active: 36e9, activeRounding: 0.5 / 36,
            citation: "Databricks, 'Introducing DBRX', 2024-03-27: 132B total, 36B active on any input"),
        .init(
            fixture: "gemma-3-27b", total: 27.016e9,
            citation: "Gemma Team 2025, Gemma 3 Technical Report, arXiv:2503.19786, Table 1: 27B has 1,416M "
                + "embedding + 25,600M non-embedding parameters (the 417M vision encoder is not in the text model)"),
    ]

    func relativeError(_ a: Double, _ b: Double) -> Double { abs(a - b) / b }

    @Test(arguments: published)
    func derivedTotalsMatchThePublishedOnes(_ p: Published) throws {
        let r = try Self.read(p.fixture)
        #expect(
            relativeError(r.count.total, p.total) < 0.01,
            "\(p.fixture): derived \(r.count.total / 1e9)B vs published \(p.total / 1e9)B (\(p.citation))")
        #expect(r.spec.totalParameters.value == r.count.total)
        guard let active = p.active else {
            #expect(r.count.active == r.count.total, "\(p.fixture) is dense")
            return
        }
        let derived = p.convention == .bothEmbeddings ? r.count.active : r.count.active - r.count.inputEmbedding
        let activeTolerance = max(0.01, p.activeRounding)
        #expect(
            relativeError(derived, active) < activeTolerance,
            "\(p.fixture): derived active \(derived / 1e9)B vs published \(active / 1e9)B (\(p.citation))")
    }

    /// Kimi K2 publishes only rounded figures, "1T" total and "32B" activated (moonshotai/Kimi-K2 model card;
    /// Kimi Team 2025, arXiv:2507.20534, abstract). The shape gives 1.026T: 3% covers the rounding of a figure
    /// printed to one significant digit while still catching a wrong expert count (±1 expert per layer moves the
    /// total by 0.26%, a wrong hidden size or layer count by far more than 3%). Active: 32 ± 0.5 B.
    @Test func kimiK2IsTheTrillionParameterDeepSeekShape() throws {
        let r = try Self.read("kimi-k2")
        #expect(r.architecture == "DeepseekV3ForCausalLM")
        #expect(relativeError(r.count.total, 1e12) < 0.03, "\(r.count.total / 1e9)B")
        #expect(relativeError(r.count.active - r.count.inputEmbedding, 32e9) < 0.5 / 32)
        #expect(r.spec.moe?.routedExperts == 384 && r.spec.moe?.leadingDenseLayers == 1)
    }

    /// Qwen3-8B's card also gives 6.95B non-embedding parameters: both embedding matrices are 1.24B.
    @Test func qwen3NonEmbeddingCount() throws {
        let c = try Self.read("qwen3-8b").count
        #expect(relativeError(c.total - c.inputEmbedding - c.outputHead, 6.95e9) < 0.005 / 6.95 + 1e-3)
    }

    /// Gemma 3 Table 1 splits the 27B into 1,416M embedding and 25,600M non-embedding parameters.
    @Test func gemma3NonEmbeddingCount() throws {
        let r = try Self.read("gemma-3-27b")
        #expect(relativeError(r.count.total - r.count.inputEmbedding, 25_600e6) < 0.0005 / 25.6 + 1e-4)
        #expect(r.spec.tiedEmbeddings == true && r.spec.headDim == 128)
        #expect(r.assumed.contains { $0.key == "text_config.vocab_size" && $0.value == "262208" })
        #expect(r.ignored.contains("vision_config"), "the vision tower is listed as not counted")
        #expect(r.spec.slidingWindow == SlidingWindowAttention(window: 1024, localPerGlobal: 5))
    }

    @Test func deepSeekV3Shape() throws {
        let r = try Self.read("deepseek-v3")
        let moe = try #require(r.spec.moe)
        #expect(moe.routedExperts == 256 && moe.expertsPerToken == 8 && moe.sharedExperts == 1)
        #expect(moe.leadingDenseLayers == 3 && moe.denseFFNSize == 18432 && moe.expertFFNSize == 2048)
        #expect(
            r.spec.latentAttention
                == LatentAttention(
                    queryRank: 1536, keyValueRank: 512, ropeHeadDim: 64,
                    noRopeHeadDim: 128, valueHeadDim: 128))
        #expect(r.spec.multiTokenPredictionModules == 1)
        #expect(r.spec.contextLength == 4096, "pre-training context from rope_scaling.original_max_position_embeddings")
        #expect(r.spec.experts == 256 && r.spec.activeExperts == 8)
        #expect(r.ignored.contains("quantization_config"))
    }

    @Test func llama4MaverickInterleavesMoELayers() throws {
        let r = try Self.read("llama-4-maverick")
        let moe = try #require(r.spec.moe)
        #expect(moe.layerStride == 2 && moe.leadingDenseLayers == 1 && moe.moeLayers(of: 48) == 24)
        #expect(moe.sharedExperts == 1 && moe.denseFFNSize == 16384)
        #expect(r.read.contains { $0.key == "text_config.hidden_size" && $0.value == "5120" })
    }

    @Test func gptOssAlternatesBandedAndFullAttention() throws {
        let r = try Self.read("gpt-oss-120b")
        #expect(r.spec.slidingWindow == SlidingWindowAttention(window: 128, localPerGlobal: 1))
        #expect(r.spec.headDim == 64 && r.spec.kvHeads == 8)
    }

    @Test func accountCoversEveryKey() throws {
        let r = try Self.read("llama-3.1-8b")
        #expect(r.spec.contextLength == 8192)
        #expect(r.ignored.contains("rope_theta") && r.ignored.contains("torch_dtype"))
        #expect(!r.ignored.contains("hidden_size"))
        #expect(r.read.contains { $0.key == "rope_scaling.original_max_position_embeddings" })
        #expect(r.spec.id == "llama-3.1-8b")
    }

    // MARK: - Refusals

    /// A config with `overrides` applied to Llama 3.1 8B's, as text.
    static func llama(_ overrides: [String: String]) throws -> String {
        var object =
            try JSONSerialization.jsonObject(
                with: Data(
                    contentsOf:
                        fixtures
                        .appendingPathComponent("llama-3.1-8b.json"))) as! [String: Any]
        for key in overrides.keys { object.removeValue(forKey: key) }
        var text = String(data: try JSONSerialization.data(withJSONObject: object), encoding: .utf8)!
        text.removeLast()
        for (k, v) in overrides.sorted(by: { $0.key < $1.key }) where v != "<absent>" { text += ",\"\(k)\":\(v)" }
        return text + "}"
    }

    func refusal(_ text: String) -> InputError? {
        do {
            _ = try ModelConfigReader.read(data: Data(text.utf8), file: "bad/config.json")
            return nil
        } catch let e as InputError {
            return e
        } catch {
            return InputError(field: "not an InputError", value: "\(error)", allowed: "")
        }
    }

    @Test(arguments: [
        ("hidden_size", "-4096"), ("hidden_size", "0"), ("num_hidden_layers", "0"), ("hidden_size", "4096.5"),
        ("hidden_size", "\"4096\""), ("hidden_size", "true"), ("hidden_size", "1e30"),
        ("hidden_size", "9223372036854775807"), ("vocab_size", "99999999999999999999"),
        ("num_key_value_heads", "64"), ("num_key_value_heads", "5"), ("num_attention_heads", "24"),
        ("intermediate_size", "<absent>"), ("num_hidden_layers", "null"), ("tie_word_embeddings", "\"no\""),
    ])
    func badSizesAreRefusedWithFileKeyAndReason(key: String, value: String) throws {
        let e = try #require(refusal(try Self.llama([key: value])), "\(key) = \(value) was accepted")
        #expect(e.field == key, "\(e)")
        #expect(e.description.contains("bad/config.json"), "\(e)")
        #expect(!e.allowed.isEmpty)
    }

    @Test func unknownArchitectureListsTheKnownOnes() throws {
        let e = try #require(refusal(try Self.llama(["architectures": "[\"MambaForCausalLM\"]"])))
        #expect(e.field == "architectures" && e.value.contains("MambaForCausalLM"))
        for known in [
            "LlamaForCausalLM", "DeepseekV3ForCausalLM", "GptOssForCausalLM", "Llama4ForConditionalGeneration",
        ] {
            #expect(e.allowed.contains(known))
        }
        #expect(refusal(try Self.llama(["architectures": "<absent>"]))?.field == "architectures")
    }

    @Test(arguments: ["{\"architectures\": [\"LlamaForCausalLM\"", "[1, 2]", "", "null", "{\"a\": 1e999}"])
    func malformedJSONIsRefused(text: String) throws {
        let e = try #require(refusal(text))
        #expect(e.field == "model_config" || e.field == "architectures", "\(e)")
        #expect(e.description.contains("bad/config.json"))
    }

    @Test func moeInconsistenciesAreRefused() throws {
        let mixtral = try String(contentsOfFile: Self.path("mixtral-8x7b"), encoding: .utf8)
        let tooMany = mixtral.replacingOccurrences(of: "\"num_experts_per_tok\": 2", with: "\"num_experts_per_tok\": 9")
        #expect(refusal(tooMany)?.field == "num_experts_per_tok")
        let qwen = try String(contentsOfFile: Self.path("qwen3-235b-a22b"), encoding: .utf8)
        let scattered = qwen.replacingOccurrences(of: "\"mlp_only_layers\": []", with: "\"mlp_only_layers\": [3, 7]")
        #expect(refusal(scattered)?.field == "mlp_only_layers")
        let outOfRange = qwen.replacingOccurrences(of: "\"mlp_only_layers\": []", with: "\"mlp_only_layers\": [94]")
        #expect(refusal(outOfRange)?.field == "mlp_only_layers")
        let gemma = try String(contentsOfFile: Self.path("gemma-3-27b"), encoding: .utf8)
        let flat = gemma.replacingOccurrences(of: "\"text_config\"", with: "\"txt_config\"")
        #expect(refusal(flat)?.field == "text_config")
        let maverick = try String(contentsOfFile: Self.path("llama-4-maverick"), encoding: .utf8)
        let nestedBad = maverick.replacingOccurrences(of: "\"hidden_size\": 5120", with: "\"hidden_size\": -1")
        #expect(refusal(nestedBad)?.field == "text_config.hidden_size")
    }

    @Test func missingFilesAndFoldersAreRefused() {
        for path in ["/nonexistent/config.json", Self.fixtures.path] {
            #expect { try ModelConfigReader.read(path: path) } throws: { e in
                (e as? InputError)?.field == "model_config"
            }
        }
    }

    @Test func defaultIDsComeFromTheFileName() {
        #expect(ModelConfigReader.defaultID("x/Qwen3_8B.json") == "qwen3-8b")
        #expect(ModelConfigReader.defaultID("models/llama-3/config.json") == "llama-3")
        #expect(ModelConfigReader.defaultID("config.json") == "config")
    }
}

import Testing
import ReckonCatalog
import ReckonCore
import ReckonUnits

struct TransformerShapeTests {
    @Test("Megatron 1T shape has 1,008B parameters (megatron_scaling.csv, last Narayanan row: params_billion 1008.0)")
    func megatron1T() {
        let shape = TransformerShape(layers: 128, hidden: 25_600, heads: 160, vocabulary: 51_200, sequenceLength: 2048)
        // 0.1%: the table rounds to 4 significant figures.
        #expect(abs(shape.parameters / 1008e9 - 1) < 0.001)
    }

    @Test("a model spec with a gated MLP is recognised from its parameter count")
    func gatedFromSpec() throws {
        // LLaMA-7B (Touvron et al. 2023 Table 2; training_runs.csv: 6.7e9): 32 layers, h 4096, f 11008, V 32000.
        let spec = ModelSpec(
            id: "llama-7b-test", name: "LLaMA 7B", layers: 32, hiddenSize: 4096, heads: 32,
            ffnSize: 11_008, vocabulary: 32_000, contextLength: 2048,
            totalParameters: Parameters(6.7e9), source: "test", asOf: "2023")
        let shape = try TransformerShape(model: spec)
        #expect(shape.ffnMatrices == 3)
        // 3·h·f + 4h² per layer ≈ 6.5e9 + embeddings 0.13e9 (one tied copy counted); 3% covers the untied output.
        #expect(abs(shape.parameters / 6.7e9 - 1) < 0.03)
    }

    @Test("a spec without a shape is rejected naming the missing flag")
    func missingShape() {
        let spec = ModelSpec(id: "x", name: "X", totalParameters: Parameters(1e9), source: "test", asOf: "2024")
        #expect(throws: InputError.self) { try TransformerShape(model: spec) }
    }
}

/// The plan model's shapes of the catalog's mixtures of experts, counted from their published architectures, against
/// the developers' published totals. Each `source` is the catalog entry's citation.
struct MoEShapeCountTests {
    /// (catalog ID, published total, published active, digits of the published active figure, whether the developer
    /// leaves the input embedding out of its active count, source).
    static let published: [(String, Double, Double, Double, Bool, String)] = [
        ("deepseek-v3", 671e9, 37e9, 1e9, true, "DeepSeek-V3 Technical Report, arXiv:2412.19437, abstract"),
        ("mixtral-8x7b", 46.7e9, 12.9e9, 0.1e9, false, "Mistral AI, Mixtral of experts announcement (Dec 2023)"),
        ("qwen3-235b-a22b", 235e9, 22e9, 1e9, false, "Qwen/Qwen3-235B-A22B model card"),
        ("llama-4-maverick", 400e9, 17e9, 1e9, false, "Meta AI, 'The Llama 4 herd' (2025-04-05)"),
        ("gpt-oss-120b", 116.83e9, 5.13e9, 0.01e9, true, "OpenAI gpt-oss model card, Table 1"),
        ("dbrx", 132e9, 36e9, 1e9, false, "Hugging Face transformers documentation, DBRX"),
    ]

    @Test(
        "total parameters within 1% of the published totals; active within 1% or the published rounding",
        arguments: published.map(\.0))
    func publishedTotals(id: String) throws {
        let row = try #require(Self.published.first { $0.0 == id })
        let model = try #require(Catalog.builtin.models.first { $0.id == id })
        // Maverick's pre-training context is unpublished; sequence length does not enter a rotary model's count.
        let shape = try TransformerShape(model: model, sequenceLength: model.contextLength ?? 4096)
        let total = shape.parameters
        let publishedTotal = row.1
        #expect(abs(total / publishedTotal - 1) < 0.01, "\(id): \(total / 1e9)B vs \(publishedTotal / 1e9)B (\(row.5))")
        // A published "37B" is a figure rounded to whole billions: ±0.5B, 1.4%, is all it says; the test holds
        // the count to the larger of 1% and half a unit of the last published digit.
        let active = shape.activeParameters - (row.4 ? shape.embeddingParameters : 0)
        let tolerance = max(0.01 * row.2, row.3 / 2)
        #expect(abs(active - row.2) <= tolerance, "\(id): \(active / 1e9)B active vs \(row.2 / 1e9)B (\(row.5))")
    }

    @Test("the plan model counts every catalog model with a published architecture as ModelParameterCount does")
    func sameCountingAsTheCatalog() throws {
        let counted = Catalog.builtin.models.filter { $0.gatedFFN != nil && $0.tiedEmbeddings != nil }
        #expect(counted.count >= 20)
        for m in counted {
            let shape = try TransformerShape(model: m, sequenceLength: m.contextLength ?? 4096)
            let count = try ModelParameterCount(model: m)
            // 0.1%: the catalog count has the final norm, query/key norms and any biases; the plan shape does not.
            #expect(abs(shape.parameters / count.total - 1) < 1e-3, "\(m.id): \(shape.parameters) vs \(count.total)")
            #expect(abs(shape.activeParameters / count.active - 1) < 1e-3, "\(m.id) active")
        }
    }

    @Test("DeepSeek-V3's shape: 3 dense layers then 58 MoE layers, latent attention, 1 shared expert, 4-node routing")
    func deepSeekShape() throws {
        let shape = try TransformerShape(model: try Catalog.builtin.model("deepseek-v3"))
        #expect(shape.denseLayers == 3 && shape.moeLayers == 58 && shape.moeLayers(before: 4) == 1)
        #expect(shape.latentAttention?.keyValueRank == 512 && shape.queryKeyHeadDim == 192 && shape.valueHeadDim == 128)
        #expect(shape.sharedExperts == 1 && shape.denseFFNWidth == 18432 && shape.routedDomainLimit == 4)
        #expect(!shape.tiedEmbeddings && !shape.learnedPositions)
        // Llama 4 Maverick alternates: layers 1, 3, 5, … of 48 are MoE.
        let maverick = try TransformerShape(model: try Catalog.builtin.model("llama-4-maverick"), sequenceLength: 8192)
        #expect(maverick.moeLayers == 24 && maverick.moeLayers(before: 2) == 1 && maverick.moeLayers(before: 3) == 1)
    }
}

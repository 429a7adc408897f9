import Testing
import ReckonCore
import ReckonUnits
@testable import ReckonCatalog

/// The model entries: agreement with the ground truth, internal consistency, and parameter counts
/// recomputed from each shape.
@Suite struct BuiltinModelsTests {
    let models = Catalog.builtin.models

    func model(_ id: String) throws -> ModelSpec { try Catalog.builtin.model(id) }
    func relativeError(_ a: Double, _ b: Double) -> Double { abs(a - b) / abs(b) }

    @Test func totalIsAtLeastActiveAndExpertsAreConsistent() {
        for m in models {
            #expect(m.totalParameters.value >= m.activeParameters.value, "\(m.id): active > total")
            #expect(m.activeParameters.value > 0)
            #expect(m.experts >= m.activeExperts && m.activeExperts >= 1, "\(m.id): experts")
            #expect(m.isMixtureOfExperts == (m.experts > 1), "\(m.id): MoE flag and expert count disagree")
            if let tokens = m.trainingTokens { #expect(tokens.value > 0) }
            if let heads = m.heads, let kv = m.kvHeads {
                #expect(kv >= 1 && kv <= heads && heads % kv == 0, "\(m.id): \(heads) heads, \(kv) KV heads")
            }
            if let heads = m.heads, let d = m.hiddenSize { #expect(d % heads == 0, "\(m.id): d % heads") }
            #expect(m.isEstimate == (m.id == "gpt-4-estimate"), "\(m.id): only the GPT-4 entry is an estimate")
        }
    }

    @Test func deepSeekV3IsTheMixtureTheBriefDescribes() throws {
        let ds = try model("deepseek-v3")
        #expect(ds.totalParameters.value == 671e9 && ds.activeParameters.value == 37e9)
        #expect(ds.experts == 256 && ds.activeExperts == 8)
    }

    /// Size and tokens per shared/ground-truth/training_runs.csv (`total_params`, `training_tokens`, and
    /// `layers`/`hidden_size`/`heads` where the row has them), one row each. Exact transcriptions.
    @Test(arguments: [
        ("gpt-3", 175e9, 300e9, 96, 12288, 96), ("gopher", 280e9, 300e9, 80, 16384, 128),
        ("llama-7b", 6.7e9, 1.0e12, 32, 4096, 32), ("llama-13b", 13.0e9, 1.0e12, 40, 5120, 40),
        ("llama-33b", 32.5e9, 1.4e12, 60, 6656, 52), ("llama-3.1-8b", 8e9, 15e12, 32, 4096, 32),
        ("llama-3.1-70b", 70e9, 15e12, 80, 8192, 64),
    ])
    func shapeMatchesTrainingRunsCSV(id: String, params: Double, tokens: Double, layers: Int, hidden: Int, heads: Int)
        throws
    {
        let m = try model(id)
        #expect(m.totalParameters.value == params)
        #expect(m.trainingTokens?.value == tokens)
        #expect(m.layers == layers && m.hiddenSize == hidden && m.heads == heads)
    }

    @Test(arguments: [("chinchilla", 70e9, 1.4e12), ("llama-2-70b", 70e9, 2.0e12), ("llama-2-13b", 13e9, 2.0e12)])
    func sizeMatchesTrainingRunsCSV(id: String, params: Double, tokens: Double) throws {
        let m = try model(id)
        #expect(m.totalParameters.value == params)
        #expect(m.trainingTokens?.value == tokens)
    }

    /// Dense multi-head models with a GELU/ReLU MLP of width 4d: parameters ≈ 12·L·d² (+ V·d embeddings).
    /// 15% tolerance because the approximation ignores biases, norms and position embeddings (< 1% here),
    /// published sizes are rounded (Megatron 1.7B is 1.65B by the paper's own Eq. 2: 3%), and Gopher and
    /// Chinchilla use Transformer-XL relative positions whose extra d×d key projection per layer adds L·d²
    /// (13·L·d² + V·d = 279.7B for Gopher): 12·L·d² falls 8% short for both. A wrong layer count or hidden
    /// size (the transcription errors this guards against) moves the result by far more than 15%. Entries whose
    /// MLP kind is recorded (gated ones) are counted exactly below instead.
    @Test func denseModelsMatchTwelveLDSquared() {
        for m in models where m.gatedFFN == nil && m.id != "palm" && !m.isMixtureOfExperts {
            guard let L = m.layers.map(Double.init), let d = m.hiddenSize.map(Double.init) else { continue }
            if let ffn = m.ffnSize {
                #expect(ffn == 4 * m.hiddenSize!, "\(m.id): not a 4d MLP, needs an exact formula")
            }
            let estimate = 12 * L * d * d + Double(m.vocabulary ?? 0) * d
            #expect(
                relativeError(estimate, m.totalParameters.value) < 0.15,
                "\(m.id): 12·L·d² + V·d = \(estimate / 1e9)B vs \(m.totalParameters.value / 1e9)B")
        }
    }

    /// Developers that count active parameters without the input embedding (see ModelParameterCount).
    static let activeWithoutInputEmbedding: Set<String> = [
        "deepseek-v3", "deepseek-v3.1", "deepseek-r1", "kimi-k2", "gpt-oss-20b", "gpt-oss-120b",
    ]

    /// Every entry whose architecture fields are set, recounted from its shape by ModelParameterCount against
    /// the developer's published figure. 3% tolerance: published sizes are rounded (Llama 2 70B's shape gives
    /// 68.98B against the paper's "70B", 1.5%; Kimi K2's "1T" is 1.026T, 2.6%) and Llama 4's totals include a
    /// vision encoder the text shape does not have (Scout 107.8B vs 109B, 1.1%). A wrong FFN width, KV-head
    /// count, expert count or vocabulary moves the count by more than 3% for every model here.
    @Test func shapesReproduceThePublishedSizes() throws {
        let counted = models.filter { $0.gatedFFN != nil && $0.tiedEmbeddings != nil }
        #expect(counted.count >= 20)
        for m in counted {
            let c = try ModelParameterCount(model: m)
            #expect(
                relativeError(c.total, m.totalParameters.value) < 0.03,
                "\(m.id): shape gives \(c.total / 1e9)B total vs \(m.totalParameters.value / 1e9)B")
            let active = Self.activeWithoutInputEmbedding.contains(m.id) ? c.active - c.inputEmbedding : c.active
            #expect(
                relativeError(active, m.activeParameters.value) < 0.03,
                "\(m.id): shape gives \(active / 1e9)B active vs \(m.activeParameters.value / 1e9)B")
        }
    }

    /// PaLM's head size (256) is not d/heads and the entry does not record it, so it is counted here by hand:
    /// SwiGLU, shared input/output embeddings, multi-query attention (PaLM Sec. 2). 3% as above.
    @Test func palmFromItsPaperShape() throws {
        let m = try model("palm")
        let L = Double(m.layers!)
        let d = Double(m.hiddenSize!)
        let h = Double(m.heads!)
        let kv = Double(m.kvHeads!)
        let dh = 256.0
        let attention = 2 * d * h * dh + 2 * d * kv * dh
        let total = L * (attention + 3 * d * Double(m.ffnSize!)) + Double(m.vocabulary!) * d
        #expect(relativeError(total, m.totalParameters.value) < 0.03, "\(total / 1e9)B")
    }

    /// DeepSeek-V3 from its configuration (arXiv:2412.19437 Sec. 4.2; inference/configs/config_671B.json):
    /// multi-head latent attention with query rank 1536, KV rank 512, per head 128 "nope" + 64 rotary query/key
    /// dims and 128 value dims; first 3 layers dense (d_ff 18432), the other 58 with 256 routed + 1 shared
    /// experts of 2048, 8 routed per token; untied embeddings. The MLA constants are not catalog fields, so they
    /// are written here. Hand arithmetic gives 671.0B total and 37.5B active; 3% tolerance as above (the
    /// report's "37B" is rounded: 1.5%).
    @Test func deepSeekV3CountFromItsConfiguration() throws {
        let m = try model("deepseek-v3")
        let d = Double(m.hiddenSize!)
        let h = Double(m.heads!)
        let L = Double(m.layers!)
        let V = Double(m.vocabulary!)
        let qRank = 1536.0
        let kvRank = 512.0
        let nope = 128.0
        let rope = 64.0
        let vDim = 128.0
        let attention =
            d * qRank + qRank * h * (nope + rope) + d * (kvRank + rope) + kvRank * h * (nope + vDim)
            + h * vDim * d
        let expert = 3 * d * Double(m.ffnSize!)
        let dense = 3.0
        let denseFFN = 18432.0
        let router = d * Double(m.experts)
        let common = L * attention + dense * 3 * d * denseFFN + 2 * V * d
        let total = common + (L - dense) * (Double(m.experts + 1) * expert + router)
        let active = common + (L - dense) * (Double(m.activeExperts + 1) * expert + router)
        #expect(relativeError(total, m.totalParameters.value) < 0.03, "total \(total / 1e9)B")
        #expect(relativeError(active, m.activeParameters.value) < 0.03, "active \(active / 1e9)B")
    }

    /// Megatron-LM benchmark shapes against Narayanan et al. 2021 Eq. 2, the formula the paper used for its
    /// Table 1 sizes: P = 12·l·h²·(1 + 13/(12h) + (V + s)/(12·l·h)), V = 51200, s = 2048. Table 1 prints billions
    /// to one decimal, so the tolerance is half a unit of that rounding (0.05B) plus 0.1% for float noise.
    /// Layers, hidden and parameters as in shared/ground-truth/megatron_scaling.csv.
    @Test func megatronShapesReproduceTheirTableSizes() {
        let megatron = models.filter { $0.id.hasPrefix("megatron-") }
        #expect(megatron.count == 10)
        for m in megatron {
            let l = Double(m.layers!)
            let h = Double(m.hiddenSize!)
            let V = Double(m.vocabulary!)
            let s = Double(m.contextLength!)
            let p = 12 * l * h * h * (1 + 13 / (12 * h) + (V + s) / (12 * l * h))
            #expect(
                abs(p - m.totalParameters.value) <= 0.05e9 + 1e-3 * m.totalParameters.value,
                "\(m.id): Eq. 2 gives \(p / 1e9)B vs table \(m.totalParameters.value / 1e9)B")
            #expect(V == 51200 && s == 2048)
            #expect(m.trainingTokens == nil, "benchmark runs were not trained to convergence")
        }
    }

    /// Heads per Narayanan et al. 2021 Table 1 (24, 32, 32, 48, 64, 80, 96, 128, 128, 160).
    @Test func megatronHeads() throws {
        let expected = [
            ("1.7b", 24), ("3.6b", 32), ("7.5b", 32), ("18b", 48), ("39b", 64), ("76b", 80),
            ("145b", 96), ("310b", 128), ("530b", 128), ("1t", 160),
        ]
        for (suffix, heads) in expected { #expect(try model("megatron-\(suffix)").heads == heads) }
    }
}

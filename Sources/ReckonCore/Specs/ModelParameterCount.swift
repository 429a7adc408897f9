/// Parameters of a decoder-only transformer counted from its shape, by part, with the total and the
/// parameters one token passes through.
///
/// ```
/// d_h    = head_dim, or d / h                                   (elements per attention head)
/// attn   = d·h·d_h + 2·d·kv·d_h + h·d_h·d                        (Q, K, V, O; grouped-query attention)
/// attn   = d·r_q + r_q + r_q·h·(d_n + d_r)                       (queries, compressed when r_q is given,
///        + d·(r_kv + d_r) + r_kv + r_kv·h·(d_n + d_v) + h·d_v·d   otherwise d·h·(d_n + d_r); latent attention)
/// mlp(f) = 3·d·f  (gated: SwiGLU/GeGLU)   or   2·d·f  (plain)
/// layer  = attn + mlp(f_dense)                                    (dense layer)
///        = attn + E·mlp(f_e) + S·mlp(f_s) + d·E                   (MoE layer: routed, shared experts, router)
/// total  = L·attn + L_dense·mlp(f_dense) + L_moe·(E·mlp(f_e) + S·mlp(f_s) + d·E)
///        + V·d (input embedding) + V·d (output head, unless tied) + norms + biases
/// active = total − L_moe·(E − k)·mlp(f_e)
/// ```
/// - `d` hidden size, `h` attention heads, `kv` key/value heads, `L` layers, `V` vocabulary (all counts).
/// - Latent attention (``LatentAttention``): `r_q` query rank, `r_kv` key/value rank, `d_n`/`d_r` per-head
///   non-RoPE/RoPE query-key dimensions, `d_v` per-head value dimension.
/// - MoE (``MoEShape``): `E` routed experts of inner size `f_e`, `k` routed per token, `S` shared experts of
///   size `f_s`; `L_moe` from ``MoEShape/moeLayers(of:)``, the other `L_dense` layers use `f_dense`.
/// - Norms: `n·d` per layer (n = 2 for pre-norm Llama-style blocks, 4 for Gemma 2–3) plus a final `d`; query/key
///   norms add `2·d_h` per layer. Biases are counted where ``ParameterCountDetails`` says the model has them.
///
/// Assumptions: rotary or no position embeddings (no learned position table); every MLP of a model is of the
/// same kind (gated or plain); multi-token-prediction modules are not counted. Active parameters count both
/// embedding matrices, the convention of Mistral (Mixtral 12.9B), Meta (Llama 4 17B), Qwen and Databricks;
/// DeepSeek (V3 37B), Moonshot (Kimi K2 32B) and OpenAI (GPT-OSS 5.13B) leave out the input embedding, a
/// lookup that costs no FLOP, which ``inputEmbedding`` lets a caller subtract.
///
/// Sources: Vaswani et al. 2017 (block structure); Shazeer 2020, GLU Variants Improve Transformer (gated MLP);
/// Ainslie et al. 2023, GQA; DeepSeek-AI 2024, DeepSeek-V2, arXiv:2405.04434, Sec. 2.1 (latent attention)
/// and Sec. 2.2 (shared and routed experts).
public struct ModelParameterCount: Sendable, Hashable {
    /// Input embedding `V·d`.
    public var inputEmbedding: Double
    /// Output projection `V·d`; 0 when tied to the input embedding.
    public var outputHead: Double
    /// Attention projections (and their biases and query/key norms) of every layer.
    public var attention: Double
    /// MLPs of the dense layers.
    public var denseFFN: Double
    /// Every routed expert of every MoE layer.
    public var routedExperts: Double
    /// The routed experts a token passes through: `L_moe·k·mlp(f_e)`.
    public var activeRoutedExperts: Double
    /// Shared (always active) experts of every MoE layer.
    public var sharedExperts: Double
    /// Router (gate) matrices and biases.
    public var routers: Double
    /// Normalization weights.
    public var norms: Double

    /// All parameters.
    public var total: Double {
        inputEmbedding + outputHead + attention + denseFFN + routedExperts + sharedExperts + routers + norms
    }

    /// Parameters one token passes through (both embedding matrices counted).
    public var active: Double { total - routedExperts + activeRoutedExperts }
}

/// Small terms a ``ModelSpec`` does not carry but a parameter count can include (biases, extra norms).
/// Each is below 0.1% of any published model's size; the config reader fills them from the file.
public struct ParameterCountDetails: Sendable, Hashable {
    /// Biases on the query, key and value projections (Qwen2, GPT-OSS).
    public var qkvBias: Bool
    /// Bias on the attention output projection (GPT-OSS).
    public var outputBias: Bool
    /// Biases in every MLP and expert (GPT-OSS experts).
    public var mlpBias: Bool
    /// A bias per routed expert in the router (GPT-OSS; DeepSeek-V3's correction bias).
    public var routerBias: Bool
    /// Norm weight vectors of size `d` per layer: 2 (Llama-style pre-norm), 4 (Gemma 2–3 pre and post norms).
    public var normsPerLayer: Int
    /// RMS norms on queries and keys, `2·d_h` per layer (Qwen3, Gemma 3).
    public var queryKeyNorm: Bool
    /// A `d → 1` gate on the shared expert (Qwen2-MoE).
    public var sharedExpertGate: Bool

    public init(
        qkvBias: Bool = false, outputBias: Bool = false, mlpBias: Bool = false, routerBias: Bool = false,
        normsPerLayer: Int = 2, queryKeyNorm: Bool = false, sharedExpertGate: Bool = false
    ) {
        self.qkvBias = qkvBias
        self.outputBias = outputBias
        self.mlpBias = mlpBias
        self.routerBias = routerBias
        self.normsPerLayer = normsPerLayer
        self.queryKeyNorm = queryKeyNorm
        self.sharedExpertGate = sharedExpertGate
    }
}

extension ModelParameterCount {
    /// Counts the parameters of `model` from its shape (formulas in the type's documentation).
    ///
    /// Needs `layers`, `hiddenSize`, `heads`, `ffnSize` (or every size its MoE shape names), `vocabulary`,
    /// `gatedFFN` and `tiedEmbeddings`; `kvHeads` defaults to `heads`. Throws an ``InputError`` naming the first
    /// missing or inconsistent field (heads not dividing the hidden size without a `headDim`, KV heads above
    /// heads or not dividing them, more routed experts per token than experts, a zero size).
    public init(model: ModelSpec, details: ParameterCountDetails = ParameterCountDetails()) throws {
        let shape = try CountedShape(model)
        let d = Double(shape.hidden)
        let attentionPerLayer = Self.attention(shape, details: details)
        let normsPerLayer = Double(details.normsPerLayer) * d
        var denseLayers = shape.layers
        var moeLayers = 0
        if let moe = model.moe {
            moeLayers = moe.moeLayers(of: shape.layers)
            denseLayers = shape.layers - moeLayers
        }
        let denseFFN = Self.mlp(d, Double(shape.denseFFN ?? 0), gated: shape.gated, bias: details.mlpBias)
        inputEmbedding = Double(shape.vocabulary) * d
        outputHead = shape.tied ? 0 : Double(shape.vocabulary) * d
        attention = Double(shape.layers) * attentionPerLayer
        self.denseFFN = Double(denseLayers) * denseFFN
        norms = Double(shape.layers) * normsPerLayer + d
        routedExperts = 0
        activeRoutedExperts = 0
        sharedExperts = 0
        routers = 0
        if let moe = model.moe, moeLayers > 0 {
            let expert = Self.mlp(d, Double(shape.expertFFN), gated: shape.gated, bias: details.mlpBias)
            let shared = Self.mlp(d, Double(shape.sharedFFN), gated: shape.gated, bias: details.mlpBias)
            let L = Double(moeLayers)
            let E = Double(moe.routedExperts)
            routedExperts = L * E * expert
            activeRoutedExperts = L * Double(moe.expertsPerToken) * expert
            sharedExperts = L * Double(moe.sharedExperts) * shared
            let routerPerLayer = d * E + (details.routerBias ? E : 0) + (details.sharedExpertGate ? d : 0)
            routers = L * routerPerLayer
        }
    }

    /// Attention parameters of one layer, with biases and query/key norms.
    static func attention(_ s: CountedShape, details: ParameterCountDetails) -> Double {
        let d = Double(s.hidden)
        let h = Double(s.heads)
        if let mla = s.latent {
            let qHead = Double(mla.noRopeHeadDim + mla.ropeHeadDim)
            var queries = d * h * qHead
            if let r = mla.queryRank.map(Double.init) { queries = d * r + r + r * h * qHead }
            let kvRank = Double(mla.keyValueRank)
            let keysValues =
                d * (kvRank + Double(mla.ropeHeadDim)) + kvRank
                + kvRank * h * Double(mla.noRopeHeadDim + mla.valueHeadDim)
            let output = h * Double(mla.valueHeadDim) * d + (details.outputBias ? d : 0)
            return queries + keysValues + output
        }
        let dh = Double(s.headDim)
        let kv = Double(s.kvHeads)
        var total = 2 * d * h * dh + 2 * d * kv * dh
        if details.qkvBias { total += h * dh + 2 * kv * dh }
        if details.outputBias { total += d }
        if details.queryKeyNorm { total += 2 * dh }
        return total
    }

    /// One MLP (or expert) of inner size `f`: `3·d·f` gated, `2·d·f` plain, plus biases.
    static func mlp(_ d: Double, _ f: Double, gated: Bool, bias: Bool) -> Double {
        let weights = (gated ? 3 : 2) * d * f
        guard bias else { return weights }
        return weights + (gated ? 2 * f : f) + d
    }
}

/// The fields of a ``ModelSpec`` a parameter count needs, checked once.
struct CountedShape {
    let layers: Int
    let hidden: Int
    let heads: Int
    let kvHeads: Int
    let headDim: Int
    let denseFFN: Int?
    let expertFFN: Int
    let sharedFFN: Int
    let vocabulary: Int
    let gated: Bool
    let tied: Bool
    let latent: LatentAttention?

    init(_ m: ModelSpec) throws {
        func need(_ value: Int?, _ field: String) throws -> Int {
            guard let value else {
                throw InputError(
                    field: field, value: "missing", allowed: "a whole number ≥ 1",
                    hint: "needed to count \(m.id)'s parameters from its shape")
            }
            guard value >= 1 else {
                throw InputError(field: field, value: "\(value)", allowed: "a whole number ≥ 1", hint: m.id)
            }
            return value
        }
        layers = try need(m.layers, "layers")
        hidden = try need(m.hiddenSize, "hidden")
        heads = try need(m.heads, "heads")
        kvHeads = try need(m.kvHeads ?? m.heads, "kv_heads")
        vocabulary = try need(m.vocabulary, "vocab")
        guard let gated = m.gatedFFN else {
            throw InputError(
                field: "gated_ffn", value: "missing", allowed: "true (SwiGLU/GeGLU) or false",
                hint: "needed to count \(m.id)'s parameters from its shape")
        }
        guard let tied = m.tiedEmbeddings else {
            throw InputError(
                field: "tied_embeddings", value: "missing", allowed: "true or false",
                hint: "needed to count \(m.id)'s parameters from its shape")
        }
        self.gated = gated
        self.tied = tied
        latent = m.latentAttention
        if let dh = m.headDim {
            headDim = try need(dh, "head_dim")
        } else {
            guard hidden % heads == 0 else {
                throw InputError(
                    field: "heads", value: "\(heads)", allowed: "a divisor of the hidden size \(hidden)",
                    hint: "or give head_dim")
            }
            headDim = hidden / heads
        }
        guard kvHeads <= heads, heads % kvHeads == 0 else {
            throw InputError(
                field: "kv_heads", value: "\(kvHeads)", allowed: "a divisor of the heads (\(heads))",
                hint: m.id)
        }
        if let moe = m.moe {
            guard moe.routedExperts >= 1, moe.expertsPerToken >= 1, moe.expertsPerToken <= moe.routedExperts else {
                throw InputError(
                    field: "active_experts", value: "\(moe.expertsPerToken)",
                    allowed: "from 1 to the routed experts (\(moe.routedExperts))", hint: m.id)
            }
            guard moe.layerStride >= 1, moe.leadingDenseLayers >= 0, moe.sharedExperts >= 0 else {
                throw InputError(
                    field: "moe", value: "stride \(moe.layerStride)", allowed: "a stride ≥ 1",
                    hint: m.id)
            }
            let expert = try need(moe.expertFFNSize ?? m.ffnSize, "expert_ffn")
            expertFFN = expert
            sharedFFN = try need(moe.sharedExpertFFNSize ?? expert, "shared_expert_ffn")
            let denseCount = layers - moe.moeLayers(of: layers)
            denseFFN = denseCount > 0 ? try need(moe.denseFFNSize ?? m.ffnSize, "dense_ffn") : nil
        } else {
            let f = try need(m.ffnSize, "ffn")
            denseFFN = f
            expertFFN = f
            sharedFFN = f
        }
    }
}

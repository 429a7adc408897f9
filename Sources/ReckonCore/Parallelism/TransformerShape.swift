/// The dimensions of a decoder-only transformer that the memory and step-time models need.
///
/// Symbols used throughout `Parallelism/` (Korthikanti et al. 2022, arXiv:2205.05198, Table 1 notation):
/// `L` layers, `h` hidden size, `a` attention heads, `k` key/value heads, `d_h` per-head dimension, `f` feed-forward
/// size (of one routed expert in a mixture of experts), `V` vocabulary, `s` sequence length, `m` MLP matrices.
/// Mixtures of experts (``MoEShape`` notation): `E` routed experts per MoE layer, `E_a` routed per token, `S` shared
/// experts of size `f_s`, `L_d` leading dense layers of size `f_d`, every `r`-th layer after them an MoE layer.
/// Multi-head latent attention (``LatentAttention``): `r_q`, `r_kv` compression ranks, `d_n`, `d_r`, `d_v` per-head
/// non-RoPE, RoPE and value dimensions.
///
/// Parameter counts follow ``ModelParameterCount`` term by term (attention with GQA or MLA, gated or plain MLPs,
/// routed and shared experts, router, untied output head), so that the plan model and the catalog count the same
/// model: `TransformerShape(model:)` of a catalog entry is checked against it in `TransformerShapeTests`. Shapes
/// built field by field keep the GPT conventions of Narayanan et al. 2021 (tied embeddings, learned positions,
/// `13·h` biases and LayerNorm gains per layer), which their Table 1 sizes were computed with.
public struct TransformerShape: Sendable, Hashable {
    public var layers: Int
    public var hidden: Int
    public var heads: Int
    public var kvHeads: Int
    /// FFN inner size of a dense model's MLPs, or of one routed expert of a mixture of experts.
    public var ffn: Int
    public var vocabulary: Int
    public var sequenceLength: Int
    /// 2 for a plain MLP (up, down), 3 for a gated one (SwiGLU: gate, up, down).
    public var ffnMatrices: Int
    /// Routed experts per MoE layer `E` (1: a dense model).
    public var experts: Int
    /// Routed experts per token `E_a`.
    public var activeExperts: Int
    /// Per-head dimension `d_h` where it is not `h/a` (Qwen3, GPT-OSS, Gemma); nil means `h/a`.
    public var headDimension: Int?
    /// Multi-head latent attention (DeepSeek-V2/V3, Kimi K2); nil for multi-head or grouped-query attention.
    public var latentAttention: LatentAttention?
    /// Shared experts `S` of every MoE layer (always active).
    public var sharedExperts: Int
    /// Inner size `f_s` of one shared expert; nil means ``ffn``.
    public var sharedExpertFFN: Int?
    /// Leading dense layers `L_d` of a mixture of experts (DeepSeek-V3: 3).
    public var leadingDenseLayers: Int
    /// Every `r`-th layer after the leading dense ones is an MoE layer (1: all; 2: Llama 4 Maverick).
    public var moeLayerStride: Int
    /// Inner size `f_d` of the dense layers of a mixture of experts; nil means ``ffn``.
    public var denseFFN: Int?
    /// Capacity factor `C` of token-dropping training (each expert's buffer holds `C` times its fair share of
    /// tokens, padded); nil for dropless training.
    public var capacityFactor: Double?
    /// Node-limited routing: every token goes to experts on at most `M` scale-up domains (DeepSeek-V3: 4 nodes,
    /// arXiv:2412.19437 Sec. 2.1.2); nil when routing is unrestricted.
    public var routedDomainLimit: Int?
    /// Multi-token-prediction modules `D_mtp` trained with the model (DeepSeek-V3: 1): each is one more transformer
    /// layer (of the MoE kind when the model has experts), a `2h × h` projection and the shared output head, run on
    /// the last pipeline stage (arXiv:2412.19437 Sec. 2.2).
    public var multiTokenPrediction: Int
    /// Local (sliding-window) attention layers; nil when every layer attends to the whole sequence.
    public var slidingWindow: SlidingWindowAttention?
    /// True when the output projection shares the input embedding (counted once).
    public var tiedEmbeddings: Bool
    /// True for a learned position table of `s·h` (GPT); false for rotary or no position embeddings.
    public var learnedPositions: Bool
    /// Small parameters per layer in units of `h`: 13 for GPT's biases and two LayerNorms (Narayanan et al. 2021,
    /// Sec. 5.1), 2 for the two RMSNorm gains of Llama-style layers.
    public var smallParametersPerHidden: Double

    public init(
        layers: Int, hidden: Int, heads: Int, kvHeads: Int? = nil, ffn: Int? = nil, vocabulary: Int,
        sequenceLength: Int, ffnMatrices: Int = 2, experts: Int = 1, activeExperts: Int = 1
    ) {
        self.layers = layers
        self.hidden = hidden
        self.heads = heads
        self.kvHeads = kvHeads ?? heads
        self.ffn = ffn ?? 4 * hidden
        self.vocabulary = vocabulary
        self.sequenceLength = sequenceLength
        self.ffnMatrices = ffnMatrices
        self.experts = experts
        self.activeExperts = activeExperts
        headDimension = nil
        latentAttention = nil
        sharedExperts = 0
        sharedExpertFFN = nil
        leadingDenseLayers = 0
        moeLayerStride = 1
        denseFFN = nil
        capacityFactor = nil
        routedDomainLimit = nil
        multiTokenPrediction = 0
        slidingWindow = nil
        tiedEmbeddings = true
        learnedPositions = true
        smallParametersPerHidden = 13
    }

    /// Builds the shape of a catalog model; throws an ``InputError`` naming the first missing field.
    ///
    /// With ``ModelSpec/gatedFFN`` and ``ModelSpec/tiedEmbeddings`` published, the shape is the model's own (MoE and
    /// latent-attention details, untied head, rotary positions, RMSNorm gains), counted as ``ModelParameterCount``
    /// counts it. Without them the GPT conventions apply, and whether the MLP is gated is read off the published total:
    /// the count (2 or 3 matrices) closer to it is taken.
    public init(model: ModelSpec, sequenceLength: Int? = nil) throws {
        func need(_ value: Int?, _ field: String) throws -> Int {
            guard let value, value > 0 else {
                let flag = field.replacingOccurrences(of: "_", with: "-")
                throw InputError(
                    field: field, value: "missing", allowed: "a positive whole number",
                    hint: "model '\(model.id)' has no \(field); give it with --\(flag)")
            }
            return value
        }
        let l = try need(model.layers, "layers")
        let h = try need(model.hiddenSize, "hidden")
        let a = try need(model.heads, "heads")
        let v = try need(model.vocabulary, "vocab")
        let s = try need(sequenceLength ?? model.contextLength, "seq_len")
        let moe = model.moe
        let expertFFN = moe?.expertFFNSize ?? model.ffnSize ?? 4 * h
        self.init(
            layers: l, hidden: h, heads: a, kvHeads: model.kvHeads, ffn: expertFFN, vocabulary: v,
            sequenceLength: s, ffnMatrices: 2, experts: max(1, moe?.routedExperts ?? model.experts),
            activeExperts: max(1, moe?.expertsPerToken ?? model.activeExperts))
        headDimension = model.headDim
        latentAttention = model.latentAttention
        slidingWindow = model.slidingWindow
        multiTokenPrediction = model.multiTokenPredictionModules
        if let moe {
            sharedExperts = moe.sharedExperts
            sharedExpertFFN = moe.sharedExpertFFNSize
            leadingDenseLayers = moe.leadingDenseLayers
            moeLayerStride = moe.layerStride
            denseFFN = moe.denseFFNSize ?? model.ffnSize
            capacityFactor = moe.capacityFactor
            routedDomainLimit = moe.routedDomainLimit
        }
        if let gated = model.gatedFFN, let tied = model.tiedEmbeddings {
            ffnMatrices = gated ? 3 : 2
            tiedEmbeddings = tied
            learnedPositions = false
            smallParametersPerHidden = 2
            return
        }
        var gated = self
        gated.ffnMatrices = 3
        let published = model.totalParameters.value
        if let known = model.gatedFFN {
            ffnMatrices = known ? 3 : 2
        } else if abs(gated.parameters - published) < abs(parameters - published) {
            self = gated
        }
    }

    // MARK: Layer kinds

    /// True for a mixture of experts.
    @inlinable public var isMixtureOfExperts: Bool { experts > 1 }

    /// MoE layers: `L_m = ⌈(L − L_d)/r⌉` (0 for a dense model).
    @inlinable public var moeLayers: Int {
        guard experts > 1 else { return 0 }
        let rest = max(0, layers - leadingDenseLayers)
        return (rest + moeLayerStride - 1) / moeLayerStride
    }

    /// Dense layers `L − L_m`.
    @inlinable public var denseLayers: Int { layers - moeLayers }

    /// MoE layers among the first `n` layers (layer `i` is MoE when `i ≥ L_d` and `(i − L_d) mod r = 0`).
    @inlinable public func moeLayers(before n: Int) -> Int {
        guard experts > 1, n > leadingDenseLayers else { return 0 }
        return (min(n, layers) - leadingDenseLayers + moeLayerStride - 1) / moeLayerStride
    }

    // MARK: Attention dimensions

    /// `d_h`: per-head dimension of standard attention, ``headDimension`` or `h/a`.
    @inlinable public var headDim: Int { headDimension ?? hidden / max(1, heads) }

    /// Per-head query/key dimension `d_qk`: `d_h`, or `d_n + d_r` with latent attention.
    @inlinable public var queryKeyHeadDim: Int {
        latentAttention.map { $0.noRopeHeadDim + $0.ropeHeadDim } ?? headDim
    }

    /// Per-head value dimension `d_v`: `d_h`, or the latent attention's value dimension.
    @inlinable public var valueHeadDim: Int { latentAttention?.valueHeadDim ?? headDim }

    /// Attention weights of one layer.
    ///
    /// ```
    /// standard:  P_attn = h·a·d_h + 2·h·k·d_h + a·d_h·h                          (Q, K, V, O)
    /// latent:    P_attn = h·r_q + r_q + r_q·a·(d_n + d_r)                        (queries; h·a·(d_n+d_r) without r_q)
    ///                   + h·(r_kv + d_r) + r_kv + r_kv·a·(d_n + d_v) + a·d_v·h   (keys, values, output)
    /// ```
    /// With `d_h = h/a` the standard line is `2·h² + 2·h·(h·k/a)`. The rank terms `r_q`, `r_kv` are the
    /// compressed latents' norm gains (DeepSeek-AI 2024, arXiv:2405.04434, Sec. 2.1).
    @inlinable public var attentionParametersPerLayer: Double {
        let h = Double(hidden)
        let a = Double(heads)
        if let mla = latentAttention {
            let qk = Double(mla.noRopeHeadDim + mla.ropeHeadDim)
            let kvRank = Double(mla.keyValueRank)
            var queries = h * a * qk
            if let r = mla.queryRank.map(Double.init) { queries = h * r + r + r * a * qk }
            let keysValues =
                h * (kvRank + Double(mla.ropeHeadDim)) + kvRank
                + kvRank * a * Double(mla.noRopeHeadDim + mla.valueHeadDim)
            return queries + keysValues + a * Double(mla.valueHeadDim) * h
        }
        let dh = Double(headDim)
        return 2 * h * a * dh + 2 * h * Double(kvHeads) * dh
    }

    /// Weights of latent attention's down-projections that every tensor-parallel rank holds whole (Megatron-Core
    /// duplicates `linear_q_down_proj` and `linear_kv_down_proj`): `h·r_q + h·(r_kv + d_r) + r_q + r_kv`; 0 otherwise.
    @inlinable public var replicatedAttentionParametersPerLayer: Double {
        guard let mla = latentAttention else { return 0 }
        let h = Double(hidden)
        let r = Double(mla.queryRank ?? 0)
        let kv = Double(mla.keyValueRank)
        return h * r + r + h * (kv + Double(mla.ropeHeadDim)) + kv
    }

    // MARK: MLPs and experts

    /// MLP weights of one routed expert (the MLP of a dense model): `P_e = m·h·f`.
    @inlinable public var mlpParametersPerExpert: Double { Double(ffnMatrices) * Double(hidden) * Double(ffn) }

    /// `f_d`: inner size of the dense layers' MLP.
    @inlinable public var denseFFNWidth: Int { experts > 1 ? denseFFN ?? ffn : ffn }

    /// `f_s`: inner size of one shared expert.
    @inlinable public var sharedExpertFFNWidth: Int { sharedExpertFFN ?? ffn }

    /// MLP weights of a dense layer: `m·h·f_d`.
    @inlinable public var denseMLPParameters: Double { Double(ffnMatrices) * Double(hidden) * Double(denseFFNWidth) }

    /// Shared-expert weights of an MoE layer: `S·m·h·f_s`.
    @inlinable public var sharedExpertParameters: Double {
        Double(sharedExperts) * Double(ffnMatrices) * Double(hidden) * Double(sharedExpertFFNWidth)
    }

    /// Router weights of an MoE layer: `h·E`.
    @inlinable public var routerParameters: Double { experts > 1 ? Double(hidden) * Double(experts) : 0 }

    /// Norm gains (and, for GPT, biases) of one layer: `c·h`, c = ``smallParametersPerHidden``.
    @inlinable public var smallParametersPerLayer: Double { smallParametersPerHidden * Double(hidden) }

    /// All parameters of one dense layer: `P_attn + m·h·f_d + c·h`.
    @inlinable public var denseLayerParameters: Double {
        attentionParametersPerLayer + denseMLPParameters + smallParametersPerLayer
    }

    /// All parameters of one MoE layer, every expert included: `P_attn + E·P_e + S·m·h·f_s + h·E + c·h`.
    @inlinable public var moeLayerParameters: Double {
        attentionParametersPerLayer + Double(experts) * mlpParametersPerExpert + sharedExpertParameters
            + routerParameters + smallParametersPerLayer
    }

    /// All parameters of one layer of a uniform model, every expert included (dense: ``denseLayerParameters``).
    @inlinable public var parametersPerLayer: Double { experts > 1 ? moeLayerParameters : denseLayerParameters }

    // MARK: Embeddings and totals

    /// Input embedding, with the position table when learned: `V·h (+ s·h)`.
    @inlinable public var embeddingParameters: Double {
        Double(vocabulary) * Double(hidden) + (learnedPositions ? Double(sequenceLength) * Double(hidden) : 0)
    }

    /// Output projection `V·h` (a copy on the last pipeline stage also when tied).
    @inlinable public var outputParameters: Double { Double(vocabulary) * Double(hidden) }

    /// All parameters: `L_d·P_dense + L_m·P_moe + V·h (+ s·h) (+ V·h untied)`, multi-token-prediction modules not
    /// counted (as developers publish sizes). For GPT-style MHA with `f = 4h` this is Narayanan et al. 2021's
    /// `P = 12·L·h²·(1 + 13/(12h) + (V + s)/(12·L·h))` (Sec. 5.1).
    @inlinable public var parameters: Double {
        Double(denseLayers) * denseLayerParameters + Double(moeLayers) * moeLayerParameters + embeddingParameters
            + (tiedEmbeddings ? 0 : outputParameters)
    }

    /// Parameters used per token (routed experts: `E_a` of `E`), both embedding matrices counted.
    @inlinable public var activeParameters: Double {
        parameters - Double(moeLayers) * Double(experts - activeExperts) * mlpParametersPerExpert
    }

    // MARK: Attention span

    /// Average keys a query attends to in one layer, averaged over the layers, `κ`:
    ///
    /// ```
    /// global (causal):      κ_g = s/2
    /// local, window w < s:  κ_w = w − w²/(2s)        (Σ_i min(i, w) / s)
    /// κ = (L_global·κ_g + L_local·κ_w) / L
    /// ```
    /// ``SlidingWindowAttention/localLayers(of:)`` says which layers are local.
    @inlinable public var averageAttendedKeys: Double {
        let s = Double(sequenceLength)
        guard let window = slidingWindow, window.window < sequenceLength else { return s / 2 }
        let w = Double(window.window)
        let local = Double(window.localLayers(of: layers))
        let all = Double(layers)
        return ((all - local) * s / 2 + local * (w - w * w / (2 * s))) / all
    }
}

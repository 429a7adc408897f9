/// Architecture details beyond the dense-transformer core of ``ModelSpec`` (layers, hidden, heads, KV heads,
/// FFN, vocabulary): mixtures of experts, latent attention, local (sliding-window) attention, multi-token
/// prediction. Every field is optional or has a neutral default: a model known only by its size stays valid.
///
/// These types hold published shapes only; parameter counts, FLOP, memory and KV-cache sizes derived from them
/// live with the models that use them (training plan model, serving model, config readers).

/// The mixture-of-experts part of a model.
///
/// Symbols: `E` routed experts per MoE layer, `k` routed experts per token, `f_e` inner size of one routed
/// expert, `S` shared experts (always active) of inner size `f_s`, `L_d` leading dense layers, and a stride
/// `r` (every `r`-th layer after the dense ones is an MoE layer; 1 = all of them, 2 = Llama 4 Maverick).
public struct MoEShape: Sendable, Hashable {
    /// Routed experts per MoE layer, `E` (≥ 2).
    public var routedExperts: Int
    /// Routed experts per token, `k` (1 ≤ k ≤ E).
    public var expertsPerToken: Int
    /// Inner (intermediate) size of one routed expert, `f_e`; nil when unpublished.
    public var expertFFNSize: Int?
    /// Shared experts every token passes through, `S` (0 when none).
    public var sharedExperts: Int
    /// Inner size of one shared expert, `f_s`; nil means the routed expert's size.
    public var sharedExpertFFNSize: Int?
    /// Leading layers that are dense (DeepSeek-V3: 3), `L_d`.
    public var leadingDenseLayers: Int
    /// Every `r`-th layer after the leading dense ones is an MoE layer (1: all; 2: alternate, Llama 4 Maverick).
    public var layerStride: Int
    /// Inner size of the dense FFN in the non-MoE layers; nil means ``ModelSpec/ffnSize``.
    public var denseFFNSize: Int?
    /// Capacity factor (token dropping) where the model was trained with one; nil for dropless training.
    public var capacityFactor: Double?
    /// Node-limited routing: each token's experts lie on at most `M` nodes (DeepSeek-V3: 4); nil when unrestricted.
    public var routedDomainLimit: Int?

    public init(
        routedExperts: Int, expertsPerToken: Int, expertFFNSize: Int? = nil, sharedExperts: Int = 0,
        sharedExpertFFNSize: Int? = nil, leadingDenseLayers: Int = 0, layerStride: Int = 1,
        denseFFNSize: Int? = nil, capacityFactor: Double? = nil, routedDomainLimit: Int? = nil
    ) {
        self.routedExperts = routedExperts
        self.expertsPerToken = expertsPerToken
        self.expertFFNSize = expertFFNSize
        self.sharedExperts = sharedExperts
        self.sharedExpertFFNSize = sharedExpertFFNSize
        self.leadingDenseLayers = leadingDenseLayers
        self.layerStride = layerStride
        self.denseFFNSize = denseFFNSize
        self.capacityFactor = capacityFactor
        self.routedDomainLimit = routedDomainLimit
    }

    /// MoE layers among `layers`: `⌈(L − L_d) / r⌉` when the first layer after the dense ones is an MoE layer.
    public func moeLayers(of layers: Int) -> Int {
        let rest = max(0, layers - leadingDenseLayers)
        return (rest + layerStride - 1) / layerStride
    }
}

/// Multi-head latent attention (DeepSeek-V2/V3): keys and values are compressed to one latent of `d_c`
/// elements per token and layer (plus a decoupled RoPE key of `d_r`), which is what the KV cache holds.
///
/// Source: DeepSeek-AI 2024, DeepSeek-V2, arXiv:2405.04434, Sec. 2.1.
public struct LatentAttention: Sendable, Hashable {
    /// Query compression rank `d_c'` (nil: queries are not compressed, as in DeepSeek-V2-Lite).
    public var queryRank: Int?
    /// Key/value compression rank `d_c` (DeepSeek-V3: 512).
    public var keyValueRank: Int
    /// Per-head dimension of the decoupled RoPE part of queries and keys, `d_r` (DeepSeek-V3: 64).
    public var ropeHeadDim: Int
    /// Per-head dimension of the non-RoPE part of queries and keys, `d_h` (DeepSeek-V3: 128).
    public var noRopeHeadDim: Int
    /// Per-head dimension of values (DeepSeek-V3: 128).
    public var valueHeadDim: Int

    public init(queryRank: Int?, keyValueRank: Int, ropeHeadDim: Int, noRopeHeadDim: Int, valueHeadDim: Int) {
        self.queryRank = queryRank
        self.keyValueRank = keyValueRank
        self.ropeHeadDim = ropeHeadDim
        self.noRopeHeadDim = noRopeHeadDim
        self.valueHeadDim = valueHeadDim
    }

    /// Elements cached per token and layer: `d_c + d_r`.
    public var cachedElementsPerToken: Int { keyValueRank + ropeHeadDim }
}

/// Local (sliding-window) attention in some or all layers (Mistral 7B, Gemma 2–3, GPT-OSS): a local layer
/// attends to, and caches, only the last `window` tokens.
public struct SlidingWindowAttention: Sendable, Hashable {
    /// Tokens a local layer attends to.
    public var window: Int
    /// Local layers per global layer in the repeating pattern (Gemma 3: 5, GPT-OSS: 1); nil means every layer
    /// is local (Mistral 7B v0.1).
    public var localPerGlobal: Int?

    public init(window: Int, localPerGlobal: Int? = nil) {
        self.window = window
        self.localPerGlobal = localPerGlobal
    }

    /// Local layers among `layers`: all of them, or `L·n/(n+1)` rounded down for a pattern of `n` local to 1 global.
    public func localLayers(of layers: Int) -> Int {
        guard let n = localPerGlobal else { return layers }
        return layers * n / (n + 1)
    }
}

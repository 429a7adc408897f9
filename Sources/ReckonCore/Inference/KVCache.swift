import ReckonUnits

/// Memory of the attention key/value cache as serving engines allocate it: what each token of context costs
/// while a sequence is served.
///
/// ```
/// bytes per token and layer  = 2 · h_kv · d_head · b_kv              standard, grouped-query, multi-query
///                            = (d_c + d_r) · b_kv                    multi-head latent attention
/// bytes per sequence         = per layer · (L_global · n + L_local · min(n, W))
/// bytes for a batch          = bytes per sequence · B
/// per accelerator            = bytes / min(t, h_kv)                  heads split t ways (latent: not split)
/// ```
/// - `2`: one key and one value vector; `h_kv`: key/value heads (`h_kv = h` for multi-head attention,
///   `h_kv < h` for grouped-query attention, `1` for multi-query attention); `d_head`: head width;
///   `b_kv`: bytes per cached element (2 for BF16, 1 for FP8/INT8, 0.5 for INT4, 0.5625 for NVFP4);
///   `n`: tokens held (prompt + generated so far); `B`: sequences
/// - latent attention caches one compressed key-value latent of `d_c` plus a shared RoPE key of `d_r` per
///   token and layer — DeepSeek-V3: 512 + 64 = 576 elements, against 2 × 128 × 128 = 32,768 for 128 full heads
///   (DeepSeek-AI 2024, DeepSeek-V2, arXiv:2405.04434, Sec. 2.1.2 and Table 1)
/// - local (sliding-window) layers keep only the last `W` tokens (vLLM and TensorRT-LLM free older blocks of
///   those layers; Gemma 2–3, GPT-OSS, Mistral 7B v0.1)
/// - tensor parallelism splits the KV heads; beyond `h_kv` ranks the heads are replicated, and a latent (one
///   "head") is held whole by every rank of the group — why engines serve DeepSeek-V3 with data-parallel attention
///
/// Sources: Shazeer 2019, Fast Transformer Decoding (MQA), arXiv:1911.02150; Ainslie et al. 2023, GQA,
/// arXiv:2305.13245; Beltagy et al. 2020, Longformer, arXiv:2004.05150 (sliding window). Llama 3.1 8B (32 layers,
/// 8 KV heads of 128) at FP8: 65,536 B per token.
public struct KVCache: Sendable, Hashable {
    public var layers: Int
    public var kvHeads: Int
    public var headDim: Int
    public var precision: Precision
    /// Bytes of one cached element (scales included for FP4).
    public var bytesPerElement: Double
    /// Latent elements per token and layer, `d_c + d_r` (nil: standard keys and values).
    public var latentElements: Int?
    /// Layers that keep only a window of `window` tokens.
    public var localLayers: Int
    public var window: Int?

    public init(
        layers: Int, kvHeads: Int, headDim: Int, precision: Precision, bytesPerElement: Double? = nil,
        latentElements: Int? = nil, localLayers: Int = 0, window: Int? = nil
    ) {
        precondition(layers > 0 && kvHeads > 0 && headDim > 0, "KV cache shape must be positive")
        self.layers = layers
        self.kvHeads = kvHeads
        self.headDim = headDim
        self.precision = precision
        self.bytesPerElement = bytesPerElement ?? precision.bytesPerElement
        self.latentElements = latentElements
        self.localLayers = window == nil ? 0 : min(localLayers, layers)
        self.window = window
    }

    /// The cache of `shape` at `precision` (plain element sizes, no scales).
    public init(shape: ServingShape, precision: Precision) {
        self.init(shape: shape, precision: precision, bytesPerElement: precision.bytesPerElement)
    }

    /// The cache of `shape` stored as `quantization` says (FP4 block scales included).
    public init(shape: ServingShape, quantization: Quantization) {
        self.init(shape: shape, precision: quantization.kvCache, bytesPerElement: quantization.bytesPerKVElement)
    }

    init(shape: ServingShape, precision: Precision, bytesPerElement: Double) {
        self.init(
            layers: shape.layers, kvHeads: shape.kvHeads, headDim: shape.headDim, precision: precision,
            bytesPerElement: bytesPerElement, latentElements: shape.latent?.cachedElementsPerToken,
            localLayers: shape.localLayers, window: shape.window?.window)
    }

    /// Bytes one token costs in one layer.
    public var bytesPerTokenPerLayer: Double {
        if let latentElements { return Double(latentElements) * bytesPerElement }
        return 2 * Double(kvHeads) * Double(headDim) * bytesPerElement
    }

    /// Bytes one token costs in every layer (`2 · L · h_kv · d_head · b_kv`): the rate below the window.
    public var bytesPerToken: Bytes { Bytes(Double(layers) * bytesPerTokenPerLayer) }

    /// Cache of one sequence holding `context` tokens (local layers hold at most the window).
    @inlinable
    public func bytes(context: Double) -> Bytes {
        var tokens = Double(layers) * context
        if localLayers > 0, let w = window {
            tokens = Double(layers - localLayers) * context + Double(localLayers) * min(context, Double(w))
        }
        return Bytes(tokens * bytesPerTokenPerLayer)
    }

    /// Cache of one sequence holding `context` tokens.
    public func bytes(context: Int) -> Bytes { bytes(context: Double(context)) }

    /// Cache of `batch` sequences holding `context` tokens each.
    public func bytes(batch: Int, context: Int) -> Bytes { bytes(context: Double(context)) * Double(batch) }

    /// Accelerators of a tensor-parallel group of `t` that share one sequence's cache: `min(t, h_kv)`; 1 for a latent.
    @inlinable
    public func shards(tensorParallel t: Int) -> Int {
        latentElements != nil ? 1 : max(1, min(t, kvHeads))
    }
}

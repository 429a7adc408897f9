import ReckonUnits

/// Memory of the attention key/value cache: what each token of context costs while a sequence is served.
///
/// ```
/// bytes per token     = 2 · L · h_kv · d_head · b_kv
/// bytes per sequence  = bytes per token · n_ctx
/// bytes for a batch   = bytes per sequence · B
/// ```
/// - `2`: one key and one value vector; `L`: layers; `h_kv`: key/value heads (`h_kv = h` for multi-head
///   attention, `h_kv < h` for grouped-query attention, `1` for multi-query attention); `d_head`: head
///   width = d_model / h; `b_kv`: bytes per cached element (2 for BF16, 1 for FP8/INT8, 0.5 for INT4);
///   `n_ctx`: tokens held (prompt + generated so far); `B`: sequences.
///
/// Sources: Shazeer 2019, Fast Transformer Decoding (MQA), arXiv:1911.02150; Ainslie et al. 2023, GQA,
/// arXiv:2305.13245. Llama 3.1 8B (32 layers, 8 KV heads of 128) at FP8: 65,536 B per token.
public struct KVCache: Sendable, Hashable {
    public var layers: Int
    public var kvHeads: Int
    public var headDim: Int
    public var precision: Precision

    public init(layers: Int, kvHeads: Int, headDim: Int, precision: Precision) {
        precondition(layers > 0 && kvHeads > 0 && headDim > 0, "KV cache shape must be positive")
        self.layers = layers; self.kvHeads = kvHeads; self.headDim = headDim; self.precision = precision
    }

    public init(shape: TransformerShape, precision: Precision) {
        self.init(layers: shape.layers, kvHeads: shape.kvHeads, headDim: shape.headDim, precision: precision)
    }

    /// `2 · L · h_kv · d_head · b_kv`.
    public var bytesPerToken: Bytes {
        Bytes(2 * Double(layers) * Double(kvHeads) * Double(headDim) * precision.bytesPerElement)
    }

    /// Cache of one sequence holding `context` tokens.
    public func bytes(context: Int) -> Bytes { bytesPerToken * Double(context) }

    /// Cache of `batch` sequences holding `context` tokens each.
    public func bytes(batch: Int, context: Int) -> Bytes { bytesPerToken * (Double(batch) * Double(context)) }
}

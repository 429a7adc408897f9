import ReckonUnits

/// Compute and memory traffic of generating text with a transformer: prefill (the prompt, all tokens at
/// once) and decode (one new token per sequence per step).
///
/// ```
/// decode FLOP per token      = 2 · N_active + 4 · L · n_ctx · h · d_h
/// prefill FLOP for n tokens  = 2 · N_active · n + Σ_{i=1..n} 4 · L · i · h · d_h  = 2 · N_active · n + 2 · L · h · d_h
/// · n · (n + 1)
/// bytes per decode step      = N_total · b_w  +  B · n_ctx · kv_bytes_per_token
/// ```
/// - `N_active`: parameters used per token (all of them for a dense model), parameters
/// - `2`: a multiply and an add per parameter per token (forward pass only)
/// - `L`: layers; `h · d_h`: query heads × head width (the hidden size `d` for most models); `n_ctx`: tokens
///   attended to (prompt + generated so far), tokens
/// - `4·L·n_ctx·h·d_h`: the attention-score and attention-value products (QKᵀ and A·V, 2·h·d_h FLOP each per
///   cached token), FLOP per token; it grows with the context and is why long prompts cost more than `2N` per
///   token. Kaplan et al. write `2·L·n_ctx·d` with `n_ctx` the training window: causal tokens attend to half
///   of it on average. Latent and sliding-window attention: ``ServingShape``.
/// - `b_w`: bytes per weight; `B`: sequences decoded together (batch)
///
/// The weights are read once per decode step whatever the batch; the KV cache is read once per
/// sequence. That asymmetry is why batching makes decode cheaper per token until compute binds.
///
/// Sources: Kaplan et al. 2020, Table 1 (C_forward ≈ 2N + 2·n_layer·n_ctx·d_model); Hoffmann et al. 2022,
/// Chinchilla, arXiv:2203.15556, Appendix F (logits and reduce, 2·seq·key_size·heads each); Pope et al. 2022,
/// Efficiently Scaling Transformer Inference, arXiv:2211.05102, Sec. 2 (weights vs KV-cache loading).
public enum InferenceCompute {
    /// Words per token of English text under GPT-style BPE tokenizers ("1 token ≈ ¾ of a word").
    /// Source: OpenAI tokenizer guidance: one token ≈ 4 characters ≈ ¾ of an English word (100 tokens ≈ 75 words).
    public static let wordsPerToken = 0.75

    /// `2 · N_active`: the weight (matrix-product) FLOP per token.
    @inlinable
    public static func linearFLOPPerToken(active: Parameters) -> FLOPPerToken {
        FLOPPerToken(2 * active.value)
    }

    /// `4 · L · n_ctx · d`: attention FLOP for one token attending to `context` tokens (QKᵀ and A·V, `h·d_h = d`).
    @inlinable
    public static func attentionFLOPPerToken(layers: Int, hiddenSize: Int, context: Double) -> FLOPPerToken {
        FLOPPerToken(4 * Double(layers) * context * Double(hiddenSize))
    }

    /// Decode FLOP for one new token with `context` tokens in the cache: `2·N_active + A(n_ctx)` (``ServingShape``).
    @inlinable
    public static func decodeFLOPPerToken(active: Parameters, shape: ServingShape, context: Double) -> FLOPPerToken {
        linearFLOPPerToken(active: active) + FLOPPerToken(shape.decodeAttentionFLOP(context: context))
    }

    /// Weight FLOP of a prompt of `tokens` tokens: `2 · N_active · n`.
    @inlinable
    public static func prefillLinearFLOP(active: Parameters, tokens: Int) -> FLOP {
        FLOP(2 * active.value * Double(tokens))
    }

    /// Causal attention FLOP of a prompt of `tokens` tokens: `2 · L · h · d_h · n · (n + 1)` (token i attends to i).
    @inlinable
    public static func prefillAttentionFLOP(shape: ServingShape, tokens: Int) -> FLOP {
        FLOP(shape.prefillAttentionFLOP(tokens: Double(tokens)))
    }

    /// All FLOP of a prompt of `tokens` tokens.
    @inlinable
    public static func prefillFLOP(active: Parameters, shape: ServingShape, tokens: Int) -> FLOP {
        prefillLinearFLOP(active: active, tokens: tokens) + prefillAttentionFLOP(shape: shape, tokens: tokens)
    }

    /// Bytes read from memory by one decode step: the weights once, plus each sequence's KV cache.
    ///
    /// ```
    /// bytes = W + B · n_ctx · kv_bytes_per_token
    /// ```
    @inlinable
    public static func decodeStepBytes(weights: Bytes, kvBytesPerToken: Bytes, batch: Int, context: Double) -> Bytes {
        weights + kvBytesPerToken * (Double(batch) * context)
    }

    /// Decode FLOP per word at ``wordsPerToken``: `(FLOP per token) / 0.75`.
    @inlinable
    public static func flopPerWord(_ perToken: FLOPPerToken) -> FLOP {
        FLOP(perToken.value / wordsPerToken)
    }
}

import Foundation
import ReckonUnits

/// The layer count, widths and attention layout the serving model needs (attention FLOP, KV cache,
/// activations, embedding sizes), taken from a ``ModelSpec`` or, when only a parameter count is known,
/// estimated from it.
///
/// Estimate when the catalog gives no shape:
/// ```
/// N ≈ 12 · L · d²,   d = 128 · L     →   L = (N / (12 · 128²))^(1/3),   d = 128 · L
/// heads = d / 128,  kv_heads = heads (multi-head attention),  d_ffn = 4 · d
/// ```
/// - `N`: parameters (total), `L`: layers, `d`: hidden size, 128: width per layer and head size.
///
/// Assumptions: the `12·L·d²` count of Kaplan et al. 2020 (Sec. 2.1) and GPT-3's aspect ratio
/// d/L = 12288/96 = 128 (Brown et al. 2020, Table 2.1); 175B gives L ≈ 96, d ≈ 12,300.
/// The estimate is flagged by ``isEstimated``.
///
/// Attention FLOP per query token and cached token, per layer (a multiply-add is 2 FLOP):
/// ```
/// standard / grouped-query:   4 · h · d_h                    QKᵀ (2·h·d_h) + A·V (2·h·d_h)
/// latent, decode (absorbed):  2 · h · (d_c + d_r) + 2 · h · d_c
/// latent, prefill (expanded): 2 · h · (d_nope + d_r) + 2 · h · d_v
/// ```
/// - `h`: query heads, `d_h`: head width (independent of the KV-head count: GQA shares keys, not queries)
/// - latent attention (DeepSeek-V2/V3) decodes in the compressed space (the up-projections are absorbed into
///   the query and output projections) and prefills with keys and values expanded to `h` heads: DeepSeek-AI
///   2024, DeepSeek-V2, arXiv:2405.04434, Sec. 2.1.2–2.1.3
/// - local (sliding-window) layers attend to at most `W` cached tokens
///
/// Source of the QKᵀ + A·V count: Hoffmann et al. 2022 (Chinchilla), arXiv:2203.15556, Appendix F
/// ("attention logits 2·seq·key_size·heads", "attention reduce" the same). Kaplan et al.'s `2·L·n_ctx·d` is
/// half of it: their `n_ctx` is the full training window, over which causal tokens attend to half on average.
public struct ServingShape: Sendable, Hashable {
    public var layers: Int
    public var hiddenSize: Int
    public var heads: Int
    public var kvHeads: Int
    public var ffnSize: Int
    /// Width of one attention head (`d / heads` unless published otherwise: Qwen3, Gemma).
    public var headDim: Int
    /// Vocabulary size (nil: unpublished; then embeddings are not split out of the parameter count).
    public var vocabulary: Int?
    /// The output head shares the input embedding's matrix (nil in the catalog is read as untied).
    public var tiedEmbeddings: Bool
    /// Multi-head latent attention (DeepSeek-V2/V3): the KV cache holds one compressed latent per token and layer.
    public var latent: LatentAttention?
    /// Sliding-window (local) attention layers.
    public var window: SlidingWindowAttention?
    /// The mixture-of-experts layout, where published.
    public var moe: MoEShape?
    /// True when the shape was estimated from the parameter count.
    public var isEstimated: Bool

    public init(
        layers: Int, hiddenSize: Int, heads: Int, kvHeads: Int? = nil, ffnSize: Int? = nil,
        headDim: Int? = nil, vocabulary: Int? = nil, tiedEmbeddings: Bool = false,
        latent: LatentAttention? = nil, window: SlidingWindowAttention? = nil, moe: MoEShape? = nil,
        isEstimated: Bool = false
    ) {
        precondition(layers > 0 && hiddenSize > 0 && heads > 0, "shape must be positive")
        self.layers = layers
        self.hiddenSize = hiddenSize
        self.heads = heads
        self.kvHeads = kvHeads ?? heads
        self.ffnSize = ffnSize ?? 4 * hiddenSize
        self.headDim = headDim ?? max(1, hiddenSize / heads)
        self.vocabulary = vocabulary
        self.tiedEmbeddings = tiedEmbeddings
        self.latent = latent
        self.window = window
        self.moe = moe
        self.isEstimated = isEstimated
    }

    /// Width per layer and per head used by the estimate (GPT-3: 12288 / 96 = 128).
    public static let estimateAspect = 128.0

    /// The shape of `model`: its own fields when the catalog has them, else the estimate above.
    public init(model: ModelSpec) {
        if let l = model.layers, let d = model.hiddenSize, let h = model.heads {
            self.init(
                layers: l, hiddenSize: d, heads: h, kvHeads: model.kvHeads, ffnSize: model.ffnSize,
                headDim: model.headDim, vocabulary: model.vocabulary, tiedEmbeddings: model.tiedEmbeddings ?? false,
                latent: model.latentAttention, window: model.slidingWindow, moe: model.moe)
        } else {
            self = ServingShape.estimate(parameters: model.activeParameters, layers: model.layers)
        }
    }

    /// Shape of a dense transformer with `parameters` parameters (see the estimate above).
    public static func estimate(parameters: Parameters, layers knownLayers: Int? = nil) -> ServingShape {
        let a = estimateAspect
        let layers = knownLayers ?? max(1, Int(Foundation.cbrt(parameters.value / (12 * a * a)).rounded()))
        // d from N = 12·L·d², rounded to a whole number of 128-wide heads (at least one).
        let heads = max(1, Int(((parameters.value / (12 * Double(layers))).squareRoot() / a).rounded()))
        let d = heads * Int(a)
        return ServingShape(layers: layers, hiddenSize: d, heads: heads, isEstimated: true)
    }

    /// Layers that attend to a sliding window only.
    public var localLayers: Int { window.map { min(layers, $0.localLayers(of: layers)) } ?? 0 }
    /// Layers that attend to the whole context.
    public var globalLayers: Int { layers - localLayers }

    /// Parameters of one embedding matrix, `V · d` (0 when the vocabulary is unpublished).
    public var embeddingParameters: Double { Double(vocabulary ?? 0) * Double(hiddenSize) }

    /// Attention FLOP of one query token against one cached token in one layer (formulas above).
    @inlinable
    public func attentionFLOPPerPair(decode: Bool) -> Double {
        let h = Double(heads)
        guard let m = latent else { return 4 * h * Double(headDim) }
        if decode {
            return 2 * h * Double(m.keyValueRank + m.ropeHeadDim) + 2 * h * Double(m.keyValueRank)
        }
        return 2 * h * Double(m.noRopeHeadDim + m.ropeHeadDim) + 2 * h * Double(m.valueHeadDim)
    }

    /// Cached tokens one layer attends to at context `n`, summed over the layers: `L_g·n + L_l·min(n, W)`.
    @inlinable
    public func attendedTokens(context n: Double) -> Double {
        let local = Double(localLayers)
        guard local > 0, let w = window.map({ Double($0.window) }) else { return Double(layers) * n }
        return Double(globalLayers) * n + local * min(n, w)
    }

    /// Attention FLOP of one decode token with `context` tokens in the cache (all layers).
    @inlinable
    public func decodeAttentionFLOP(context: Double) -> Double {
        attentionFLOPPerPair(decode: true) * attendedTokens(context: context)
    }

    /// Causal attention FLOP of a whole prompt of `n` tokens (token i attends to i tokens, or to min(i, W)).
    ///
    /// ```
    /// Σ_{i=1..n} i = n(n+1)/2;   Σ_{i=1..n} min(i, W) = W(W+1)/2 + (n − W)·W  for n > W
    /// ```
    @inlinable
    public func prefillAttentionFLOP(tokens n: Double) -> Double {
        let full = n * (n + 1) / 2
        var pairs = Double(globalLayers) * full
        if localLayers > 0, let w = window.map({ Double($0.window) }) {
            pairs += Double(localLayers) * (n <= w ? full : w * (w + 1) / 2 + (n - w) * w)
        }
        return attentionFLOPPerPair(decode: false) * pairs
    }
}

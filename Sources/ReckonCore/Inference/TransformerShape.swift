import Foundation
import ReckonUnits

/// The layer count and widths the serving model needs (attention FLOP, KV cache, activations), taken
/// from a ``ModelSpec`` or, when only a parameter count is known, estimated from it.
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
public struct TransformerShape: Sendable, Hashable {
    public var layers: Int
    public var hiddenSize: Int
    public var heads: Int
    public var kvHeads: Int
    public var ffnSize: Int
    /// True when the shape was estimated from the parameter count.
    public var isEstimated: Bool

    public init(layers: Int, hiddenSize: Int, heads: Int, kvHeads: Int? = nil, ffnSize: Int? = nil,
                isEstimated: Bool = false) {
        precondition(layers > 0 && hiddenSize > 0 && heads > 0, "shape must be positive")
        self.layers = layers; self.hiddenSize = hiddenSize; self.heads = heads
        self.kvHeads = kvHeads ?? heads; self.ffnSize = ffnSize ?? 4 * hiddenSize; self.isEstimated = isEstimated
    }

    /// Width of one attention head, `d / heads`.
    public var headDim: Int { hiddenSize / heads }

    /// Width per layer and per head used by the estimate (GPT-3: 12288 / 96 = 128).
    public static let estimateAspect = 128.0

    /// The shape of `model`: its own fields when the catalog has them, else the estimate above.
    public init(model: ModelSpec) {
        if let l = model.layers, let d = model.hiddenSize, let h = model.heads {
            self.init(layers: l, hiddenSize: d, heads: h, kvHeads: model.kvHeads, ffnSize: model.ffnSize)
        } else {
            self = TransformerShape.estimate(parameters: model.activeParameters, layers: model.layers)
        }
    }

    /// Shape of a dense transformer with `parameters` parameters (see the estimate above).
    public static func estimate(parameters: Parameters, layers knownLayers: Int? = nil) -> TransformerShape {
        let a = estimateAspect
        let layers = knownLayers ?? max(1, Int(Foundation.cbrt(parameters.value / (12 * a * a)).rounded()))
        // d from N = 12·L·d², rounded to a whole number of 128-wide heads (at least one).
        let heads = max(1, Int(((parameters.value / (12 * Double(layers))).squareRoot() / a).rounded()))
        let d = heads * Int(a)
        return TransformerShape(layers: layers, hiddenSize: d, heads: heads, isEstimated: true)
    }
}

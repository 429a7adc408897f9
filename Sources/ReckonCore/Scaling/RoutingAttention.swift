import Foundation

/// Routing attention's share of training compute at long contexts (the paper's Sec. 3.3: Routing Transformers
/// "reduce the overall complexity of an attention layer for sequence length n and hidden dimension d to O(n^1.5·d)
/// from O(n²·d)").
///
/// ```
/// full attention:    C_attn  = 6 · L · n · d · D               (Kaplan et al. 2020: 2·L·n·d forward per token, ×3)
/// routed attention:  C_route = 6 · L · 2·√n · d · D            (√n keys per query in its cluster, + √n centroids)
/// f(n) = (6·N + 12·L·√n·d) / (6·N + 6·L·n·d)                   training FLOP with ÷ without routing, per token
/// ```
/// - `N`: parameters (the dense `6·N` per token), `L`: layers, `d`: hidden size, `n`: context length, `D`: tokens
/// - Roy et al. 2021 (Routing Transformers, TACL) cluster queries and keys with online k-means into k = √n clusters,
///   so each query attends to about n/√n = √n keys and is compared with √n centroids: `2·√n·d` per token per layer
///   for the two products, against `n·d` each for full attention. Constant factors beyond these are not modelled.
/// - Without a shape, `d = (128·N/12)^(1/3)` and `L = d/128` (N ≈ 12·L·d², Kaplan et al. 2020, at GPT-3's d/L = 128).
public struct RoutingAttention: Sendable, Hashable {
    public var parameters: Double
    public var layers: Double
    public var hiddenSize: Double

    public init(parameters: Double, layers: Double? = nil, hiddenSize: Double? = nil) {
        self.parameters = parameters
        let d = hiddenSize ?? RoutedScalingLaw.estimatedHiddenSize(parameters: parameters)
        self.hiddenSize = d
        self.layers = layers ?? Swift.max(1, d / 128)
    }

    /// Share of training FLOP spent in full attention at context `n`: `L·n·d / (N + L·n·d)`.
    public func attentionShare(context n: Double) -> Double {
        let attn = layers * n * hiddenSize
        return attn / (parameters + attn)
    }

    /// `f(n)`: training compute with routing attention ÷ with full attention at context `n`.
    public func factor(context n: Double) -> Double {
        let full = parameters + layers * n * hiddenSize
        let routed = parameters + 2 * layers * n.squareRoot() * hiddenSize
        return Swift.min(1, routed / full)
    }
}

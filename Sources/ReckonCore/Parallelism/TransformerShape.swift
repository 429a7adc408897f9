/// The dimensions of a decoder-only transformer that the memory and step-time models need.
///
/// Symbols used throughout `Parallelism/` (Korthikanti et al. 2022, arXiv:2205.05198, Table 1 notation):
/// `L` layers, `h` hidden size, `a` attention heads, `k` key/value heads, `f` feed-forward size,
/// `V` vocabulary, `s` sequence length, `E` experts per MoE layer, `E_a` experts routed per token.
public struct TransformerShape: Sendable, Hashable {
    public var layers: Int
    public var hidden: Int
    public var heads: Int
    public var kvHeads: Int
    public var ffn: Int
    public var vocabulary: Int
    public var sequenceLength: Int
    /// 2 for a plain MLP (up, down), 3 for a gated one (SwiGLU: gate, up, down).
    public var ffnMatrices: Int
    public var experts: Int
    public var activeExperts: Int

    public init(layers: Int, hidden: Int, heads: Int, kvHeads: Int? = nil, ffn: Int? = nil, vocabulary: Int,
                sequenceLength: Int, ffnMatrices: Int = 2, experts: Int = 1, activeExperts: Int = 1) {
        self.layers = layers; self.hidden = hidden; self.heads = heads; self.kvHeads = kvHeads ?? heads
        self.ffn = ffn ?? 4 * hidden; self.vocabulary = vocabulary; self.sequenceLength = sequenceLength
        self.ffnMatrices = ffnMatrices; self.experts = experts; self.activeExperts = activeExperts
    }

    /// Builds the shape of a catalog model; throws an ``InputError`` naming the first missing field.
    ///
    /// Whether the MLP is gated is not in ``ModelSpec``: the count (2 or 3 matrices) whose
    /// ``parameters`` is closer to the published total is taken.
    public init(model: ModelSpec, sequenceLength: Int? = nil) throws {
        func need(_ value: Int?, _ field: String) throws -> Int {
            guard let value, value > 0 else {
                throw InputError(field: field, value: "missing", allowed: "a positive whole number",
                                 hint: "model '\(model.id)' has no \(field); give it with --\(field.replacingOccurrences(of: "_", with: "-"))")
            }
            return value
        }
        let l = try need(model.layers, "layers"), h = try need(model.hiddenSize, "hidden")
        let a = try need(model.heads, "heads"), v = try need(model.vocabulary, "vocab")
        let s = try need(sequenceLength ?? model.contextLength, "seq_len")
        self.init(layers: l, hidden: h, heads: a, kvHeads: model.kvHeads, ffn: model.ffnSize ?? 4 * h, vocabulary: v,
                  sequenceLength: s, ffnMatrices: 2, experts: max(1, model.experts),
                  activeExperts: max(1, model.activeExperts))
        var gated = self
        gated.ffnMatrices = 3
        let published = model.totalParameters.value
        if abs(gated.parameters - published) < abs(parameters - published) { self = gated }
    }

    /// Attention weights of one layer (Q, K, V and output projections).
    ///
    /// ```
    /// P_attn = 2·h² + 2·h·(h·k/a)
    /// ```
    @inlinable public var attentionParametersPerLayer: Double {
        let h = Double(hidden)
        return 2 * h * h + 2 * h * h * Double(kvHeads) / Double(heads)
    }

    /// MLP weights of one expert (one dense MLP for a dense model): `P_mlp = m·h·f`, m = ``ffnMatrices``.
    @inlinable public var mlpParametersPerExpert: Double { Double(ffnMatrices) * Double(hidden) * Double(ffn) }

    /// Biases and LayerNorm gains of one layer, `13·h` (Narayanan et al. 2021, arXiv:2104.04473, Sec. 5.1).
    @inlinable public var smallParametersPerLayer: Double { 13 * Double(hidden) }

    /// All parameters of one layer, every expert included.
    @inlinable public var parametersPerLayer: Double {
        attentionParametersPerLayer + Double(experts) * mlpParametersPerExpert + smallParametersPerLayer
    }

    /// Token and position embeddings, `V·h + s·h`.
    @inlinable public var embeddingParameters: Double {
        Double(vocabulary) * Double(hidden) + Double(sequenceLength) * Double(hidden)
    }

    /// All parameters. For GPT-style MHA with `f = 4h` this is Narayanan et al. 2021's
    /// `P = 12·L·h²·(1 + 13/(12h) + (V + s)/(12·L·h))` (Sec. 5.1).
    @inlinable public var parameters: Double { Double(layers) * parametersPerLayer + embeddingParameters }

    /// Parameters used per token (active experts only).
    @inlinable public var activeParameters: Double {
        Double(layers) * (attentionParametersPerLayer + Double(activeExperts) * mlpParametersPerExpert
            + smallParametersPerLayer) + embeddingParameters
    }
}

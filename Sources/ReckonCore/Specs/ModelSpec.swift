import ReckonUnits

/// The shape and size of a transformer language model, with its source.
///
/// Architecture fields are optional: a model known only by its parameter count still supports
/// `C = 6·N·D`; the attention term, memory and parallel-plan models need the shape.
public struct ModelSpec: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var year: Int?
    public var layers: Int?
    /// Hidden size d_model.
    public var hiddenSize: Int?
    public var heads: Int?
    /// Key/value heads (grouped-query attention); equal to `heads` for multi-head attention.
    public var kvHeads: Int?
    /// Feed-forward inner size (per expert for mixtures of experts).
    public var ffnSize: Int?
    public var vocabulary: Int?
    /// Training context length in tokens.
    public var contextLength: Int?
    /// All parameters.
    public var totalParameters: Parameters
    /// Parameters used per token (equal to total for dense models).
    public var activeParameters: Parameters
    /// Experts per MoE layer (1 for dense), and experts routed per token.
    public var experts: Int
    public var activeExperts: Int
    public var trainingTokens: Tokens?
    /// Per-head dimension where it is not `hidden / heads` (Qwen3, Gemma); nil means `hidden / heads`.
    public var headDim: Int?
    /// True for a gated MLP (SwiGLU/GeGLU: three matrices), false for a plain one (two); nil when unpublished.
    public var gatedFFN: Bool?
    /// True when the output projection shares the input embedding's weights; nil when unpublished.
    public var tiedEmbeddings: Bool?
    /// The mixture-of-experts shape (nil for a dense model, or an MoE whose shape is unpublished).
    public var moe: MoEShape?
    /// Multi-head latent attention (DeepSeek-V2/V3), nil for standard multi-head or grouped-query attention.
    public var latentAttention: LatentAttention?
    /// Sliding-window (local) attention layers, nil when every layer attends globally.
    public var slidingWindow: SlidingWindowAttention?
    /// Multi-token-prediction modules trained alongside the model (DeepSeek-V3: 1), not counted in its parameters.
    public var multiTokenPredictionModules: Int
    /// True when the figures are an outside estimate rather than the developer's own.
    public var isEstimate: Bool
    public var source: String
    public var asOf: String

    public init(
        id: String, name: String, year: Int? = nil, layers: Int? = nil, hiddenSize: Int? = nil,
        heads: Int? = nil, kvHeads: Int? = nil, ffnSize: Int? = nil, vocabulary: Int? = nil,
        contextLength: Int? = nil, totalParameters: Parameters, activeParameters: Parameters? = nil,
        experts: Int = 1, activeExperts: Int = 1, trainingTokens: Tokens? = nil,
        isEstimate: Bool = false, source: String, asOf: String
    ) {
        self.id = id
        self.name = name
        self.year = year
        self.layers = layers
        self.hiddenSize = hiddenSize
        self.heads = heads
        self.kvHeads = kvHeads ?? heads
        self.ffnSize = ffnSize
        self.vocabulary = vocabulary
        self.contextLength = contextLength
        self.totalParameters = totalParameters
        self.activeParameters = activeParameters ?? totalParameters
        self.experts = experts
        self.activeExperts = activeExperts
        self.trainingTokens = trainingTokens
        self.isEstimate = isEstimate
        self.source = source
        self.asOf = asOf
        self.headDim = nil
        self.gatedFFN = nil
        self.tiedEmbeddings = nil
        self.moe = nil
        self.latentAttention = nil
        self.slidingWindow = nil
        self.multiTokenPredictionModules = 0
    }

    /// True for a mixture of experts (fewer active than total parameters).
    public var isMixtureOfExperts: Bool { activeParameters.value < totalParameters.value }
}

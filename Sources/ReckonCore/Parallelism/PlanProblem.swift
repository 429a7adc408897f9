/// What is being planned: a model shape, an accelerator, how many of them, the global batch, the
/// framework that runs the step, and the model constants. Validated once at construction; the plan
/// models then never check it again.
public struct PlanProblem: Sendable, Hashable {
    public var shape: TransformerShape {
        didSet { counts = ShapeCounts(shape) }
    }
    /// Parameter and FLOP counts of ``shape``, computed once (the plan search reads them for every plan).
    public private(set) var counts: ShapeCounts
    public var hardware: PlanHardware
    /// Accelerators in the job, N.
    public var gpus: Int
    /// Sequences per optimizer step, B.
    public var globalBatch: Int
    /// What the training framework offers and overlaps (``FrameworkProfile``; the catalog's profiles are in
    /// `ReckonCatalog`'s `FrameworkProfiles`).
    public var framework: FrameworkProfile
    public var constants: StepTimeConstants
    /// Tokens of the busiest expert ÷ the mean over the experts, `λ ≥ 1`: a stated factor, not fitted. 1 is the
    /// balanced routing that Megatron-Bridge's benchmarks force (dev-2026 README); real routers run above it
    /// (DeepSeek-V3's bias-adjusted, auxiliary-loss-free balancing keeps it near 1, arXiv:2412.19437 Sec. 2.1.2).
    /// The step waits for the busiest EP rank at every combine, so its grouped GEMMs and its share of the
    /// all-to-all scale with `λ`. Ignored with a capacity factor (each expert is padded to its capacity).
    public var expertLoadImbalance: Double
    /// The FP8 scaling recipe of FP8 plans (``FP8Recipe``): the framework's unless named.
    public var fp8Recipe: FP8Recipe

    /// Throws an ``InputError`` naming the flag of the first dimension out of range.
    public init(
        shape: TransformerShape, hardware: PlanHardware, gpus: Int, globalBatch: Int,
        framework: FrameworkProfile, constants: StepTimeConstants = .default, expertLoadImbalance: Double = 1,
        fp8Recipe: FP8Recipe? = nil
    ) throws {
        let dims: [(Int, String)] = [
            (shape.layers, "layers"), (shape.hidden, "hidden"), (shape.heads, "heads"), (shape.kvHeads, "kv_heads"),
            (shape.ffn, "ffn"), (shape.vocabulary, "vocab"), (shape.sequenceLength, "seq_len"),
            (shape.experts, "experts"), (shape.activeExperts, "active_experts"), (gpus, "gpus"),
            (globalBatch, "global_batch"), (hardware.scaleUpDomain, "scale_up_domain"),
            (shape.moeLayerStride, "moe_layer_stride"), (shape.denseFFNWidth, "dense_ffn"),
            (shape.sharedExpertFFNWidth, "shared_expert_ffn"), (shape.headDim, "head_dim"),
        ]
        for (value, field) in dims where value < 1 {
            throw InputError(field: field, value: "\(value)", allowed: "a whole number of at least 1")
        }
        if shape.headDimension == nil, shape.latentAttention == nil, shape.hidden % shape.heads != 0 {
            throw InputError(
                field: "heads", value: "\(shape.heads)",
                allowed: "a divisor of the hidden size (\(shape.hidden)), or give --head-dim")
        }
        guard shape.heads % shape.kvHeads == 0 else {
            throw InputError(
                field: "kv_heads", value: "\(shape.kvHeads)",
                allowed: "a divisor of heads (\(shape.heads))")
        }
        guard shape.ffnMatrices == 2 || shape.ffnMatrices == 3 else {
            throw InputError(
                field: "ffn_matrices", value: "\(shape.ffnMatrices)",
                allowed: "2 (plain MLP) or 3 (gated)")
        }
        try Self.checkExperts(shape)
        try Self.checkLatentAttention(shape)
        try Check.positive(hardware.peakFLOPPerSecond, "gpu peak")
        try Check.positive(hardware.memoryBytes, "gpu memory")
        try Check.positive(hardware.memoryBandwidth, "gpu memory bandwidth")
        try Check.positive(hardware.scaleUpBandwidth, "gpu scale-up bandwidth")
        try Check.nonNegative(hardware.scaleOutBandwidth, "gpu scale-out bandwidth")
        try Self.checkOverlap(framework.overlap)
        guard expertLoadImbalance.isFinite, expertLoadImbalance >= 1, expertLoadImbalance <= 64 else {
            throw InputError(
                field: "expert_imbalance", value: Check.shown(expertLoadImbalance),
                allowed: "a number from 1 (balanced) to 64")
        }
        self.shape = shape
        self.counts = ShapeCounts(shape)
        self.hardware = hardware
        self.gpus = gpus
        self.globalBatch = globalBatch
        self.framework = framework
        self.constants = constants
        self.expertLoadImbalance = expertLoadImbalance
        self.fp8Recipe = fp8Recipe ?? framework.fp8Recipe
    }

    /// The MoE fields: experts per token within the experts, layer counts, capacity factor, domain limit.
    private static func checkExperts(_ shape: TransformerShape) throws {
        guard shape.activeExperts <= shape.experts else {
            throw InputError(
                field: "active_experts", value: "\(shape.activeExperts)",
                allowed: "at most the \(shape.experts) experts (experts routed per token)")
        }
        guard shape.sharedExperts >= 0, shape.sharedExperts <= 1024 else {
            throw InputError(
                field: "shared_experts", value: "\(shape.sharedExperts)",
                allowed: "a whole number from 0 to 1024")
        }
        guard shape.leadingDenseLayers >= 0,
            shape.leadingDenseLayers < max(1, shape.layers)
                || shape.experts == 1
        else {
            throw InputError(
                field: "dense_layers", value: "\(shape.leadingDenseLayers)",
                allowed: "a whole number from 0 to layers − 1 (\(shape.layers - 1))")
        }
        if let c = shape.capacityFactor, !(c.isFinite && c >= 1 && c <= 64) {
            throw InputError(field: "capacity_factor", value: Check.shown(c), allowed: "a number from 1 to 64")
        }
        if let m = shape.routedDomainLimit, m < 1 {
            throw InputError(field: "node_limit", value: "\(m)", allowed: "a whole number of at least 1")
        }
        guard shape.multiTokenPrediction >= 0, shape.multiTokenPrediction <= 16 else {
            throw InputError(
                field: "mtp", value: "\(shape.multiTokenPrediction)",
                allowed: "a whole number from 0 to 16")
        }
    }

    /// Latent-attention ranks: each at least 1 and no larger than the hidden size it compresses.
    private static func checkLatentAttention(_ shape: TransformerShape) throws {
        guard let mla = shape.latentAttention else { return }
        let ranks: [(Int?, String)] = [(mla.keyValueRank, "kv_rank"), (mla.queryRank, "q_rank")]
        for case let (rank?, field) in ranks where rank < 1 || rank > shape.hidden {
            throw InputError(
                field: field, value: "\(rank)",
                allowed: "a whole number from 1 to the hidden size (\(shape.hidden)): a compression rank")
        }
        let dims = [(mla.ropeHeadDim, "rope_dim"), (mla.noRopeHeadDim, "nope_dim"), (mla.valueHeadDim, "v_head_dim")]
        for (value, field) in dims where value < 1 || value > shape.hidden {
            throw InputError(
                field: field, value: "\(value)",
                allowed: "a whole number from 1 to the hidden size (\(shape.hidden))")
        }
    }

    private static func checkOverlap(_ o: OverlapProfile) throws {
        for (value, field) in [
            (o.gradientReduce, "dp_overlap"), (o.parameterGather, "param_gather_overlap"),
            (o.tensorParallel, "tp_overlap"), (o.pipeline, "pp_overlap"),
            (o.expertAllToAll, "a2a_overlap"),
        ]
        where !(value.isFinite && value >= 0 && value <= 1) {
            throw InputError(field: field, value: Check.shown(value), allowed: "a fraction in [0, 1]")
        }
    }

    /// Model FLOP per sequence for one optimizer step (forward + backward, no recomputation): ``ShapeCounts``.
    @inlinable public var modelFLOPPerSequence: Double { counts.modelFLOPPerSequence }

    /// `G_d`: forward GEMM FLOP of one dense layer for one sequence.
    @inlinable public var denseLayerGEMMFLOPPerSequence: Double { counts.denseLayerGEMMFLOPPerSequence }

    /// `G_m`: forward GEMM FLOP of one MoE layer for one sequence (routed experts of a token, shared experts, router).
    @inlinable public var moeLayerGEMMFLOPPerSequence: Double { counts.moeLayerGEMMFLOPPerSequence }

    /// `G`: forward GEMM FLOP of one layer for one sequence, averaged over the dense and MoE layers.
    @inlinable public var layerGEMMFLOPPerSequence: Double { counts.layerGEMMFLOPPerSequence }

    /// `A`: forward attention-score FLOP of one layer for one sequence (no causal-mask saving).
    @inlinable public var layerAttentionFLOPPerSequence: Double { counts.layerAttentionFLOPPerSequence }

    /// `O`: forward FLOP of the logit layer for one sequence.
    @inlinable public var logitFLOPPerSequence: Double { counts.logitFLOPPerSequence }
}

/// The parameter and FLOP counts of a ``TransformerShape`` the plan model needs for every plan, computed once.
///
/// Model FLOP per sequence for one optimizer step (forward + backward, no recomputation):
/// ```
/// F_model = 3 · ( L_d·(G_d + A) + L_m·(G_m + A) + D_mtp·(G_mtp + A) + (1 + D_mtp)·O )
/// G_d  = 2·s·(P_attn + m·h·f_d)                             dense layer GEMMs, forward
/// G_m  = 2·s·(P_attn + E_a·P_e + S·m·h·f_s + h·E)           MoE layer GEMMs (routed, shared experts, router)
/// G_mtp = G_m (G_d for a dense model) + 2·s·2h·h            an MTP module: a layer and its 2h → h projection
/// A    = 2·s·(2κ)·a·(d_qk + d_v)                            QKᵀ and attention×V, forward (4·s²·h for MHA)
/// O    = 2·s·h·V                                            output (logit) layer, forward
/// ```
/// Backward = 2 × forward; `κ` ``TransformerShape/averageAttendedKeys`` (`s/2` causal, so `2κ = s`: the attention
/// FLOP are counted without the causal saving, as Narayanan et al. and Megatron count them). For GPT (f = 4h, MHA)
/// this is Narayanan et al. 2021, eq. (3) divided by 4/3: `72·s·L·h²·(1 + s/(6h) + V/(16·L·h))`.
public struct ShapeCounts: Sendable, Hashable {
    /// ``TransformerShape/attentionParametersPerLayer`` and its replicated part.
    public var attention: Double
    public var replicatedAttention: Double
    /// ``TransformerShape/denseMLPParameters``, ``TransformerShape/sharedExpertParameters``,
    /// ``TransformerShape/routerParameters``, ``TransformerShape/smallParametersPerLayer``,
    /// ``TransformerShape/mlpParametersPerExpert``.
    public var denseMLP: Double
    public var sharedExperts: Double
    public var router: Double
    public var small: Double
    public var expert: Double
    public var modelFLOPPerSequence: Double
    public var denseLayerGEMMFLOPPerSequence: Double
    public var moeLayerGEMMFLOPPerSequence: Double
    public var multiTokenPredictionGEMMFLOPPerSequence: Double
    public var layerGEMMFLOPPerSequence: Double
    public var layerAttentionFLOPPerSequence: Double
    public var logitFLOPPerSequence: Double

    public init(_ shape: TransformerShape) {
        attention = shape.attentionParametersPerLayer
        replicatedAttention = shape.replicatedAttentionParametersPerLayer
        denseMLP = shape.denseMLPParameters
        sharedExperts = shape.sharedExpertParameters
        router = shape.routerParameters
        small = shape.smallParametersPerLayer
        expert = shape.mlpParametersPerExpert
        let s = Double(shape.sequenceLength)
        let h = Double(shape.hidden)
        denseLayerGEMMFLOPPerSequence = 2 * s * (attention + denseMLP)
        moeLayerGEMMFLOPPerSequence =
            2 * s * (attention + Double(shape.activeExperts) * expert + sharedExperts + router)
        let layerKind = shape.moeLayers > 0 ? moeLayerGEMMFLOPPerSequence : denseLayerGEMMFLOPPerSequence
        multiTokenPredictionGEMMFLOPPerSequence = layerKind + 2 * s * 2 * h * h
        layerGEMMFLOPPerSequence =
            (Double(shape.denseLayers) * denseLayerGEMMFLOPPerSequence
                + Double(shape.moeLayers) * moeLayerGEMMFLOPPerSequence) / Double(max(1, shape.layers))
        let width = Double(shape.heads) * Double(shape.queryKeyHeadDim + shape.valueHeadDim)
        layerAttentionFLOPPerSequence = 2 * s * 2 * shape.averageAttendedKeys * width
        logitFLOPPerSequence = 2 * s * h * Double(shape.vocabulary)
        let a = layerAttentionFLOPPerSequence
        let layers =
            Double(shape.denseLayers) * (denseLayerGEMMFLOPPerSequence + a)
            + Double(shape.moeLayers) * (moeLayerGEMMFLOPPerSequence + a)
        let mtp = Double(shape.multiTokenPrediction)
        modelFLOPPerSequence =
            3
            * (layers + mtp * (multiTokenPredictionGEMMFLOPPerSequence + a)
                + (1 + mtp) * logitFLOPPerSequence)
    }
}

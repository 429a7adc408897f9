/// What is being planned: a model shape, an accelerator, how many of them, the global batch, the
/// framework that runs the step, and the model constants. Validated once at construction; the plan
/// models then never check it again.
public struct PlanProblem: Sendable, Hashable {
    public var shape: TransformerShape
    public var hardware: PlanHardware
    /// Accelerators in the job, N.
    public var gpus: Int
    /// Sequences per optimizer step, B.
    public var globalBatch: Int
    /// What the training framework offers and overlaps (``FrameworkProfile``; the catalog's profiles are in
    /// `ReckonCatalog`'s `FrameworkProfiles`).
    public var framework: FrameworkProfile
    public var constants: StepTimeConstants

    /// Throws an ``InputError`` naming the flag of the first non-positive dimension.
    public init(shape: TransformerShape, hardware: PlanHardware, gpus: Int, globalBatch: Int,
                framework: FrameworkProfile, constants: StepTimeConstants = .default) throws {
        let dims: [(Int, String)] = [
            (shape.layers, "layers"), (shape.hidden, "hidden"), (shape.heads, "heads"), (shape.kvHeads, "kv_heads"),
            (shape.ffn, "ffn"), (shape.vocabulary, "vocab"), (shape.sequenceLength, "seq_len"),
            (shape.experts, "experts"), (shape.activeExperts, "active_experts"), (gpus, "gpus"),
            (globalBatch, "global_batch"), (hardware.scaleUpDomain, "scale_up_domain"),
        ]
        for (value, field) in dims where value < 1 {
            throw InputError(field: field, value: "\(value)", allowed: "a whole number of at least 1")
        }
        guard shape.hidden % shape.heads == 0 else {
            throw InputError(field: "heads", value: "\(shape.heads)",
                             allowed: "a divisor of the hidden size (\(shape.hidden))")
        }
        guard shape.heads % shape.kvHeads == 0 else {
            throw InputError(field: "kv_heads", value: "\(shape.kvHeads)",
                             allowed: "a divisor of heads (\(shape.heads))")
        }
        guard shape.ffnMatrices == 2 || shape.ffnMatrices == 3 else {
            throw InputError(field: "ffn_matrices", value: "\(shape.ffnMatrices)",
                             allowed: "2 (plain MLP) or 3 (gated)")
        }
        try Check.positive(hardware.peakFLOPPerSecond, "gpu peak")
        try Check.positive(hardware.memoryBytes, "gpu memory")
        try Check.positive(hardware.memoryBandwidth, "gpu memory bandwidth")
        try Check.positive(hardware.scaleUpBandwidth, "gpu scale-up bandwidth")
        try Check.nonNegative(hardware.scaleOutBandwidth, "gpu scale-out bandwidth")
        try Self.checkOverlap(framework.overlap)
        self.shape = shape; self.hardware = hardware; self.gpus = gpus; self.globalBatch = globalBatch
        self.framework = framework; self.constants = constants
    }

    private static func checkOverlap(_ o: OverlapProfile) throws {
        for (value, field) in [(o.gradientReduce, "dp_overlap"), (o.parameterGather, "param_gather_overlap"),
                               (o.tensorParallel, "tp_overlap"), (o.pipeline, "pp_overlap")]
        where !(value.isFinite && value >= 0 && value <= 1) {
            throw InputError(field: field, value: Check.shown(value), allowed: "a fraction in [0, 1]")
        }
    }

    /// Model FLOP per sequence for one optimizer step (forward + backward, no recomputation).
    ///
    /// ```
    /// F_model = 3 · ( L·(G + A) + O )
    /// G = 2·s·(P_attn + E_a·P_mlp)        dense GEMMs of one layer, forward
    /// A = 4·s²·h                          QKᵀ and attention×V, forward
    /// O = 2·s·h·V                         output (logit) layer, forward
    /// ```
    /// Backward = 2 × forward. For GPT (f = 4h, MHA) this is Narayanan et al. 2021, eq. (3) divided by
    /// 4/3: `72·s·L·h²·(1 + s/(6h) + V/(16·L·h))` per sequence.
    @inlinable public var modelFLOPPerSequence: Double {
        3 * (Double(shape.layers) * (layerGEMMFLOPPerSequence + layerAttentionFLOPPerSequence) + logitFLOPPerSequence)
    }

    /// `G`: forward GEMM FLOP of one layer for one sequence (active experts only).
    @inlinable public var layerGEMMFLOPPerSequence: Double {
        2 * Double(shape.sequenceLength)
            * (shape.attentionParametersPerLayer + Double(shape.activeExperts) * shape.mlpParametersPerExpert)
    }

    /// `A`: forward attention-score FLOP of one layer for one sequence (no causal-mask saving).
    @inlinable public var layerAttentionFLOPPerSequence: Double {
        let s = Double(shape.sequenceLength)
        return 4 * s * s * Double(shape.hidden)
    }

    /// `O`: forward FLOP of the logit layer for one sequence.
    @inlinable public var logitFLOPPerSequence: Double {
        2 * Double(shape.sequenceLength) * Double(shape.hidden) * Double(shape.vocabulary)
    }
}

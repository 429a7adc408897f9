/// Which attention kernel a framework runs.
public enum AttentionKernel: Int, Sendable, Hashable, CaseIterable {
    /// QKᵀ and ×V as batched GEMMs with the `s²` scores written to HBM and a separate softmax (Megatron-LM 2021).
    case unfused = 0
    /// FlashAttention-2-class fused kernels, written for Ampere (PyTorch SDPA's flash backend): on Hopper
    /// they reach ``PlanHardware/portableAttentionFraction`` of the native kernels' rate.
    case flashAttention2 = 1
    /// Fused attention written for the accelerator generation (cuDNN / Transformer Engine, FlashAttention-3).
    case native = 2

    /// True for the fused kernels: no `s²` matrix in HBM, scores recomputed in the backward pass.
    @inlinable public var isFused: Bool { self != .unfused }
}

/// What "selective" activation recomputation means in a framework.
public enum SelectiveRecompute: Int, Sendable, Hashable {
    /// Recompute the attention core only (Korthikanti et al. 2022, Sec. 5; Megatron `--recompute-granularity
    /// selective`); with a fused attention kernel it saves nothing beyond what the kernel already recomputes.
    case attentionCore = 0
    /// Save the outputs of every other matrix multiplication and recompute the rest (torchtitan's per-op
    /// selective checkpointing policy): about half the layer's activations kept, half the forward GEMMs rerun.
    case perOperator = 1
}

/// Fractions of each kind of communication a framework runs behind compute, each in [0, 1]
/// (``exposedSeconds(_:window:overlap:)``).
public struct OverlapProfile: Sendable, Hashable {
    /// Data-parallel gradient reduce-scatter / all-reduce, bucketed behind the backward pass.
    public var gradientReduce: Double
    /// Parameter all-gather (distributed optimizer, ZeRO-3/FSDP), prefetched behind the forward pass.
    public var parameterGather: Double
    /// Tensor-parallel all-reduce / reduce-scatter / all-gather, split and overlapped with the GEMMs.
    public var tensorParallel: Double
    /// Pipeline send/receive between stages.
    public var pipeline: Double

    public init(gradientReduce: Double, parameterGather: Double, tensorParallel: Double, pipeline: Double) {
        self.gradientReduce = gradientReduce; self.parameterGather = parameterGather
        self.tensorParallel = tensorParallel; self.pipeline = pipeline
    }

    /// Nothing overlapped.
    public static let none = OverlapProfile(gradientReduce: 0, parameterGather: 0, tensorParallel: 0, pipeline: 0)
}

/// ZeRO stages a framework offers, as a set of 0…3 (a bit mask, so that the plan search reads it without allocating).
public struct ZeroStages: Sendable, Hashable, ExpressibleByArrayLiteral {
    public var mask: UInt8

    public init(_ stages: [Int]) {
        mask = 0
        for s in stages where (0...3).contains(s) { mask |= 1 << UInt8(s) }
    }

    public init(arrayLiteral elements: Int...) { self.init(elements) }

    @inlinable public func contains(_ stage: Int) -> Bool {
        stage >= 0 && stage <= 3 && mask & (1 << UInt8(stage)) != 0
    }

    /// The stages in increasing order.
    public var stages: [Int] { (0...3).filter(contains) }
}

/// What a training framework can do and how it runs a step: the plan features it offers, what it overlaps,
/// and how it communicates. Catalog data with a source for every default (`ReckonCatalog/FrameworkProfiles.swift`);
/// the plan model reads the fields and never the framework's name.
public struct FrameworkProfile: Sendable, Hashable, Identifiable {
    /// Catalog identifier: `megatron-core`, `fsdp`, …
    public var id: String
    public var name: String

    // Plan features (a plan that uses a missing one is refused, ``PlanInfeasibility/frameworkLacksFeature``).
    public var tensorParallel: Bool
    public var pipelineParallel: Bool
    /// Interleaved (virtual-stage) 1F1B schedule.
    public var interleavedSchedule: Bool
    public var sequenceParallel: Bool
    public var contextParallel: Bool
    public var expertParallel: Bool
    public var zeroStages: ZeroStages
    public var fp8: Bool
    /// Pipelines with stages of unequal layer counts (layers not divisible by PP).
    public var unevenPipeline: Bool
    /// Full recomputation of only some layers of each stage (Megatron `--recompute-num-layers`): the search takes
    /// the fewest that fit.
    public var partialRecompute: Bool
    public var selectiveRecompute: SelectiveRecompute

    // How the step runs.
    public var overlap: OverlapProfile
    public var attention: AttentionKernel
    /// Bytes per element of the gradients reduced over the data-parallel group and kept for the optimizer
    /// (4: FP32 main gradients; 2: BF16/FP16).
    public var gradientBytes: Double
    /// Gradient bucket size, bytes (nil: one reduction after the backward pass).
    public var gradientBucketBytes: Double?
    /// Pipeline sends split over the TP ranks and gathered on the other side (Narayanan et al. 2021, Sec. 4.1).
    public var pipelineScatterGather: Bool
    /// ZeRO-3/FSDP parameters all-gathered in FP8 when training in FP8.
    public var fp8ParameterGather: Bool

    /// Where each default is documented: field name → source.
    public var sources: [String: String]

    public init(id: String, name: String, tensorParallel: Bool, pipelineParallel: Bool, interleavedSchedule: Bool,
                sequenceParallel: Bool, contextParallel: Bool, expertParallel: Bool, zeroStages: ZeroStages, fp8: Bool,
                unevenPipeline: Bool, partialRecompute: Bool, selectiveRecompute: SelectiveRecompute,
                overlap: OverlapProfile, attention: AttentionKernel, gradientBytes: Double,
                gradientBucketBytes: Double?,
                pipelineScatterGather: Bool, fp8ParameterGather: Bool, sources: [String: String]) {
        self.id = id; self.name = name; self.tensorParallel = tensorParallel; self.pipelineParallel = pipelineParallel
        self.interleavedSchedule = interleavedSchedule; self.sequenceParallel = sequenceParallel
        self.contextParallel = contextParallel; self.expertParallel = expertParallel; self.zeroStages = zeroStages
        self.fp8 = fp8; self.unevenPipeline = unevenPipeline; self.partialRecompute = partialRecompute
        self.selectiveRecompute = selectiveRecompute; self.overlap = overlap; self.attention = attention
        self.gradientBytes = gradientBytes; self.gradientBucketBytes = gradientBucketBytes
        self.pipelineScatterGather = pipelineScatterGather; self.fp8ParameterGather = fp8ParameterGather
        self.sources = sources
    }

    /// The first feature of `plan` this framework lacks, as (field, what is allowed), or nil.
    public func missingFeature(of plan: ParallelPlan) -> (field: String, allowed: String)? {
        if plan.tp > 1, !tensorParallel { return ("tp", "1 (\(id) has no tensor parallelism)") }
        if plan.pp > 1, !pipelineParallel { return ("pp", "1 (\(id) has no pipeline parallelism)") }
        if plan.interleave > 1, !interleavedSchedule { return ("interleave", "1 (\(id) has no interleaved schedule)") }
        if plan.sequenceParallel, !sequenceParallel {
            return ("sequence_parallel", "false (\(id) has no sequence parallelism)")
        }
        if plan.cp > 1, !contextParallel { return ("cp", "1 (\(id) has no context parallelism)") }
        if plan.ep > 1, !expertParallel { return ("ep", "1 (\(id) has no expert parallelism)") }
        if !zeroStages.contains(plan.zeroStage), !(plan.zeroStage == 0 && plan.dp * plan.cp == 1) {
            let stages = zeroStages.stages.map(String.init).joined(separator: ", ")
            return ("zero", "one of \(stages) (the ZeRO stages of \(id))")
        }
        if plan.precision == .fp8, !fp8 { return ("precision", "bf16 (\(id) has no FP8 training)") }
        return nil
    }
}

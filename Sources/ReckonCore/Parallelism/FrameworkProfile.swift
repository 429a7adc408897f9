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
    /// MoE all-to-all dispatch and combine of one micro-batch run behind the computation of another, when the plan
    /// uses the framework's overlapped schedule (``ParallelPlan/expertOverlap``); 0 when the framework has none.
    public var expertAllToAll: Double

    public init(
        gradientReduce: Double, parameterGather: Double, tensorParallel: Double, pipeline: Double,
        expertAllToAll: Double = 0
    ) {
        self.gradientReduce = gradientReduce
        self.parameterGather = parameterGather
        self.tensorParallel = tensorParallel
        self.pipeline = pipeline
        self.expertAllToAll = expertAllToAll
    }

    /// Nothing overlapped.
    public static let none = OverlapProfile(gradientReduce: 0, parameterGather: 0, tensorParallel: 0, pipeline: 0)
}

/// How a framework moves tokens to their experts and back.
public enum ExpertDispatcher: Int, Sendable, Hashable {
    /// One message per routed (token, expert) pair over an NCCL all-to-all (Megatron-Core `alltoall` dispatcher):
    /// a token routed to `E_a` experts crosses the network once for each of them on another domain.
    case allToAll = 0
    /// A token crosses the network once per destination scale-up domain and is forwarded to its experts inside it
    /// (DeepSeek-V3's kernels, arXiv:2412.19437 Sec. 3.2.2; DeepEP and HybridEP behind Megatron-Core's `flex`
    /// dispatcher).
    case deduplicated = 1
}

/// The pipeline schedule a framework runs.
public enum PipelineSchedule: Int, Sendable, Hashable {
    /// 1F1B, interleaved when the plan has `v > 1` chunks per stage (Narayanan et al. 2021, Sec. 2.2).
    case oneForwardOneBackward = 0
    /// DeepSeek's DualPipe (arXiv:2412.19437 Sec. 3.2.1, Table 2): micro-batches fed from both ends of the pipeline,
    /// each device holding two chunks (the parameters twice), forward and backward chunks overlapped so that
    /// all-to-all and pipeline communication hide behind computation; bubble `(p/2 − 1)·(F&B + B − 3W)`.
    case dualPipe = 1
}

/// How FP8 tensors are scaled: per tensor (delayed or current), or per block.
public enum FP8Recipe: Int, Sendable, Hashable, CaseIterable {
    /// One scale per tensor from an amax history (Transformer Engine `DelayedScaling`, NeMo 24.x).
    case delayed = 0
    /// One scale per tensor from the tensor's own amax, computed before the cast (Transformer Engine
    /// `Float8CurrentScaling`; torchao `tensorwise`; Megatron-Bridge "FP8-CS").
    case tensorwise = 1
    /// MXFP8: one E8M0 scale per 32 elements, applied by Blackwell tensor cores; rowwise and columnwise copies
    /// (Transformer Engine `MXFP8BlockScaling`; OCP Microscaling Formats v1.0).
    case mxfp8 = 2
    /// 1×128 activation tiles and 128×128 weight blocks with FP32 scales (DeepSeek-V3, arXiv:2412.19437 Sec. 3.3.2;
    /// Transformer Engine `Float8BlockScaling`).
    case blockwise = 3

    public var label: String {
        switch self {
        case .delayed: "delayed"
        case .tensorwise: "tensorwise"
        case .mxfp8: "mxfp8"
        case .blockwise: "blockwise"
        }
    }

    /// Parses a label (`delayed`, `tensorwise`/`current`, `mxfp8`/`mx`, `blockwise`/`block`).
    public init?(label: String) {
        switch label.lowercased() {
        case "delayed": self = .delayed
        case "tensorwise", "current", "cs", "fp8-cs": self = .tensorwise
        case "mxfp8", "mx", "fp8-mx": self = .mxfp8
        case "blockwise", "block", "tile", "tilewise": self = .blockwise
        default: return nil
        }
    }

    /// HBM bytes moved per element of a GEMM input to cast it to FP8, `q₈`:
    ///
    /// ```
    /// delayed     3            read BF16 (2), write FP8 (1): the calibrated cast of ``LayerCost``
    /// tensorwise  3 + 2        + a read pass for the tensor's amax before the cast
    /// mxfp8       3 + 1 + 2/32 + a columnwise copy for the transposed operand, E8M0 scales of both
    /// blockwise   3 + 2·4/128  FP32 scales per 1×128 tile, rowwise and columnwise
    /// ```
    /// Sources: Transformer Engine documentation (FP8 recipes: delayed scaling keeps an amax history, current
    /// scaling computes the amax of the tensor being cast; MXFP8 stores rowwise and columnwise data); OCP
    /// Microscaling Formats (MX) v1.0 (32-element blocks, 8-bit shared scale); DeepSeek-V3 Sec. 3.3.2.
    @inlinable public var castBytesPerElement: Double {
        switch self {
        case .delayed: 3
        case .tensorwise: 5
        case .mxfp8: 4 + 2.0 / 32
        case .blockwise: 3 + 8.0 / 128
        }
    }
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
    /// ZeRO-3/FSDP parameters all-gathered in FP8 when training in FP8; with it the weights are kept in FP8 only
    /// (Megatron-Core `--fp8-param-gather`; torchao float8 all-gather), 1 byte per parameter.
    public var fp8ParameterGather: Bool

    // Mixtures of experts and FP8 training.
    /// How tokens reach their experts (``ExpertDispatcher``).
    public var expertDispatcher: ExpertDispatcher
    /// Tokens dispatched to the experts in FP8 (the combine stays BF16): DeepSeek-V3 Sec. 3.3.2.
    public var fp8Dispatch: Bool
    /// The pipeline schedule (``PipelineSchedule``).
    public var pipelineSchedule: PipelineSchedule
    /// The FP8 scaling recipe used when a plan trains in FP8 and none is named (``FP8Recipe``).
    public var fp8Recipe: FP8Recipe
    /// Inputs of the FP8 GEMMs kept for the backward pass in FP8 instead of BF16 (DeepSeek-V3 Sec. 3.3.3, "cache
    /// the activations in FP8").
    public var fp8ActivationStorage: Bool
    /// Selective recomputation also reruns the norms and latent attention's up-projections of MLA and MoE layers,
    /// keeping the compressed latents instead of the decompressed queries, keys and values (DeepSeek-V3 Sec. 3.3.3,
    /// "recompute all RMSNorm operations and MLA up-projections"; Megatron-Core `--recompute-modules layernorm
    /// mla_up_proj`). Layers of standard attention in dense models are unaffected.
    public var recomputesNormsAndLatentUpProjections: Bool
    /// Bytes per parameter of the optimizer states: 12 for an FP32 master copy and FP32 Adam moments; 8 with BF16
    /// moments (DeepSeek-V3 Sec. 3.3.3; Megatron-Core `--use-precision-aware-optimizer --exp-avg-dtype bf16`).
    public var optimizerStateBytes: Double

    /// Where each default is documented: field name → source.
    public var sources: [String: String]

    public init(
        id: String, name: String, tensorParallel: Bool, pipelineParallel: Bool, interleavedSchedule: Bool,
        sequenceParallel: Bool, contextParallel: Bool, expertParallel: Bool, zeroStages: ZeroStages, fp8: Bool,
        unevenPipeline: Bool, partialRecompute: Bool, selectiveRecompute: SelectiveRecompute,
        overlap: OverlapProfile, attention: AttentionKernel, gradientBytes: Double,
        gradientBucketBytes: Double?,
        pipelineScatterGather: Bool, fp8ParameterGather: Bool,
        expertDispatcher: ExpertDispatcher = .allToAll, fp8Dispatch: Bool = false,
        pipelineSchedule: PipelineSchedule = .oneForwardOneBackward, fp8Recipe: FP8Recipe = .delayed,
        fp8ActivationStorage: Bool = false, recomputesNormsAndLatentUpProjections: Bool = false,
        optimizerStateBytes: Double = 12, sources: [String: String]
    ) {
        self.id = id
        self.name = name
        self.tensorParallel = tensorParallel
        self.pipelineParallel = pipelineParallel
        self.interleavedSchedule = interleavedSchedule
        self.sequenceParallel = sequenceParallel
        self.contextParallel = contextParallel
        self.expertParallel = expertParallel
        self.zeroStages = zeroStages
        self.fp8 = fp8
        self.unevenPipeline = unevenPipeline
        self.partialRecompute = partialRecompute
        self.selectiveRecompute = selectiveRecompute
        self.overlap = overlap
        self.attention = attention
        self.gradientBytes = gradientBytes
        self.gradientBucketBytes = gradientBucketBytes
        self.pipelineScatterGather = pipelineScatterGather
        self.fp8ParameterGather = fp8ParameterGather
        self.expertDispatcher = expertDispatcher
        self.fp8Dispatch = fp8Dispatch
        self.pipelineSchedule = pipelineSchedule
        self.fp8Recipe = fp8Recipe
        self.fp8ActivationStorage = fp8ActivationStorage
        self.optimizerStateBytes = optimizerStateBytes
        self.recomputesNormsAndLatentUpProjections = recomputesNormsAndLatentUpProjections
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
        if plan.etp > 1, !tensorParallel { return ("etp", "1 (\(id) has no tensor parallelism)") }
        if plan.expertOverlap, overlap.expertAllToAll <= 0 {
            return ("expert_overlap", "false (\(id) has no overlapped all-to-all schedule)")
        }
        if !zeroStages.contains(plan.zeroStage), !(plan.zeroStage == 0 && plan.dp * plan.cp == 1) {
            let stages = zeroStages.stages.map(String.init).joined(separator: ", ")
            return ("zero", "one of \(stages) (the ZeRO stages of \(id))")
        }
        if plan.precision == .fp8, !fp8 { return ("precision", "bf16 (\(id) has no FP8 training)") }
        return nil
    }
}

/// Which activations are recomputed in the backward pass instead of being kept from the forward pass.
///
/// Source: Korthikanti et al. 2022, Reducing Activation Recomputation in Large Transformer Models,
/// arXiv:2205.05198, Sec. 4.2 (full recomputation) and Sec. 5 (selective recomputation).
public enum Recompute: Int, Sendable, Hashable, CaseIterable, Codable {
    /// Keep every activation: no extra FLOP, most memory.
    case none = 0
    /// Recompute only the attention core (QKᵀ, softmax, dropout, ×V): its `5·a·s²·b` bytes are dropped
    /// and the attention-score FLOP are spent twice.
    case selective = 1
    /// Keep only each layer's input (`2·s·b·h` bytes) and rerun the whole forward pass of the layer
    /// in the backward pass: one extra forward pass, hence HFU = 4/3 · MFU for the layers.
    case full = 2

    /// How people write it on the command line.
    public var label: String {
        switch self {
        case .none: "none"
        case .selective: "selective"
        case .full: "full"
        }
    }

    /// Parses `none`, `selective` or `full`.
    public init?(label: String) {
        switch label.lowercased() {
        case "none", "off", "no": self = .none
        case "selective", "sel": self = .selective
        case "full": self = .full
        default: return nil
        }
    }
}

/// Arithmetic format of the matrix multiplications during training.
public enum TrainingPrecision: Int, Sendable, Hashable, CaseIterable, Codable {
    /// BF16 (or FP16) tensor-core GEMMs, FP32 master weights and Adam moments.
    case bf16 = 0
    /// FP8 tensor-core GEMMs with BF16 weights, an FP8 weight copy, and FP32 master weights
    /// (Transformer Engine style; Micikevicius et al. 2022, FP8 Formats for Deep Learning, arXiv:2209.05433).
    case fp8 = 1

    public var label: String { self == .bf16 ? "bf16" : "fp8" }
}

/// How one training step is split over the GPUs: a 3D (plus context and expert) parallel plan.
///
/// Rank order is Megatron-Core's default, innermost first: tensor, context, data, pipeline (`--order tp-cp-dp-pp`),
/// so a group of stride `x` and size `n` stays inside one scale-up domain of `D` accelerators exactly when
/// `x·n ≤ D` (the CP group: stride TP, size CP). Expert parallelism lives inside the data-parallel ranks, as in
/// Megatron-Core's MoE layers: the `TP·CP·DP` ranks of a pipeline stage are regrouped for the experts as expert
/// tensor, expert and expert-data parallel, innermost first (`etp-ep-edp`):
///
/// ```
/// N   = TP · CP · PP · DP                 every GPU holds a slice of the attention and dense layers
/// EDP = TP · CP · DP / (EP · ETP)         replicas of each expert slice (its gradients are reduced over them)
/// ```
/// - `TP`: tensor-parallel ways (Shoeybi et al. 2019, Megatron-LM, arXiv:1909.08053)
/// - `CP`: context-parallel ways: each CP rank holds `s/CP` tokens of every sequence and the ranks pass
///   key/value blocks around a ring (ring attention: Liu et al. 2023, arXiv:2310.01889; Megatron-Core
///   `--context-parallel-size`; Llama 3, Dubey et al. 2024, arXiv:2407.21783, Sec. 3.3.2). 1 = none.
/// - `PP`: pipeline stages; `interleave` = v model chunks per stage (Narayanan et al. 2021, arXiv:2104.04473, Sec. 2.2)
/// - `DP`: data-parallel replicas of the dense parameters (each reads its own data); ZeRO shards over `DP·CP`
/// - `EP`: expert-parallel ways (MoE only; `E/EP` experts per GPU), `ETP`: expert tensor-parallel ways; the EP
///   group has stride `ETP` (Megatron-Core `--expert-model-parallel-size`, `--expert-tensor-parallel-size`)
/// - `microbatch`: sequences per micro-batch, b
public struct ParallelPlan: Sendable, Hashable {
    public var tp: Int
    /// Context-parallel ways (1 = the sequence is not split).
    public var cp: Int
    public var pp: Int
    public var interleave: Int
    public var dp: Int
    /// Expert-parallel ways, inside `TP·CP·DP` (1 for a dense model).
    public var ep: Int
    /// Expert tensor-parallel ways: each expert's weights split `ETP` ways (1: whole experts per GPU).
    public var etp: Int
    /// The framework's overlapped all-to-all schedule (Megatron-Core `--overlap-moe-expert-parallel-comm`,
    /// DeepSeek's DualPipe): one micro-batch's dispatch and combine run behind another's computation.
    public var expertOverlap: Bool
    /// Sequence parallelism (Korthikanti et al. 2022, Sec. 4.2.2): LayerNorm/dropout split over the TP group.
    public var sequenceParallel: Bool
    public var microbatch: Int
    public var recompute: Recompute
    /// With ``Recompute/full``: how many layers of each pipeline stage are recomputed, counted on the
    /// stage with the most layers (Megatron-Core `--recompute-num-layers`); nil = all of them.
    public var recomputeLayers: Int?
    /// ZeRO stage (Rajbhandari et al. 2020, arXiv:1910.02054): 0 none, 1 optimizer states,
    /// 2 + gradients, 3 + weights sharded over the data-parallel group (3 ≈ FSDP full sharding).
    public var zeroStage: Int
    public var precision: TrainingPrecision

    public init(
        tp: Int = 1, cp: Int = 1, pp: Int = 1, interleave: Int = 1, dp: Int = 1, ep: Int = 1, etp: Int = 1,
        expertOverlap: Bool = false, sequenceParallel: Bool = false, microbatch: Int = 1,
        recompute: Recompute = .none, recomputeLayers: Int? = nil, zeroStage: Int = 0,
        precision: TrainingPrecision = .bf16
    ) {
        self.tp = tp
        self.cp = cp
        self.pp = pp
        self.interleave = interleave
        self.dp = dp
        self.ep = ep
        self.etp = etp
        self.expertOverlap = expertOverlap
        self.sequenceParallel = sequenceParallel
        self.microbatch = microbatch
        self.recompute = recompute
        self.recomputeLayers = recomputeLayers
        self.zeroStage = zeroStage
        self.precision = precision
    }

    /// Accelerators the plan occupies: `TP·CP·PP·DP`.
    @inlinable public var gpus: Int { tp * cp * pp * dp }

    /// Ranks of one pipeline stage, `TP·CP·DP`.
    @inlinable public var stageRanks: Int { tp * cp * dp }

    /// Replicas of each expert slice, `EDP = TP·CP·DP/(EP·ETP)` (at least 1).
    @inlinable public var expertDataParallel: Int { max(1, tp * cp * dp / max(1, ep * etp)) }

    /// A short one-line description: `TP8 PP64 v1 DP6 EP1 SP b1 full Z0 bf16` (`TP8 CP16 PP16 …` when CP > 1,
    /// `full×3` when only 3 layers of each stage are recomputed, `EP8 ETP1 a2a-overlap` for an MoE plan).
    public var summary: String {
        let layers = recompute == .full ? recomputeLayers.map { "×\($0)" } ?? "" : ""
        let context = cp > 1 ? " CP\(cp)" : ""
        let sp = sequenceParallel ? " SP" : ""
        let expert = ep > 1 || etp > 1 ? " ETP\(etp)" + (expertOverlap ? " a2a-overlap" : "") : ""
        return "TP\(tp)\(context) PP\(pp) v\(interleave) DP\(dp) EP\(ep)\(expert)\(sp) "
            + "b\(microbatch) \(recompute.label)\(layers) Z\(zeroStage) \(precision.label)"
    }
}

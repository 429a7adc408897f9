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
/// Rank order is Megatron-Core's default, innermost first: tensor, context, expert, data, pipeline
/// (`--order tp-cp-ep-dp-pp`), so a group of stride `x` and size `n` stays inside one scale-up
/// domain of `D` accelerators exactly when `x·n ≤ D` (the CP group: stride TP, size CP).
///
/// ```
/// N = TP · CP · PP · DP · EP
/// ```
/// - `TP`: tensor-parallel ways (Shoeybi et al. 2019, Megatron-LM, arXiv:1909.08053)
/// - `CP`: context-parallel ways: each CP rank holds `s/CP` tokens of every sequence and the ranks pass
///   key/value blocks around a ring (ring attention: Liu et al. 2023, arXiv:2310.01889; Megatron-Core
///   `--context-parallel-size`; Llama 3, Dubey et al. 2024, arXiv:2407.21783, Sec. 3.3.2). 1 = none.
/// - `PP`: pipeline stages; `interleave` = v model chunks per stage (Narayanan et al. 2021, arXiv:2104.04473, Sec. 2.2)
/// - `DP`: data-parallel replicas; `EP`: expert-parallel ways (MoE only; each EP rank also reads its own data)
/// - `microbatch`: sequences per micro-batch, b
public struct ParallelPlan: Sendable, Hashable {
    public var tp: Int
    /// Context-parallel ways (1 = the sequence is not split).
    public var cp: Int
    public var pp: Int
    public var interleave: Int
    public var dp: Int
    public var ep: Int
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

    public init(tp: Int = 1, cp: Int = 1, pp: Int = 1, interleave: Int = 1, dp: Int = 1, ep: Int = 1,
                sequenceParallel: Bool = false, microbatch: Int = 1, recompute: Recompute = .none,
                recomputeLayers: Int? = nil, zeroStage: Int = 0, precision: TrainingPrecision = .bf16) {
        self.tp = tp; self.cp = cp; self.pp = pp; self.interleave = interleave; self.dp = dp; self.ep = ep
        self.sequenceParallel = sequenceParallel; self.microbatch = microbatch; self.recompute = recompute
        self.recomputeLayers = recomputeLayers; self.zeroStage = zeroStage; self.precision = precision
    }

    /// Accelerators the plan occupies.
    @inlinable public var gpus: Int { tp * cp * pp * dp * ep }

    /// A short one-line description: `TP8 PP64 v1 DP6 EP1 SP b1 full Z0 bf16` (`TP8 CP16 PP16 …` when CP > 1,
    /// `full×3` when only 3 layers of each stage are recomputed).
    public var summary: String {
        let layers = recompute == .full ? recomputeLayers.map { "×\($0)" } ?? "" : ""
        let context = cp > 1 ? " CP\(cp)" : "", sp = sequenceParallel ? " SP" : ""
        return "TP\(tp)\(context) PP\(pp) v\(interleave) DP\(dp) EP\(ep)\(sp) "
            + "b\(microbatch) \(recompute.label)\(layers) Z\(zeroStage) \(precision.label)"
    }
}

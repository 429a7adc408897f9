/// Memory per GPU of one parallel plan, on the pipeline stage that needs the most.
public struct MemoryBreakdown: Sendable, Hashable {
    /// Weights (BF16, plus an FP8 copy for FP8 training), bytes.
    public var weights: Double
    /// Gradients (BF16), bytes.
    public var gradients: Double
    /// Optimizer states (FP32 master weights, Adam m and v), bytes.
    public var optimizer: Double
    /// Activations kept for the backward pass, plus a recomputed layer's working set, bytes.
    public var activations: Double

    @inlinable public init(weights: Double, gradients: Double, optimizer: Double, activations: Double) {
        self.weights = weights; self.gradients = gradients; self.optimizer = optimizer; self.activations = activations
    }

    /// All of it, bytes.
    @inlinable public var total: Double { weights + gradients + optimizer + activations }
}

/// Per-GPU memory of training with mixed-precision Adam, ZeRO sharding and the activation formulas
/// of Korthikanti et al. 2022 (arXiv:2205.05198).
public enum MemoryModel {
    /// Activation bytes one transformer layer keeps for one micro-batch on one GPU.
    ///
    /// ```
    /// none,      no SP:  s·b·h·(10 + 24/t + 5·a·s/(h·t))     (Korthikanti Sec. 4.2.1, eq. 2)
    /// none,      SP:     s·b·h·(34/t + 5·a·s/(h·t))          (Sec. 4.2.2, eq. 4)
    /// selective, no SP:  s·b·h·(10 + 24/t)                   (Sec. 5, the 5as/h term is recomputed)
    /// selective, SP:     s·b·h·34/t                          (Sec. 5, eq. 6)
    /// full,      no SP:  2·s·b·h                             (Sec. 4.2.3: only the layer input)
    /// full,      SP:     2·s·b·h/t                           (the input is sequence-sharded)
    /// ```
    /// - `s` sequence length, `b` micro-batch (sequences), `h` hidden size, `a` heads, `t` TP ways
    /// - without parallelism (`t = 1`) the first line is the paper's `s·b·h·(34 + 5·a·s/h)`.
    ///
    /// Assumes 16-bit activations and 1-byte dropout masks, as the paper. With a fused attention kernel
    /// (`fusedAttention`, FlashAttention: Dao et al. 2022, arXiv:2205.14135) the `5·a·s²·b/t` attention
    /// core is never stored; only the FP32 softmax statistics, `4·a·s·b/t` bytes, are kept, so selective
    /// recomputation saves nothing more.
    ///
    /// Context parallelism divides every line by `c` (CP ways): a CP rank keeps only its `s/c` tokens.
    /// ```
    /// s·b·h·(…)            →  (s/c)·b·h·(…)            every linear term: local tokens only
    /// 5·a·s²·b/t           →  5·a·(s/c)·s·b/t          scores of the s/c local queries against all s keys
    /// 4·a·s·b/t (fused)    →  4·a·(s/c)·b/t            softmax statistics of the local queries
    /// ```
    /// so `A(c) = A(1)/c` exactly. Key/value blocks received from the ring are not kept (the backward
    /// pass circulates them again); the two in-flight receive buffers, `4·(s/c)·b·h·(k/a)/t` bytes, are
    /// left out. `c` = 1 gives the formulas above unchanged. Sources: Korthikanti et al. 2022 with
    /// `s → s/c` for the local tokens; ring attention, Liu et al. 2023 (arXiv:2310.01889), Sec. 3.
    @inlinable
    public static func activationBytesPerLayer(seq s: Double, microbatch b: Double, hidden h: Double, heads a: Double,
                                               tp t: Double, sequenceParallel sp: Bool, recompute: Recompute,
                                               fusedAttention: Bool = false, cp c: Double = 1) -> Double {
        let local = c == 1 ? s : s / c  // (no division on the common CP = 1 path)
        let sbh = local * b * h
        let attentionCore = fusedAttention ? 4 * a * local * b / t : 5 * a * s * local * b / t
        switch recompute {
        case .none: return (sp ? sbh * 34 / t : sbh * (10 + 24 / t)) + attentionCore
        case .selective: return (sp ? sbh * 34 / t : sbh * (10 + 24 / t)) + (fusedAttention ? attentionCore : 0)
        case .full: return sp ? 2 * sbh / t : 2 * sbh
        }
    }

    /// Memory of `plan` per GPU: each term at the larger of the first and last pipeline stage (an upper
    /// bound; the first stage holds the most activations, the last the FP32 logits).
    ///
    /// ```
    /// Φ_stage  = (L/p)·(P_attn/t + (E/e)·P_mlp/t + 13h) + embedding/t      parameters on the stage
    /// weights  = Φ·w / (d·c if ZeRO ≥ 3)    w = 2 bytes (BF16), 3 for FP8 (BF16 + FP8 copy)
    /// grads    = Φ·2 / (d·c if ZeRO ≥ 2)
    /// optimizer= Φ·12 / (d·c if ZeRO ≥ 1)   FP32 master 4 + Adam m 4 + v 4 (2+2+12 = 16 bytes/param)
    /// act_first= A_layer·(L/p)·min(p, m)·(1 + (p−1)/(p·v) if v > 1) + A_none (full recompute working set)
    /// act_last = A_layer·(L/p) + 4·(s/c)·b·V/t                          FP32 logits of one micro-batch
    /// ```
    /// - `m` micro-batches per step, `v` interleave, `d` data-parallel ways, `e` expert-parallel ways,
    ///   `c` context-parallel ways: `A_layer` is ``activationBytesPerLayer`` at `c` (so activations ÷ c);
    ///   weights, gradients and optimizer states are replicated over the CP group (not ÷ c), but ZeRO shards
    ///   them over the data-parallel × context-parallel group of `d·c` ranks, as Megatron-Core's distributed
    ///   optimizer does (its data-parallel group "with context parallel" spans both).
    /// - With 1F1B the first stage holds `p` micro-batches in flight, `L/p` layers each: `L` layers'
    ///   worth in total (Korthikanti Sec. 4.2.3, Narayanan et al. 2021 Sec. 2.2); interleaving adds
    ///   `(p−1)/(p·v)`. Embedding on the first stage, a separate copy of the output layer on the last
    ///   (Megatron ties them across stages); with `p = 1` one tied copy.
    /// Sources: Rajbhandari et al. 2020 (ZeRO, arXiv:1910.02054) Sec. 3 and 5 for 2+2+12 and sharding;
    /// Korthikanti et al. 2022 for activations.
    @inlinable
    public static func perGPU(plan: ParallelPlan, problem: PlanProblem) -> MemoryBreakdown {
        let shape = problem.shape
        let t = Double(plan.tp), p = Double(plan.pp), v = Double(plan.interleave)
        let c = Double(plan.cp), shard = Double(plan.dp * plan.cp)
        let b = Double(plan.microbatch), s = Double(shape.sequenceLength), h = Double(shape.hidden)
        let vocab = Double(shape.vocabulary)
        let layersPerStage = Double(shape.layers) / p
        let microbatches = Double(problem.globalBatch) / (Double(plan.dp * plan.ep) * b)

        let params = stageParameters(plan: plan, problem: problem)

        let weightBytes = plan.precision == .fp8 ? 3.0 : 2.0
        let weights = params * weightBytes / (plan.zeroStage >= 3 ? shard : 1)
        let gradients = params * 2 / (plan.zeroStage >= 2 ? shard : 1)
        let optimizer = params * 12 / (plan.zeroStage >= 1 ? shard : 1)

        let a = Double(shape.heads)
        let layerAct = activationBytesPerLayer(seq: s, microbatch: b, hidden: h, heads: a, tp: t,
                                               sequenceParallel: plan.sequenceParallel, recompute: plan.recompute,
                                               fusedAttention: problem.constants.fusedAttention, cp: c)
        let workingSet = plan.recompute == .full
            ? activationBytesPerLayer(seq: s, microbatch: b, hidden: h, heads: a, tp: t,
                                      sequenceParallel: plan.sequenceParallel, recompute: .none,
                                      fusedAttention: problem.constants.fusedAttention, cp: c)
            : 0
        let inFlight = min(p, microbatches)
        let interleaveFactor = plan.interleave > 1 ? 1 + (p - 1) / (p * v) : 1
        let logits = 4 * (plan.cp == 1 ? s : s / c) * b * vocab / t
        let firstAct = layerAct * layersPerStage * inFlight * interleaveFactor + workingSet
            + (plan.pp == 1 ? logits : 0)
        let lastAct = layerAct * layersPerStage + workingSet + logits
        return MemoryBreakdown(weights: weights, gradients: gradients, optimizer: optimizer,
                               activations: max(firstAct, lastAct))
    }

    /// Parameters held by one GPU of the fuller of the first and last pipeline stages, before ZeRO sharding.
    ///
    /// ```
    /// Φ = (L/p)·(P_attn/t + (E/e)·P_mlp/t + 13h) + max(V·h + s·h, V·h)/t
    /// ```
    @inlinable
    public static func stageParameters(plan: ParallelPlan, problem: PlanProblem) -> Double {
        let shape = problem.shape
        let t = Double(plan.tp)
        let perLayer = shape.attentionParametersPerLayer / t
            + Double(shape.experts) / Double(plan.ep) * shape.mlpParametersPerExpert / t + shape.smallParametersPerLayer
        // The first stage's embedding (V·h + s·h) is never smaller than the last stage's output layer (V·h).
        return Double(shape.layers) / Double(plan.pp) * perLayer + shape.embeddingParameters / t
    }

    /// Bytes a plan may use per GPU: HBM less the headroom fraction of the preset.
    @inlinable
    public static func usableBytes(_ problem: PlanProblem) -> Double {
        problem.hardware.memoryBytes * (1 - problem.constants.memoryHeadroomFraction)
    }
}

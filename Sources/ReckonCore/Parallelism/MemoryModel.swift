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
    /// Φ_first = ⌈L/p⌉·P_l + (V·h + s·h)/t,   Φ_last = ⌊L/p⌋·P_l + V·h/t,   Φ = max(Φ_first, Φ_last)
    /// P_l = P_attn/t + (E/e)·P_mlp/t + 13h                                  one layer's parameters per GPU
    /// ZeRO 0–2: weights Φ·w,  grads Φ·q_g / (g if ZeRO ≥ 2),  optimizer Φ·12 / (g if ZeRO ≥ 1)
    /// ZeRO 3:   Φ·(4 + q_g + 8)/g  +  P_l·(2·2 + q_g)                        sharded FP32 master, grads, Adam;
    ///                                                                         two layers gathered, one layer's grads
    /// act_first = Σ_layers A_layer · min(p, m) · (1 + (p−1)/(p·v) if v > 1) + A_none (recompute working set)
    /// act_last  = Σ_layers A_layer + A_none + 2·4·(s/c)·b·V/t                FP32 logits and their gradient
    /// ```
    /// - `w` = 2 bytes (BF16), 3 for FP8 (BF16 + FP8 copy); `q_g` ``FrameworkProfile/gradientBytes`` (4: FP32 main
    ///   gradients, Megatron-Core's distributed optimizer: 2 + 4 + 12/d = "6 + 12/d" bytes per parameter);
    ///   `g = d·c` the data × context-parallel group ZeRO shards over; `m` micro-batches per step, `v` interleave.
    /// - `A_layer` is ``activationBytesPerLayer`` at the plan's recomputation; with ``ParallelPlan/recomputeLayers``
    ///   `k` of a stage's layers keep only their input and the others everything (`A_none`); the
    ///   ``FrameworkProfile/selectiveRecompute`` policy `perOperator` keeps half the linear term.
    /// - With 1F1B the first stage holds `p` micro-batches in flight, `L/p` layers each (Korthikanti Sec. 4.2.3,
    ///   Narayanan et al. 2021 Sec. 2.2); interleaving adds `(p−1)/(p·v)`. Uneven pipelines put the extra
    ///   layers on the first stages (``PipelineStages``). With `p = 1` one tied embedding copy and the logits
    ///   on the only stage.
    /// Sources: Rajbhandari et al. 2020 (ZeRO, arXiv:1910.02054) Sec. 3 and 5; Megatron-LM distributed optimizer
    /// documentation (bytes per parameter table); PyTorch FSDP2 `fully_shard` (sharded FP32 parameters, per-layer
    /// all-gather with prefetch of the next layer); Korthikanti et al. 2022 for activations.
    @inlinable
    public static func perGPU(plan: ParallelPlan, problem: PlanProblem) -> MemoryBreakdown {
        let shape = problem.shape, framework = problem.framework
        let t = Double(plan.tp), p = Double(plan.pp), v = Double(plan.interleave)
        let c = Double(plan.cp), shard = Double(plan.dp * plan.cp)
        let b = Double(plan.microbatch), s = Double(shape.sequenceLength), h = Double(shape.hidden)
        let vocab = Double(shape.vocabulary)
        let stages = PipelineStages(layers: shape.layers, stages: plan.pp)
        let microbatches = Double(problem.globalBatch) / (Double(plan.dp * plan.ep) * b)

        let layer = layerParameters(plan: plan, problem: problem)
        let params = max(Double(stages.firstLayers) * layer + shape.embeddingParameters / t,
                         Double(stages.lastLayers) * layer + vocab * h / t)
        let gradientBytes = framework.gradientBytes
        let weights: Double, gradients: Double, optimizer: Double
        if plan.zeroStage >= 3, shard > 1 {
            weights = params * 4 / shard + layer * 2 * 2
            gradients = params * gradientBytes / shard + layer * gradientBytes
            optimizer = params * 8 / shard
        } else {
            weights = params * (plan.precision == .fp8 ? 3.0 : 2.0)
            gradients = params * gradientBytes / (plan.zeroStage >= 2 ? shard : 1)
            optimizer = params * 12 / (plan.zeroStage >= 1 ? shard : 1)
        }

        let a = Double(shape.heads), fused = framework.attention.isFused, sp = plan.sequenceParallel
        let none = activationBytesPerLayer(seq: s, microbatch: b, hidden: h, heads: a, tp: t, sequenceParallel: sp,
                                           recompute: .none, fusedAttention: fused, cp: c)
        let kept: Double
        switch plan.recompute {
        case .none: kept = none
        case .full:
            kept = activationBytesPerLayer(seq: s, microbatch: b, hidden: h, heads: a, tp: t, sequenceParallel: sp,
                                           recompute: .full, fusedAttention: fused, cp: c)
        case .selective:
            let selective = activationBytesPerLayer(seq: s, microbatch: b, hidden: h, heads: a, tp: t,
                                                    sequenceParallel: sp,
                                                    recompute: .selective, fusedAttention: fused, cp: c)
            kept = framework.selectiveRecompute == .perOperator ? selective - 0.5 * linearActivationBytes(
                seq: s, microbatch: b, hidden: h, tp: t, sequenceParallel: sp, cp: c) : selective
        }
        @inline(__always) func stageActivations(_ layers: Int) -> Double {
            guard plan.recompute == .full else { return Double(layers) * kept }
            let recomputed = min(layers, plan.recomputeLayers ?? layers)
            return Double(recomputed) * kept + Double(layers - recomputed) * none
        }
        let workingSet = plan.recompute == .full ? none : 0
        let inFlight = min(p, microbatches)
        let interleaveFactor = plan.interleave > 1 ? 1 + (p - 1) / (p * v) : 1
        let logits = 2 * 4 * (plan.cp == 1 ? s : s / c) * b * vocab / t
        let firstAct = stageActivations(stages.firstLayers) * inFlight * interleaveFactor + workingSet
            + (plan.pp == 1 ? logits : 0)
        let lastAct = stageActivations(stages.lastLayers) + workingSet + logits
        return MemoryBreakdown(weights: weights, gradients: gradients, optimizer: optimizer,
                               activations: max(firstAct, lastAct))
    }

    /// The linear (sequence-length-independent) part of ``activationBytesPerLayer`` without recomputation:
    /// `s'·b·h·(10 + 24/t)`, or `s'·b·h·34/t` with sequence parallelism, `s' = s/c`.
    @inlinable
    public static func linearActivationBytes(seq s: Double, microbatch b: Double, hidden h: Double, tp t: Double,
                                             sequenceParallel sp: Bool, cp c: Double = 1) -> Double {
        let sbh = (c == 1 ? s : s / c) * b * h
        return sp ? sbh * 34 / t : sbh * (10 + 24 / t)
    }

    /// Parameters of one layer held by one GPU: `P_attn/t + (E/e)·P_mlp/t + 13h`.
    @inlinable
    public static func layerParameters(plan: ParallelPlan, problem: PlanProblem) -> Double {
        let shape = problem.shape, t = Double(plan.tp)
        return shape.attentionParametersPerLayer / t
            + Double(shape.experts) / Double(plan.ep) * shape.mlpParametersPerExpert / t + shape.smallParametersPerLayer
    }

    /// Parameters held by one GPU of the fuller of the first and last pipeline stages, before ZeRO sharding.
    ///
    /// ```
    /// Φ = max(⌈L/p⌉·P_l + (V·h + s·h)/t,  ⌊L/p⌋·P_l + V·h/t)
    /// ```
    @inlinable
    public static func stageParameters(plan: ParallelPlan, problem: PlanProblem) -> Double {
        let stages = PipelineStages(layers: problem.shape.layers, stages: plan.pp)
        let layer = layerParameters(plan: plan, problem: problem), t = Double(plan.tp)
        return max(Double(stages.firstLayers) * layer + problem.shape.embeddingParameters / t,
                   Double(stages.lastLayers) * layer
                       + Double(problem.shape.vocabulary) * Double(problem.shape.hidden) / t)
    }

    /// Bytes a plan may use per GPU: device memory less the CUDA context, less the allocator's reserve.
    ///
    /// ```
    /// usable = (M − C) · (1 − r)        C contextBytes, r allocatorReserveFraction (StepTimeConstants)
    /// ```
    @inlinable
    public static func usableBytes(_ problem: PlanProblem) -> Double {
        let c = problem.constants
        return max(0, problem.hardware.memoryBytes - c.contextBytes) * (1 - c.allocatorReserveFraction)
    }
}

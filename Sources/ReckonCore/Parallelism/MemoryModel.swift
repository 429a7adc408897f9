/// Memory per GPU of one parallel plan, on the pipeline stage that needs the most.
public struct MemoryBreakdown: Sendable, Hashable {
    /// Weights (BF16, plus an FP8 copy for FP8 training, or FP8 only with FP8 parameter gathers), bytes.
    public var weights: Double
    /// Gradients (BF16), bytes.
    public var gradients: Double
    /// Optimizer states (FP32 master weights, Adam m and v), bytes.
    public var optimizer: Double
    /// Activations kept for the backward pass, plus a recomputed layer's working set and the all-to-all buffers,
    /// bytes.
    public var activations: Double

    @inlinable public init(weights: Double, gradients: Double, optimizer: Double, activations: Double) {
        self.weights = weights
        self.gradients = gradients
        self.optimizer = optimizer
        self.activations = activations
    }

    /// All of it, bytes.
    @inlinable public var total: Double { weights + gradients + optimizer + activations }
}

/// The two kinds of transformer layer: dense MLP or mixture of experts.
public enum LayerKind: Sendable, Hashable {
    case dense, moe
}

/// Parameters of one layer held by one GPU, split by the group their gradients and optimizer states shard over.
public struct LayerParameters: Sendable, Hashable {
    /// Attention, dense MLP, shared experts, router and norms: sharded by TP, replicated over the `DP·CP` ranks.
    public var dense: Double
    /// The GPU's routed-expert slices: `(E/EP)·P_e/ETP`, replicated over the `EDP` ranks.
    public var expert: Double

    @inlinable public init(dense: Double, expert: Double) {
        self.dense = dense
        self.expert = expert
    }

    @inlinable public var total: Double { dense + expert }

    @inlinable public static func + (a: Self, b: Self) -> Self {
        Self(dense: a.dense + b.dense, expert: a.expert + b.expert)
    }

    @inlinable public static func * (n: Double, a: Self) -> Self { Self(dense: n * a.dense, expert: n * a.expert) }
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
    ///
    /// This is the dense layer of a model with standard attention (`d_h = h/a`); other layers use
    /// ``activationBytes(kind:plan:problem:recompute:)``.
    @inlinable
    public static func activationBytesPerLayer(
        seq s: Double, microbatch b: Double, hidden h: Double, heads a: Double,
        tp t: Double, sequenceParallel sp: Bool, recompute: Recompute,
        fusedAttention: Bool = false, cp c: Double = 1
    ) -> Double {
        let local = c == 1 ? s : s / c  // (no division on the common CP = 1 path)
        let sbh = local * b * h
        let attentionCore = fusedAttention ? 4 * a * local * b / t : 5 * a * s * local * b / t
        switch recompute {
        case .none: return (sp ? sbh * 34 / t : sbh * (10 + 24 / t)) + attentionCore
        case .selective: return (sp ? sbh * 34 / t : sbh * (10 + 24 / t)) + (fusedAttention ? attentionCore : 0)
        case .full: return sp ? 2 * sbh / t : 2 * sbh
        }
    }

    /// True when a layer of `kind` keeps exactly Korthikanti et al.'s activations (``activationBytesPerLayer``):
    /// a dense layer with standard attention (`a·d_h = h`, no latent attention), BF16 GEMM inputs kept.
    @inlinable @usableFromInline
    static func isKorthikantiLayer(_ kind: LayerKind, plan: ParallelPlan, problem: PlanProblem) -> Bool {
        let shape = problem.shape
        return kind == .dense && shape.latentAttention == nil && shape.heads * shape.headDim == shape.hidden
            && !(plan.precision == .fp8 && problem.framework.fp8ActivationStorage)
    }

    /// Activation bytes one layer of `kind` keeps for one micro-batch on one GPU, with `recompute`.
    ///
    /// Korthikanti et al.'s per-token terms (``activationBytesPerLayer``) regrouped by what stores them and
    /// widened where the layer is not a GPT layer (`s' = s/c` local tokens, `1/t` on the split terms, `1/t` on
    /// the rest with sequence parallelism):
    /// ```
    /// rest  = 4h (norms) + 3h (QKV input, mask) + 3h (MLP input, mask)                     + 4·(r_q + r_kv + d_r)
    ///       + 8·E (MoE: FP32 router logits and probabilities)                              (latent attention)
    /// attn  = 8h (Q, K, V, projection input; GPT)   or   2·a·d_qk + 2·k'·d_qk + 2·k'·d_v + 2·a·d_v
    /// mlp   = 16h (dense; GPT)   or   λ·E_a·(2h·u + I(f_e)) + I(S·f_s)   (MoE layer)
    /// I(f)  = 2·(m − 1)·f + 2·f   ((m − 1)·f with FP8 storage)          intermediate of one MLP of width f
    /// core  = 4·a·s'·b/t (fused)   or   5·a·s·s'·b/t (unfused)
    /// none:       s'·b·(rest·[1/t with SP] + (attn + mlp)/t) + core
    /// selective:  the same without the unfused core;   full:  2·s'·b·h (/t with SP)
    /// ```
    /// - `k'` = `k` key/value heads, or `a` with latent attention (decompressed keys and values); `u` ETP ways;
    ///   `λ` the load imbalance (or the capacity factor, ``PlanProblem/expertLoadImbalance``); the routed tokens of
    ///   a GPU are `λ·E_a·s'·b/t` (each GPU's share of the EP group's tokens, ETP ranks all holding their tokens).
    /// - Dense MLPs keep Korthikanti's `16h` (the term the constants were fitted with); for a GPT MLP (`f = 4h`,
    ///   `m = 2`) `I(f) = 16h` too. Multi-head latent attention stores the compressed latents before and after
    ///   their norms.
    /// - Selective recomputation with ``FrameworkProfile/recomputesNormsAndLatentUpProjections`` drops the norms'
    ///   `4h` and, with latent attention, the decompressed Q, K, V (`attn` keeps the projection input `2·a·d_v`).
    /// - FP8 storage (``FrameworkProfile/fp8ActivationStorage`` in an FP8 plan) keeps the inputs of the FP8 GEMMs
    ///   in one byte: QKV input `h`, projection input `a·d_v`, the latents, MLP inputs and down-projection inputs.
    /// Sources: Korthikanti et al. 2022 Sec. 4; DeepSeek-V2 (arXiv:2405.04434) Sec. 2.1 for the latents;
    /// DeepSeek-V3 (arXiv:2412.19437) Sec. 3.3.3 for FP8 activation caching.
    @inlinable
    public static func activationBytes(
        kind: LayerKind, plan: ParallelPlan, problem: PlanProblem,
        recompute: Recompute
    ) -> Double {
        let shape = problem.shape
        let t = Double(plan.tp)
        let c = Double(plan.cp)
        let b = Double(plan.microbatch)
        let s = Double(shape.sequenceLength)
        let h = Double(shape.hidden)
        let a = Double(shape.heads)
        let sp = plan.sequenceParallel
        let fused = problem.framework.attention.isFused
        if isKorthikantiLayer(kind, plan: plan, problem: problem) {
            return activationBytesPerLayer(
                seq: s, microbatch: b, hidden: h, heads: a, tp: t, sequenceParallel: sp,
                recompute: recompute, fusedAttention: fused, cp: c)
        }
        let local = s / c
        if recompute == .full { return 2 * local * b * h / (sp ? t : 1) }
        let perToken = tokenActivationBytes(
            kind: kind, plan: plan, problem: problem,
            selective: recompute == .selective)
        let core = fused ? 4 * a * local * b / t : 5 * a * s * local * b / t
        let linear = local * b * (perToken.rest / (sp ? t : 1) + perToken.split / t)
        return linear + (recompute == .none || fused ? core : 0)
    }

    /// The per-token byte counts of ``activationBytes(kind:plan:problem:recompute:)``: `rest` (replicated over TP
    /// without sequence parallelism) and `split` (already per TP rank ×t, divided by `t` by the caller).
    @inlinable
    static func tokenActivationBytes(
        kind: LayerKind, plan: ParallelPlan, problem: PlanProblem,
        selective: Bool = false
    ) -> (rest: Double, split: Double) {
        let shape = problem.shape
        let h = Double(shape.hidden)
        let a = Double(shape.heads)
        let m = Double(shape.ffnMatrices)
        let fp8Store = plan.precision == .fp8 && problem.framework.fp8ActivationStorage
        let inputBytes = fp8Store ? 1.0 : 2.0  // bytes per element of a GEMM input kept for the backward pass
        // One MLP's intermediate: the pre-activation outputs and the down-projection's input; with FP8 storage the
        // activation's inputs are cached in FP8 and its output recomputed (DeepSeek-V3 Sec. 3.3.3, SwiGLU).
        @inline(__always) func intermediate(_ f: Double) -> Double {
            fp8Store ? (m - 1) * f : 2 * (m - 1) * f + 2 * f
        }
        var rest = 4 * h + (1 + inputBytes) * h + (1 + inputBytes) * h
        var attention = 8 * h
        if let mla = shape.latentAttention {
            rest += 2 * (1 + inputBytes) * Double((mla.queryRank ?? 0) + mla.keyValueRank + mla.ropeHeadDim)
        }
        let recomputeUp = selective && problem.framework.recomputesNormsAndLatentUpProjections
        if shape.latentAttention != nil || shape.heads * shape.headDim != shape.hidden {
            let kv = shape.latentAttention == nil ? Double(shape.kvHeads) : a
            let qk = Double(shape.queryKeyHeadDim)
            let v = Double(shape.valueHeadDim)
            attention = 2 * a * qk + 2 * kv * qk + 2 * kv * v + inputBytes * a * v
            // Recomputed up-projections: the decompressed queries, keys and values are rebuilt from the latents.
            if recomputeUp, shape.latentAttention != nil { attention = inputBytes * a * v }
        } else if fp8Store {
            attention = 6 * h + inputBytes * h
        }
        var mlp = fp8Store ? 8 * h + inputBytes * 4 * h : 16 * h
        if kind == .moe {
            let u = Double(plan.etp)
            let k = Double(shape.activeExperts)
            let f = Double(shape.ffn)
            let shared = Double(shape.sharedExperts * shape.sharedExpertFFNWidth)
            let routed = routedTokenFactor(problem) * k * (inputBytes * h * u + intermediate(f))
            mlp = routed + (shared > 0 ? intermediate(shared) : 0)
            rest += 8 * Double(shape.experts)
        }
        if recomputeUp { rest -= 4 * h }  // the norms' outputs are recomputed
        return (rest, attention + mlp)
    }

    /// Tokens of the busiest EP rank ÷ its fair share: the capacity factor with token dropping (buffers padded to
    /// it), else the load imbalance `λ` (``PlanProblem/expertLoadImbalance``).
    @inlinable
    public static func routedTokenFactor(_ problem: PlanProblem) -> Double {
        problem.shape.capacityFactor ?? problem.expertLoadImbalance
    }

    /// Memory of `plan` per GPU: each term at the largest of the candidate pipeline stages (an upper bound;
    /// the first stage holds the most activations, the last the FP32 logits, a middle stage the most experts).
    ///
    /// ```
    /// Φ_k = Σ_{layers of stage k} P_l  (+ (V·h + s·h)/t first)  (+ V·h/t + D_mtp·(P_moe + 2h²/t) last)
    /// P_l = P_attn/t + P_rep + m·h·f_d/t + c·h                         dense layer, per GPU
    ///     = P_attn/t + P_rep + (S·m·h·f_s)/t + h·E + c·h  +  (E/e)·P_e/u   MoE layer: dense part + expert part
    /// ZeRO 0–2: weights Φ·w,  grads Φ·q_g / (g if ZeRO ≥ 2),  optimizer Φ·q_o / (g if ZeRO ≥ 1)
    /// ZeRO 3:   Φ·(4 + q_g + q_o − 4)/g  +  P_l·(2·w₃ + q_g)                sharded FP32 master, grads, Adam;
    ///                                                                         two layers gathered, one layer's grads
    /// act_k = Σ_{layers of stage k} A_layer · min(p − k, m) · (1 + (p−1)/(p·v) if v > 1) + A_none + buffers
    /// act_last += 2·4·(s/c)·b·V/t                                           FP32 logits and their gradient
    /// buffers = 2 · λ·E_a·(s/c)·b/t · h · 2                                 all-to-all send and receive (MoE)
    /// ```
    /// - the sharding group `g` is `d·c` for the dense part and `EDP` for the expert part (each divides its own
    ///   part, ``LayerParameters``); `P_rep` latent attention's replicated down-projections
    ///   (``TransformerShape/replicatedAttentionParametersPerLayer``); `u` ETP ways.
    /// - `w` = 2 bytes (BF16), 3 for FP8 (BF16 + FP8 copy), 1 for FP8 with FP8 parameter gathers; `w₃` = 2, or 1 with
    ///   FP8 gathers; `q_g` ``FrameworkProfile/gradientBytes`` (4: FP32 main gradients, Megatron-Core's
    ///   distributed optimizer: 2 + 4 + 12/d = "6 + 12/d" bytes per parameter); `q_o`
    ///   ``FrameworkProfile/optimizerStateBytes`` (12, or 8 with BF16 moments); `m` micro-batches, `v` interleave.
    /// - DualPipe (``PipelineSchedule/dualPipe``) holds two chunks per device: weights and gradients twice, one set
    ///   of optimizer states (an assumption: the report says only "two copies of the model parameters").
    /// - `A_layer` is ``activationBytes(kind:plan:problem:recompute:)`` at the plan's recomputation; with
    ///   ``ParallelPlan/recomputeLayers`` `k` of a stage's layers (the first ones) keep only their input and the others
    ///   everything (`A_none`); the ``FrameworkProfile/selectiveRecompute`` policy `perOperator` keeps half the
    ///   linear term.
    /// - With 1F1B stage `k` holds `p − k` micro-batches in flight (Korthikanti Sec. 4.2.3, Narayanan et al. 2021
    ///   Sec. 2.2); interleaving adds `(p−1)/(p·v)`. Uneven pipelines put the extra layers on the first stages
    ///   (``PipelineStages``). With `p = 1` one tied embedding copy and the logits on the only stage.
    /// Sources: Rajbhandari et al. 2020 (ZeRO, arXiv:1910.02054) Sec. 3 and 5; Megatron-LM distributed optimizer
    /// documentation (bytes per parameter table); PyTorch FSDP2 `fully_shard` (sharded FP32 parameters, per-layer
    /// all-gather with prefetch of the next layer); Korthikanti et al. 2022 for activations; Megatron-Core MoE
    /// (experts sharded over EP, their optimizer states over the expert-data-parallel group).
    @inlinable
    public static func perGPU(plan: ParallelPlan, problem: PlanProblem) -> MemoryBreakdown {
        perGPU(plan: plan, problem: problem, layout: StageLayout(shape: problem.shape, stages: plan.pp))
    }

    /// The same with the pipeline's ``StageLayout`` supplied (the search computes it once per depth).
    @inlinable
    public static func perGPU(plan: ParallelPlan, problem: PlanProblem, layout: StageLayout) -> MemoryBreakdown {
        perGPU(
            plan: plan, problem: problem, layout: layout,
            activations: activationBytes(plan: plan, problem: problem, layout: layout))
    }

    /// The same with the plan's activations (``activationBytes(plan:problem:layout:)``) supplied: they do not
    /// depend on the ZeRO stage, so the search computes them once for all stages.
    @inlinable
    public static func perGPU(
        plan: ParallelPlan, problem: PlanProblem, layout: StageLayout,
        activations: Double
    ) -> MemoryBreakdown {
        var memory = parameterMemory(plan: plan, problem: problem, layout: layout)
        memory.activations = activations
        return memory
    }

    /// The weights, gradients and optimizer states of `plan` per GPU (the terms of ``perGPU(plan:problem:)`` but
    /// the activations, which are 0 here). They depend on TP, CP, PP, DP, EP, ETP, the precision and the ZeRO stage
    /// only, so the search computes them once per stage for every micro-batch, interleave and recomputation.
    @inlinable
    public static func parameterMemory(plan: ParallelPlan, problem: PlanProblem, layout: StageLayout)
        -> MemoryBreakdown
    {
        let shape = problem.shape
        let framework = problem.framework
        let shard = Double(plan.dp * plan.cp)
        let expertShard = Double(plan.expertDataParallel)

        let dense = layerParameters(.dense, plan: plan, problem: problem)
        let moe = shape.isMixtureOfExperts ? layerParameters(.moe, plan: plan, problem: problem) : dense
        let largestLayer =
            shape.isMixtureOfExperts
            ? LayerParameters(
                dense: max(dense.dense, moe.dense),
                expert: moe.expert) : dense
        let twice = framework.pipelineSchedule == .dualPipe && plan.pp > 1 ? 2.0 : 1.0
        let gradientBytes = framework.gradientBytes
        let optimizerBytes = framework.optimizerStateBytes
        let fp8Gather = plan.precision == .fp8 && framework.fp8ParameterGather
        var weights = 0.0
        var gradients = 0.0
        var optimizer = 0.0
        for i in 0..<layout.count {
            let params = stageParameters(layout[i], dense: dense, moe: moe, plan: plan, problem: problem)
            let w: Double
            let g: Double
            let o: Double
            if plan.zeroStage >= 3, shard > 1 || (params.expert > 0 && expertShard > 1) {
                let sharded = params.dense / shard + params.expert / expertShard
                let gathered = fp8Gather ? 1.0 : 2.0
                w = sharded * 4 + largestLayer.total * 2 * gathered
                g = sharded * gradientBytes + largestLayer.total * gradientBytes
                o = sharded * (optimizerBytes - 4)
            } else {
                let bytes = plan.precision == .fp8 ? (fp8Gather ? 1.0 : 3.0) : 2.0
                w = params.total * bytes
                g =
                    plan.zeroStage >= 2
                    ? (params.dense / shard + params.expert / expertShard) * gradientBytes
                    : params.total * gradientBytes
                o =
                    plan.zeroStage >= 1
                    ? (params.dense / shard + params.expert / expertShard) * optimizerBytes
                    : params.total * optimizerBytes
            }
            weights = max(weights, w * twice)
            gradients = max(gradients, g * twice)
            optimizer = max(optimizer, o)
        }
        return MemoryBreakdown(weights: weights, gradients: gradients, optimizer: optimizer, activations: 0)
    }
}

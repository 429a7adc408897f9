/// Step time, throughput, MFU/HFU and memory of one parallel plan run by one framework.
///
/// The step is a pipeline schedule over `m` micro-batches paced by the slowest stage, then the exposed
/// data-parallel communication and the optimizer step:
/// ```
/// T_step  = m · T_stage + T_bubble + T_dp,exposed + T_opt
/// T_stage = max over the candidate stages k (StageLayout) of  Σ_kinds n_k·T_layer + r_k·T_rec  (+ T_out, T_mtp last)
///           + 2·v·T_send·(1 − o_pp)
/// T_bubble = (p−1)/v · T_stage                 1F1B / interleaved 1F1B
///          = (p/2 − 1) · ⅔ · T_stage           DualPipe: (p/2 − 1)·(F&B + B − 3W) with F&B = F + B, B = 2F, W = F
/// T_layer = T_f + T_b + X_tp + X_z3 + X_a2a + 3·X_cp + T_sel                every layer, of its kind (dense, MoE)
/// T_rec   = T_f + X_tp,f + X_a2a,rec + X_cp + (X_z3,rec − X_z3)               each recomputed layer (full)
/// T_f     = T_gemm + T_attn + T_elem + T_fix          T_b = 2·T_gemm + T_attn,bwd + 2·T_elem + 2·T_fix
/// X_tp    = exposed(T_tp, T_gemm, o_tp) + exposed(T_tp, 2·T_gemm, o_tp)        forward and backward collectives
/// X_z3    = exposed(AG_l, T_f, o_ag) + exposed(AG_l + RS_l, T_b + T_sel, o_rs)  ZeRO-3/FSDP, per layer and micro-batch
/// X_z3,rec = the same with the recomputed forward in the backward window
/// X_cp    = max(0, T_cp − T_attn)                                               ring K/V exchange not hidden
/// T_layer,moe ← max(T_layer,moe, 3·t_h),  T_rec,moe ← max(T_rec,moe, t_h)          host-bound MoE layers
/// X_a2a   = A                                                                   MoE layers, no overlapped schedule
///         = A − H + H·σ/(1 − σ),  H = min(o_a2a·A, T_f + T_b)     overlapped (ParallelPlan.expertOverlap)
/// A       = (T_dispatch + T_combine) + 2·T_combine                              forward, then backward (BF16)
/// T_sel   = T_attn + T_elem,attn (unfused, selective) · ½·T_gemm + T_elem (per-operator selective) · 0
///           (+ T_up + T_norm: latent up-projections and norms, FrameworkProfile.recomputesNormsAndLatentUpProjections)
/// T_out   = 3·T_logit + 3·T_loss       T_mtp = D_mtp·(T_layer,moe + 3·T_proj + T_out)
/// T_dp,exposed = max over the candidate stages of
///                RS/k + exposed(RS − RS/k, W_b, o_rs) + exposed(AG, W_f, o_ag)    ZeRO 1–2, distributed optimizer
///                AR/k + exposed(AR − AR/k, W_b, o_rs)                              ZeRO 0
/// T_opt   = max_k (Φ_dense/g + Φ_expert/EDP if ZeRO ≥ 1) · (q + 2·(q_o − 12)) / B_hbm
/// m = B/(d·b),  g = d·c,  exposed(T, W, o) = T − min(o·T, W)  (exposedSeconds)
/// ```
/// - `T_gemm … T_cp`, `T_dispatch`, `T_combine`: ``LayerCost`` (forward, one layer, one micro-batch, the layer's kind);
///   collectives: ``CollectiveCost`` (α–β, ring/tree, scale-up or scale-out tier by where the group lies); `AG_l`,
///   `RS_l` one layer's parameters gathered (BF16, or FP8 with ``FrameworkProfile/fp8ParameterGather``) and gradients
///   reduced (``FrameworkProfile/gradientBytes``), the dense part over the `g` DP·CP ranks (stride `t`) and the
///   expert part over the `EDP` ranks (stride `EP·ETP`); `RS`, `AR`, `AG` the stage's gradients and parameters `Φ`
///   (``MemoryModel/layerParameters(_:plan:problem:)``) in `k` buckets (``FrameworkProfile/gradientBucketBytes``), the
///   last of which can never overlap; `W_b`, `W_f` the backward and forward of one micro-batch on that stage
///   (Megatron-Core reduces behind the last micro-batch's backward and gathers behind the next step's forward).
///   These collectives and `T_opt` depend only on the layout and the ZeRO stage: ``ParameterSharding`` computes them.
/// - `o_rs, o_ag, o_tp, o_pp, o_a2a`: ``FrameworkProfile/overlap``. The forward pipeline sends carry `b·(s/c)·h·β`
///   bytes, divided by `t` with the scatter-gather optimisation (Narayanan et al. 2021 Sec. 4.1).
/// - `t_h`: ``StepTimeConstants/moeLayerHostSeconds``, the host time of an MoE layer's forward launches.
/// - `σ = n_comm/U`: the share of the compute units the all-to-all kernels occupy while they run behind
///   computation (``StepTimeConstants/communicationUnits``), which slows the computation they overlap.
/// - Pipeline schedule: 1F1B (`v = 1`) or interleaved 1F1B (`v` model chunks per stage); the warm-up and
///   cool-down leave `(p−1)/v` stage-times idle (Narayanan et al. 2021, Sec. 2.2); with uneven stages or a mix
///   of dense and MoE layers the slowest candidate stage (``StageLayout``; the last one with the output layer)
///   paces every micro-batch. DualPipe: DeepSeek-V3 (arXiv:2412.19437) Sec. 3.2.1, Table 2.
/// - Context parallelism (`c` ways): ``LayerCost`` is taken at `s/c` tokens per rank; the ring exchange runs
///   while the rank computes attention on the blocks it has (Liu et al. 2023, arXiv:2310.01889; Dubey et al.
///   2024, Sec. 3.3.2); gradients are reduced over the `g = d·c` ranks that hold the same weights.
/// - Experts live inside the data-parallel ranks (``ParallelPlan``); the busiest EP rank paces the MoE layers
///   (``PlanProblem/expertLoadImbalance``).
///
/// MFU counts model FLOP (``PlanProblem/modelFLOPPerSequence``); HFU adds the recomputed FLOP. Both are taken
/// against the BF16 peak, also for FP8 plans, so that they compare across precisions;
/// ``PlanEstimate/mfuAgainstFP8Peak`` gives the MFU against the FP8 peak beside it.
public enum StepTimeModel {
    /// Estimates `plan` without checking that it is structurally valid (the search only generates
    /// valid plans); memory is reported and ``PlanEstimate/fitsInMemory`` says whether it fits.
    @inlinable
    public static func estimate(plan: ParallelPlan, problem: PlanProblem) -> PlanEstimate {
        estimate(
            plan: plan, problem: problem,
            layer: LayerCost(
                tp: plan.tp, cp: plan.cp, ep: plan.ep, etp: plan.etp, microbatch: plan.microbatch,
                precision: plan.precision, problem: problem))
    }

    /// The same with the per-(TP, CP, EP, ETP, micro-batch) ``LayerCost`` supplied by the caller.
    @inlinable
    public static func estimate(plan: ParallelPlan, problem: PlanProblem, layer: LayerCost) -> PlanEstimate {
        let layout = StageLayout(shape: problem.shape, stages: plan.pp)
        return estimate(
            plan: plan, problem: problem, layer: layer,
            memory: MemoryModel.perGPU(plan: plan, problem: problem, layout: layout), layout: layout)
    }

    /// The same with the plan's ``MemoryModel/perGPU(plan:problem:)`` supplied too: the search checks memory first
    /// and times only the plans that fit.
    @inlinable
    public static func estimate(
        plan: ParallelPlan, problem: PlanProblem, layer: LayerCost,
        memory: MemoryBreakdown
    ) -> PlanEstimate {
        estimate(
            plan: plan, problem: problem, layer: layer, memory: memory,
            layout: StageLayout(shape: problem.shape, stages: plan.pp))
    }

    /// The timing of one layer of one kind for one micro-batch (see the type's formulas).
    @usableFromInline
    struct LayerTimes {
        @usableFromInline var gemm = 0.0, elem = 0.0, fixed = 0.0, forward = 0.0, backward = 0.0
        @usableFromInline var tpForward = 0.0, tpBackward = 0.0
        @usableFromInline var selective = 0.0, selectiveGEMM = 0.0, selectiveAttention = 0.0, selectiveElem = 0.0
        @usableFromInline var zero3 = 0.0, zero3Recomputed = 0.0, a2a = 0.0, a2aRecomputed = 0.0
        @usableFromInline var base = 0.0, recompute = 0.0, hostWait = 0.0, hostWaitRecomputed = 0.0
        @usableFromInline init() {}
    }

    /// The same with the pipeline's ``StageLayout`` supplied (the search computes it once per depth).
    @inlinable
    public static func estimate(
        plan: ParallelPlan, problem: PlanProblem, layer: LayerCost,
        memory: MemoryBreakdown, layout: StageLayout
    ) -> PlanEstimate {
        estimate(
            plan: plan, problem: problem, layer: layer, memory: memory, layout: layout,
            sharding: ParameterSharding(plan: plan, problem: problem, layout: layout))
    }

    /// The full estimate with the plan's ``ParameterSharding`` supplied too (the search computes it once per ZeRO
    /// stage of a (TP, CP, PP, DP, EP, ETP) combination).
    @inlinable
    public static func estimate(
        plan: ParallelPlan, problem: PlanProblem, layer: LayerCost,
        memory: MemoryBreakdown, layout: StageLayout, sharding: ParameterSharding
    ) -> PlanEstimate {
        let c = problem.constants
        let hw = problem.hardware
        let shape = problem.shape
        let fw = problem.framework
        let o = fw.overlap
        let p = Double(plan.pp)
        let v = Double(plan.interleave)
        let d = Double(plan.dp)
        let b = Double(plan.microbatch)
        let t = Double(plan.tp)
        let seq = Double(shape.sequenceLength)
        let h = Double(shape.hidden)
        let s = plan.cp == 1 ? seq : seq / Double(plan.cp)  // tokens of a sequence on one CP rank
        let m = Double(problem.globalBatch) / (d * b)
        let moeModel = shape.isMixtureOfExperts

        let attn = layer.attentionSeconds
        let cpExposed = plan.cp == 1 ? 0 : max(0, layer.contextParallelSeconds - attn)
        let sigma = c.communicationUnits / Double(hw.computeUnits > 0 ? hw.computeUnits : 132)

        @inline(__always) func times(_ kind: LayerKind) -> LayerTimes {
            var x = LayerTimes()
            let sp = plan.sequenceParallel
            let tpPass: Double
            if kind == .dense {
                x.gemm = layer.gemmSeconds
                x.fixed = layer.fixedSeconds
                x.elem = sp ? layer.elementwiseSecondsSequenceParallel : layer.elementwiseSeconds
                tpPass = sp ? layer.tensorParallelSecondsSequenceParallel : layer.tensorParallelSeconds
            } else {
                x.gemm = layer.moeGEMMSeconds
                x.fixed = layer.moeFixedSeconds
                x.elem = sp ? layer.moeElementwiseSecondsSequenceParallel : layer.moeElementwiseSeconds
                tpPass = sp ? layer.moeTensorParallelSecondsSequenceParallel : layer.moeTensorParallelSeconds
            }
            x.forward = x.gemm + attn + x.elem + x.fixed
            x.backward = 2 * x.gemm + layer.attentionBackwardSeconds + 2 * x.elem + 2 * x.fixed
            x.tpForward = exposedSeconds(tpPass, window: x.gemm, overlap: o.tensorParallel)
            x.tpBackward = exposedSeconds(tpPass, window: 2 * x.gemm, overlap: o.tensorParallel)
            if plan.recompute == .selective {
                if !fw.attention.isFused {
                    x.selectiveAttention = attn
                    x.selectiveElem = layer.attentionElementwiseSeconds
                } else if fw.selectiveRecompute == .perOperator {
                    x.selectiveGEMM = 0.5 * x.gemm
                    x.selectiveElem = x.elem
                }
                if fw.recomputesNormsAndLatentUpProjections,
                    !MemoryModel.isKorthikantiLayer(kind, plan: plan, problem: problem)
                {
                    x.selectiveGEMM += layer.latentUpProjectionSeconds
                    x.selectiveElem += layer.normRecomputeSeconds
                }
                x.selective = x.selectiveGEMM + x.selectiveAttention + x.selectiveElem
            }
            // ZeRO-3/FSDP: each layer's parameters gathered before its forward and backward, its gradients
            // reduce-scattered after its backward; the backward window includes any recomputation done there.
            let zero3 = kind == .dense ? sharding.denseZero3 : sharding.moeZero3
            if zero3.applies {
                let gather = zero3.gather
                let reduce = zero3.reduce
                let forwardPart = exposedSeconds(gather, window: x.forward, overlap: o.parameterGather)
                x.zero3 =
                    forwardPart
                    + exposedSeconds(
                        gather + reduce, window: x.backward + x.selective,
                        overlap: o.gradientReduce)
                x.zero3Recomputed =
                    forwardPart
                    + exposedSeconds(
                        gather + reduce,
                        window: x.backward + x.selective + x.forward,
                        overlap: o.gradientReduce)
            }
            if kind == .moe, plan.ep > 1 {
                let forwardA2A = layer.expertDispatchSeconds + layer.expertCombineSeconds
                let all = forwardA2A + 2 * layer.expertCombineSeconds
                if plan.expertOverlap {
                    let hidden = min(o.expertAllToAll * all, x.forward + x.backward)
                    x.a2a = all - hidden + hidden * sigma / (1 - sigma)
                    let hiddenRecompute = min(o.expertAllToAll * forwardA2A, x.forward)
                    x.a2aRecomputed = forwardA2A - hiddenRecompute + hiddenRecompute * sigma / (1 - sigma)
                } else {
                    x.a2a = all
                    x.a2aRecomputed = forwardA2A
                }
            }
            x.base =
                x.forward + x.backward + x.tpForward + x.tpBackward + x.zero3 + x.a2a + 3 * cpExposed
                + x.selective
            // A recomputed layer reruns its forward (and its TP/MoE/CP communication) inside the backward pass,
            // which also gives its ZeRO-3 collectives a longer window.
            x.recompute = x.forward + x.tpForward + x.a2aRecomputed + cpExposed + (x.zero3Recomputed - x.zero3)
            if kind == .moe {
                // An MoE layer is never shorter than the host's launches of its kernels.
                x.hostWait = max(0, 3 * c.moeLayerHostSeconds - x.base)
                x.hostWaitRecomputed = max(0, c.moeLayerHostSeconds - x.recompute)
                x.base += x.hostWait
                x.recompute += x.hostWaitRecomputed
            }
            return x
        }
        let dt = times(.dense)
        let mt = moeModel ? times(.moe) : dt
        let output = 3 * (layer.logitSeconds + layer.lossSeconds)
        let mtpModules = Double(shape.multiTokenPrediction)
        let mtp = mtpModules * (mt.base + 3 * layer.projectionSeconds + output)

        @inline(__always) func recomputed(_ k: StageComposition) -> (dense: Int, moe: Int) {
            guard plan.recompute == .full else { return (0, 0) }
            let n = k.layers
            let r = min(n, plan.recomputeLayers ?? n)
            let rd = min(k.dense, r)
            return (rd, min(k.moe, r - rd))
        }
        @inline(__always) func stageTime(_ k: StageComposition) -> Double {
            let r = recomputed(k)
            var time =
                Double(k.dense) * dt.base + Double(k.moe) * mt.base + Double(r.dense) * dt.recompute
                + Double(r.moe) * mt.recompute
            if k.isLast { time += output + mtp }
            return time
        }
        // The pacing stage: the slowest candidate, the last one on a tie (it has the output layer).
        var pace = layout.last
        var paceTime = stageTime(layout.last)
        for i in 0..<layout.count where i != 1 {
            let k = layout[i]
            let time = stageTime(k)
            if time > paceTime {
                pace = k
                paceTime = time
            }
        }

        var send = 0.0
        if plan.pp > 1 {
            let bytes = b * s * h * c.activationElementBytes / (fw.pipelineScatterGather ? t : 1)
            let one = CollectiveCost.sendSeconds(
                bytes: bytes, chain: plan.pp, stride: plan.stageRanks,
                hardware: hw, constants: c)
            send = 2 * v * one * (1 - o.pipeline)
        }
        let stage = paceTime + send
        let bubble = fw.pipelineSchedule == .dualPipe ? max(0, p / 2 - 1) * 2 / 3 * stage : (p - 1) / v * stage

        // Data-parallel gradient reduction and parameter gathering (ZeRO 0–2): every stage reduces its own
        // gradients behind its own last backward; the step waits for the slowest candidate stage.
        var dpExposed = 0.0
        for i in 0..<layout.count where sharding[i].reduces {
            let k = layout[i]
            let r = recomputed(k)
            let backwardWindow =
                Double(k.dense) * dt.backward + Double(k.moe) * mt.backward
                + Double(r.dense) * dt.forward + Double(r.moe) * mt.forward
            let forwardWindow = Double(k.dense) * dt.forward + Double(k.moe) * mt.forward
            dpExposed = max(
                dpExposed,
                sharding.exposure(stage: i, backward: backwardWindow, forward: forwardWindow, plan: plan, overlap: o))
        }
        let optimizer = sharding.optimizerSeconds

        let pr = recomputed(pace)
        let pd = m * Double(pace.dense)
        let pm = m * (Double(pace.moe) + (pace.isLast ? mtpModules : 0))
        let prd = m * Double(pr.dense)
        let prm = m * Double(pr.moe)
        let lastPaces = pace.isLast
        // The logit GEMM, the loss and the MTP projections are on the last stage: on the critical path only when
        // it paces.
        let outputs = lastPaces ? m * (1 + mtpModules) : 0
        let projections = lastPaces ? m * mtpModules * 3 * layer.projectionSeconds : 0
        let outputGEMM = outputs * 3 * layer.logitSeconds + projections
        let loss = outputs * 3 * layer.lossSeconds
        let breakdown = StepTimeBreakdown(
            gemm: pd * (3 * dt.gemm + dt.selectiveGEMM) + pm * (3 * mt.gemm + mt.selectiveGEMM) + prd * dt.gemm
                + prm * mt.gemm + outputGEMM,
            attention: (pd + pm) * layer.attentionBackwardSeconds + pd * (attn + dt.selectiveAttention)
                + pm * (attn + mt.selectiveAttention) + (prd + prm) * attn,
            elementwise: pd * (3 * dt.elem + 3 * dt.fixed + dt.selectiveElem)
                + pm * (3 * mt.elem + 3 * mt.fixed + mt.selectiveElem) + prd * (dt.elem + dt.fixed)
                + prm * (mt.elem + mt.fixed) + loss,
            tensorParallelComm: pd * (dt.tpForward + dt.tpBackward) + pm * (mt.tpForward + mt.tpBackward)
                + prd * dt.tpForward + prm * mt.tpForward,
            pipelineComm: m * send, expertComm: pm * mt.a2a + prm * mt.a2aRecomputed, bubble: bubble,
            dataParallelComm: dpExposed + pd * dt.zero3 + pm * mt.zero3 + prd * (dt.zero3Recomputed - dt.zero3)
                + prm * (mt.zero3Recomputed - mt.zero3),
            optimizer: optimizer,
            contextParallelComm: (pd + pm) * 3 * cpExposed + (prd + prm) * cpExposed,
            hostBound: pm * mt.hostWait + prm * mt.hostWaitRecomputed)
        let step = m * stage + bubble + dpExposed + optimizer

        let batch = Double(problem.globalBatch)
        let n = Double(plan.gpus)
        let modelFLOP = batch * problem.modelFLOPPerSequence
        let layers = Double(shape.layers)
        let recomputeFLOP = batch * layers * recomputedFLOPPerLayer(plan: plan, problem: problem, layout: layout)
        let modelRate = modelFLOP / (step * n)
        let hardwareRate = (modelFLOP + recomputeFLOP) / (step * n)
        return PlanEstimate(
            stepSeconds: step, tokensPerSecond: batch * seq / step, modelFLOPPerSecondPerGPU: modelRate,
            hardwareFLOPPerSecondPerGPU: hardwareRate, mfu: modelRate / hw.peakFLOPPerSecond,
            hfu: hardwareRate / hw.peakFLOPPerSecond,
            mfuAgainstFP8Peak: hw.fp8PeakFLOPPerSecond > 0 ? modelRate / hw.fp8PeakFLOPPerSecond : nil,
            memory: memory, fitsInMemory: memory.total <= MemoryModel.usableBytes(problem), breakdown: breakdown)
    }

    /// FLOP recomputed per layer and sequence, for HFU.
    ///
    /// ```
    /// full (fraction f of the layers):  f·(G + A) + (1 − f)·A·[fused]
    /// selective:  A  (+ ½·G with the per-operator policy)          none:  A·[fused]
    /// ```
    /// - `G`, `A`: ``PlanProblem/layerGEMMFLOPPerSequence``, ``PlanProblem/layerAttentionFLOPPerSequence``; a fused
    ///   attention kernel recomputes the scores in its backward pass.
    @inlinable
    static func recomputedFLOPPerLayer(plan: ParallelPlan, problem: PlanProblem, layout: StageLayout) -> Double {
        let gemm = problem.layerGEMMFLOPPerSequence
        let attention = problem.layerAttentionFLOPPerSequence
        let fused = problem.framework.attention.isFused
        switch plan.recompute {
        case .none: return fused ? attention : 0
        case .selective:
            return attention + (fused && problem.framework.selectiveRecompute == .perOperator ? 0.5 * gemm : 0)
        case .full:
            let n = max(1, layout.first.layers)
            let f = Double(min(n, plan.recomputeLayers ?? n)) / Double(n)
            return f * (gemm + attention) + (fused ? (1 - f) * attention : 0)
        }
    }

    /// Checks `plan` against `problem` and estimates it; throws the first reason it cannot run,
    /// running out of memory included.
    public static func evaluate(plan: ParallelPlan, problem: PlanProblem) throws(PlanInfeasibility) -> PlanEstimate {
        if let reason = PlanInfeasibility.check(plan: plan, problem: problem) { throw reason }
        let result = estimate(plan: plan, problem: problem)
        guard result.fitsInMemory else {
            throw .outOfMemory(neededBytes: result.memory.total, availableBytes: MemoryModel.usableBytes(problem))
        }
        return result
    }
}

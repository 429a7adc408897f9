/// Step time, throughput, MFU/HFU and memory of one parallel plan run by one framework.
///
/// The step is a pipeline schedule over `m` micro-batches paced by the slowest stage, then the exposed
/// data-parallel communication and the optimizer step:
/// ```
/// T_step  = (m + (p−1)/v) · T_stage + T_dp,exposed + T_opt
/// T_stage = PipelineStages.pacing(T_layer, T_out) + 2·v·T_send·(1 − o_pp)
/// T_layer = T_f + T_b + X_tp + X_z3 + 4·T_a2a + 3·X_cp + T_sel                 every layer
///         + (T_f + X_tp,f + 2·T_a2a + X_cp) − (X_z3 − X_z3,rec)                  each recomputed layer (full)
/// T_f     = T_gemm + T_attn + T_elem + T_fix          T_b = 2·T_gemm + T_attn,bwd + 2·T_elem + 2·T_fix
/// X_tp    = exposed(T_tp, T_gemm, o_tp) + exposed(T_tp, 2·T_gemm, o_tp)        forward and backward collectives
/// X_z3    = exposed(AG_l, T_f, o_ag) + exposed(AG_l + RS_l, T_b + T_sel, o_rs)  ZeRO-3/FSDP, per layer and micro-batch
/// X_z3,rec = the same with the recomputed forward in the backward window
/// X_cp    = max(0, T_cp − T_attn)                                               ring K/V exchange not hidden
/// T_sel   = T_attn + T_elem,attn (unfused, selective) · ½·T_gemm + T_elem (per-operator selective) · 0
/// T_out   = 3·T_logit + 3·T_loss
/// T_dp,exposed = max over the first and last stage of
///                RS/k + exposed(RS − RS/k, W_b, o_rs) + exposed(AG, W_f, o_ag)    ZeRO 1–2, distributed optimizer
///                AR/k + exposed(AR − AR/k, W_b, o_rs)                              ZeRO 0
/// T_opt   = Φ/(g if ZeRO ≥ 1) · q / B_hbm
/// m = B/(d·e·b),  g = d·c,  exposed(T, W, o) = T − min(o·T, W)  (exposedSeconds)
/// ```
/// - `T_gemm … T_cp`: ``LayerCost`` (forward, one layer, one micro-batch); collectives: ``CollectiveCost``
///   (α–β, ring/tree, scale-up or scale-out tier by where the group lies); `AG_l`, `RS_l` one layer's
///   parameters gathered (BF16, or FP8 with ``FrameworkProfile/fp8ParameterGather``) and gradients reduced
///   (``FrameworkProfile/gradientBytes``); `RS`, `AR`, `AG` the stage's gradients and parameters `Φ`
///   (``MemoryModel/stageParameters``) in `k` buckets (``FrameworkProfile/gradientBucketBytes``), the last of
///   which can never overlap; `W_b`, `W_f` the backward and forward of one micro-batch on that stage
///   (Megatron-Core reduces behind the last micro-batch's backward and gathers behind the next step's forward).
/// - `o_rs, o_ag, o_tp, o_pp`: ``FrameworkProfile/overlap``. The forward pipeline sends carry `b·(s/c)·h·β`
///   bytes, divided by `t` with the scatter-gather optimisation (Narayanan et al. 2021 Sec. 4.1).
/// - Pipeline schedule: 1F1B (`v = 1`) or interleaved 1F1B (`v` model chunks per stage); the warm-up and
///   cool-down leave `(p−1)/v` stage-times idle (Narayanan et al. 2021, Sec. 2.2); with uneven stages the
///   fullest stage (or the last, with the output layer) paces every micro-batch.
/// - Context parallelism (`c` ways): ``LayerCost`` is taken at `s/c` tokens per rank; the ring exchange runs
///   while the rank computes attention on the blocks it has (Liu et al. 2023, arXiv:2310.01889; Dubey et al.
///   2024, Sec. 3.3.2); gradients are reduced over the `g = d·c` ranks that hold the same weights.
/// - `T_a2a`: MoE all-to-all, `2·b·(s/c)·h·β·E_a·(e−1)/e / (B·ε)` per pass (dispatch + combine).
///
/// MFU counts model FLOP (``PlanProblem/modelFLOPPerSequence``); HFU adds the recomputed FLOP.
/// Both are taken against the BF16 peak, also for FP8 plans, so that they compare across precisions.
public enum StepTimeModel {
    /// Estimates `plan` without checking that it is structurally valid (the search only generates
    /// valid plans); memory is reported and ``PlanEstimate/fitsInMemory`` says whether it fits.
    @inlinable
    public static func estimate(plan: ParallelPlan, problem: PlanProblem) -> PlanEstimate {
        estimate(plan: plan, problem: problem,
                 layer: LayerCost(tp: plan.tp, cp: plan.cp, microbatch: plan.microbatch, precision: plan.precision,
                                  problem: problem))
    }

    /// The same with the per-(TP, CP, micro-batch) ``LayerCost`` supplied by the caller.
    @inlinable
    public static func estimate(plan: ParallelPlan, problem: PlanProblem, layer: LayerCost) -> PlanEstimate {
        estimate(plan: plan, problem: problem, layer: layer, memory: MemoryModel.perGPU(plan: plan, problem: problem))
    }

    /// The same with the plan's ``MemoryModel/perGPU(plan:problem:)`` supplied too: the search checks memory first
    /// and times only the plans that fit.
    @inlinable
    public static func estimate(plan: ParallelPlan, problem: PlanProblem, layer: LayerCost,
                                memory: MemoryBreakdown) -> PlanEstimate {
        let c = problem.constants, hw = problem.hardware, shape = problem.shape, fw = problem.framework
        let o = fw.overlap
        let p = Double(plan.pp), v = Double(plan.interleave), d = Double(plan.dp)
        let e = Double(plan.ep), b = Double(plan.microbatch), t = Double(plan.tp)
        let seq = Double(shape.sequenceLength), h = Double(shape.hidden)
        let s = plan.cp == 1 ? seq : seq / Double(plan.cp)  // tokens of a sequence on one CP rank
        let g = plan.dp * plan.cp
        let m = Double(problem.globalBatch) / (d * e * b)
        let stages = PipelineStages(layers: shape.layers, stages: plan.pp)

        // One layer, one micro-batch.
        let elem = plan.sequenceParallel ? layer.elementwiseSecondsSequenceParallel : layer.elementwiseSeconds
        let tpPass = plan.sequenceParallel ? layer.tensorParallelSecondsSequenceParallel : layer.tensorParallelSeconds
        let gemm = layer.gemmSeconds, attn = layer.attentionSeconds
        let forward = gemm + attn + elem + layer.fixedSeconds
        let backward = 2 * gemm + layer.attentionBackwardSeconds + 2 * elem + 2 * layer.fixedSeconds
        let tpForward = exposedSeconds(tpPass, window: gemm, overlap: o.tensorParallel)
        let tpBackward = exposedSeconds(tpPass, window: 2 * gemm, overlap: o.tensorParallel)
        let a2a = plan.ep == 1 ? 0 : expertAllToAll(plan: plan, problem: problem, tokens: b * s)
        let cpExposed = plan.cp == 1 ? 0 : max(0, layer.contextParallelSeconds - attn)
        var selective = 0.0, selectiveGEMM = 0.0, selectiveAttention = 0.0, selectiveElem = 0.0
        if plan.recompute == .selective {
            if !fw.attention.isFused {
                selectiveAttention = attn
                selectiveElem = layer.attentionElementwiseSeconds
            } else if fw.selectiveRecompute == .perOperator {
                selectiveGEMM = 0.5 * gemm
                selectiveElem = elem
            }
            selective = selectiveGEMM + selectiveAttention + selectiveElem
        }
        // ZeRO-3/FSDP: each layer's parameters gathered before its forward and backward, its gradients
        // reduce-scattered after its backward; the backward window includes any recomputation done there.
        var zero3 = 0.0, zero3Recomputed = 0.0
        let layerParams = MemoryModel.layerParameters(plan: plan, problem: problem)
        let dpStride = plan.tp * (plan.ep > 1 ? plan.ep : 1)
        if plan.zeroStage >= 3, g > 1 {
            let gatherBytes = plan.precision == .fp8 && fw.fp8ParameterGather ? 1.0 : c.activationElementBytes
            let gather = CollectiveCost.seconds(.allGather, ranks: g, stride: dpStride,
                                                bytes: layerParams * gatherBytes,
                                                hardware: hw, constants: c)
            let reduce = CollectiveCost.seconds(.reduceScatter, ranks: g, stride: dpStride,
                                                bytes: layerParams * fw.gradientBytes, hardware: hw, constants: c)
            let forwardPart = exposedSeconds(gather, window: forward, overlap: o.parameterGather)
            zero3 = forwardPart + exposedSeconds(gather + reduce, window: backward + selective,
                                                 overlap: o.gradientReduce)
            zero3Recomputed = forwardPart
                + exposedSeconds(gather + reduce, window: backward + selective + forward, overlap: o.gradientReduce)
        }
        let baseLayer = forward + backward + tpForward + tpBackward + zero3 + 4 * a2a + 3 * cpExposed + selective
        // A recomputed layer reruns its forward (and its TP/MoE/CP communication) inside the backward pass,
        // which also gives its ZeRO-3 collectives a longer window.
        let recomputeLayer = forward + tpForward + 2 * a2a + cpExposed + (zero3Recomputed - zero3)
        @inline(__always) func recomputed(_ n: Int) -> Int {
            plan.recompute == .full ? min(n, plan.recomputeLayers ?? n) : 0
        }
        let output = 3 * (layer.logitSeconds + layer.lossSeconds)

        // The pacing stage: the fullest, or the last one with the output layer.
        let firstTime = Double(stages.firstLayers) * baseLayer + Double(recomputed(stages.firstLayers)) * recomputeLayer
        let lastTime = Double(stages.lastLayers) * baseLayer + Double(recomputed(stages.lastLayers)) * recomputeLayer
            + output
        let lastPaces = plan.pp == 1 || lastTime >= firstTime
        let paceLayers = Double(lastPaces ? stages.lastLayers : stages.firstLayers)
        let paceRecomputed = Double(recomputed(lastPaces ? stages.lastLayers : stages.firstLayers))
        let paceOutput = lastPaces ? output : 0

        var send = 0.0
        if plan.pp > 1 {
            let bytes = b * s * h * c.activationElementBytes / (fw.pipelineScatterGather ? t : 1)
            let one = CollectiveCost.sendSeconds(bytes: bytes, chain: plan.pp,
                                                 stride: plan.tp * plan.cp * plan.ep * plan.dp,
                                                 hardware: hw, constants: c)
            send = 2 * v * one * (1 - o.pipeline)
        }
        let stage = paceLayers * baseLayer + paceRecomputed * recomputeLayer + paceOutput + send
        let bubble = (p - 1) / v * stage

        // Data-parallel gradient reduction and parameter gathering (ZeRO 0–2): every stage reduces its own
        // gradients behind its own last backward; the step waits for the slower of the first and last stage.
        let params = MemoryModel.stageParameters(plan: plan, problem: problem)
        var dpExposed = 0.0
        if g > 1, plan.zeroStage < 3 {
            let firstParams = Double(stages.firstLayers) * layerParams + shape.embeddingParameters / t
            let lastParams = Double(stages.lastLayers) * layerParams + Double(shape.vocabulary) * h / t
            @inline(__always) func exposure(_ stageParams: Double, layers n: Int) -> Double {
                let gradientBytes = stageParams * fw.gradientBytes
                let buckets = fw.gradientBucketBytes.map { max(1, (gradientBytes / $0).rounded(.up)) } ?? 1
                let kind: Collective = plan.zeroStage >= 1 ? .reduceScatter : .allReduce
                let reduce = CollectiveCost.seconds(kind, ranks: g, stride: dpStride, bytes: gradientBytes,
                                                    messages: buckets, hardware: hw, constants: c)
                let last = reduce / buckets
                let window = Double(n) * backward + Double(recomputed(n)) * forward
                var exposed = last + exposedSeconds(reduce - last, window: window, overlap: o.gradientReduce)
                if plan.zeroStage >= 1 {
                    let gather = CollectiveCost.seconds(.allGather, ranks: g, stride: dpStride,
                                                        bytes: stageParams * c.activationElementBytes,
                                                        messages: buckets, hardware: hw, constants: c)
                    exposed += exposedSeconds(gather, window: Double(n) * forward, overlap: o.parameterGather)
                }
                return exposed
            }
            dpExposed = plan.pp == 1 ? exposure(params, layers: stages.firstLayers)
                : max(exposure(firstParams, layers: stages.firstLayers),
                      exposure(lastParams, layers: stages.lastLayers))
        }
        let sharded = plan.zeroStage >= 1 ? Double(g) : 1
        let optimizer = params / sharded * c.optimizerBytesPerParameter / hw.memoryBandwidth

        let perMicrobatch = m * paceLayers, perRecompute = m * paceRecomputed
        // The logit GEMM and the loss are on the last stage: on the critical path only when it paces.
        let outputGEMM = lastPaces ? m * 3 * layer.logitSeconds : 0, loss = lastPaces ? m * 3 * layer.lossSeconds : 0
        let breakdown = StepTimeBreakdown(
            gemm: perMicrobatch * (3 * gemm + selectiveGEMM) + perRecompute * gemm + outputGEMM,
            attention: perMicrobatch * (attn + layer.attentionBackwardSeconds + selectiveAttention)
                + perRecompute * attn,
            elementwise: perMicrobatch * (3 * elem + 3 * layer.fixedSeconds + selectiveElem)
                + perRecompute * (elem + layer.fixedSeconds) + loss,
            tensorParallelComm: perMicrobatch * (tpForward + tpBackward) + perRecompute * tpForward,
            pipelineComm: m * send, expertComm: perMicrobatch * 4 * a2a + perRecompute * 2 * a2a, bubble: bubble,
            dataParallelComm: dpExposed + perMicrobatch * zero3 + perRecompute * (zero3Recomputed - zero3),
            optimizer: optimizer,
            contextParallelComm: perMicrobatch * 3 * cpExposed + perRecompute * cpExposed)
        let step = m * stage + bubble + dpExposed + optimizer

        let batch = Double(problem.globalBatch), n = Double(plan.gpus)
        let modelFLOP = batch * problem.modelFLOPPerSequence
        let layers = Double(shape.layers)
        let recomputeFLOP = batch * layers * recomputedFLOPPerLayer(plan: plan, problem: problem, stages: stages)
        let modelRate = modelFLOP / (step * n), hardwareRate = (modelFLOP + recomputeFLOP) / (step * n)
        return PlanEstimate(
            stepSeconds: step, tokensPerSecond: batch * seq / step, modelFLOPPerSecondPerGPU: modelRate,
            hardwareFLOPPerSecondPerGPU: hardwareRate, mfu: modelRate / hw.peakFLOPPerSecond,
            hfu: hardwareRate / hw.peakFLOPPerSecond, memory: memory,
            fitsInMemory: memory.total <= MemoryModel.usableBytes(problem), breakdown: breakdown)
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
    static func recomputedFLOPPerLayer(plan: ParallelPlan, problem: PlanProblem, stages: PipelineStages) -> Double {
        let gemm = problem.layerGEMMFLOPPerSequence, attention = problem.layerAttentionFLOPPerSequence
        let fused = problem.framework.attention.isFused
        switch plan.recompute {
        case .none: return fused ? attention : 0
        case .selective:
            return attention + (fused && problem.framework.selectiveRecompute == .perOperator ? 0.5 * gemm : 0)
        case .full:
            let n = max(1, stages.firstLayers)
            let f = Double(min(n, plan.recomputeLayers ?? n)) / Double(n)
            return f * (gemm + attention) + (fused ? (1 - f) * attention : 0)
        }
    }

    /// One MoE all-to-all pass (dispatch + combine) for `tokens` tokens, seconds.
    @inlinable
    static func expertAllToAll(plan: ParallelPlan, problem: PlanProblem, tokens: Double) -> Double {
        let c = problem.constants, hw = problem.hardware, e = Double(plan.ep)
        let inside = plan.tp * plan.cp * plan.ep <= hw.scaleUpDomain
        let bandwidth = inside ? hw.scaleUpBandwidth(groupSize: plan.ep) * c.scaleUpEfficiency
                               : hw.scaleOutBandwidth * c.scaleOutEfficiency
        return 2 * tokens * Double(problem.shape.hidden) * c.activationElementBytes
            * Double(problem.shape.activeExperts) * (e - 1) / e / bandwidth
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

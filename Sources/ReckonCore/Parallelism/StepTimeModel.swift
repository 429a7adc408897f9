/// Step time, throughput, MFU/HFU and memory of one parallel plan.
///
/// The step is 1F1B pipelining over `m` micro-batches paced by the slowest (last) stage, then the
/// exposed data-parallel communication and the optimizer step:
/// ```
/// T_step  = (m + (p−1)/v) · T_stage + T_dp,exposed + T_opt
/// T_stage = (L/p)·T_layer + 3·T_logit + 2·v·T_p2p
/// T_layer = 3·(T_gemm + T_attn + T_elem) + 4·T_ar + 4·T_a2a + 3·X_cp + T_recompute
/// T_recompute = T_gemm + T_attn + T_elem + 2·T_ar + 2·T_a2a + X_cp    (full)
///             = T_attn + T_elem,attn                           (selective; with a fused attention kernel
///                                                               T_attn is always recomputed in the backward
///                                                               pass and T_elem,attn = 0)
/// X_cp    = max(0, T_cp − T_attn)                              ring K/V exchange not hidden by attention
/// T_p2p   = b·(s/c)·h·β/t / (B·ε)                              (Narayanan et al. 2021 Sec. 4.1 scatter/gather)
/// T_dp    = V_dp / (B·ε),  V_dp = 2·(g−1)/g·2Φ   (ZeRO 0–2: all-reduce, or reduce-scatter + all-gather)
///                          V_dp = 3·m·(g−1)/g·2Φ (ZeRO 3: gather weights fwd and bwd, reduce-scatter, per micro-batch)
/// T_dp,exposed = T_dp − min(o·T_dp, W)    W = backward of one micro-batch on the stage (ZeRO 3: the whole pipeline)
/// T_opt   = Φ/(g if ZeRO ≥ 1) · q / B_hbm
/// g = d·c,  m = B/(d·e·b),  bubble fraction (p−1)/(m·v) (Narayanan et al. 2021, Sec. 2.2)
/// ```
/// - Context parallelism (`c` ways): ``LayerCost`` is taken at `s/c` tokens per rank. The ring exchange
///   `T_cp` (``LayerCost/contextParallelSeconds``) runs while the rank computes attention on the blocks
///   it already has, so only `X_cp = max(0, T_cp − T_attn)` is exposed per pass: once forward, twice
///   backward (keys and values again plus their gradients, `2·T_cp` against `2·T_attn`), once more for
///   the recomputed forward under full recomputation. Gradients are reduced over the `g = d·c` ranks that
///   hold the same weights (Megatron-Core reduces over the data × context-parallel group), the same
///   bytes per GPU as a data-parallel group of `d·c`. Sources: Liu et al. 2023 (ring attention,
///   arXiv:2310.01889); Dubey et al. 2024 (Llama 3, arXiv:2407.21783) Sec. 3.3.2.
/// - `T_gemm, T_attn, T_logit, T_elem, T_ar`: ``LayerCost`` (forward, one layer, one micro-batch)
/// - `T_a2a`: MoE all-to-all, `2·b·(s/c)·h·β·E_a·(e−1)/e / (B·ε)` per pass (dispatch + combine)
/// - `Φ` parameters per GPU (``MemoryModel/stageParameters``), `q` optimizer bytes per parameter,
///   `o` data-parallel overlap; `B` is the scale-up bandwidth when the group (stride × size ≤ D, rank
///   order tp-cp-ep-dp-pp, ``ParallelPlan``) fits in one scale-up domain, else the scale-out bandwidth,
///   `ε` the matching efficiency (``StepTimeConstants``).
///
/// MFU counts model FLOP (``PlanProblem/modelFLOPPerSequence``); HFU adds the recomputed forward FLOP.
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
    public static func estimate(plan: ParallelPlan, problem: PlanProblem, layer: LayerCost, memory: MemoryBreakdown) -> PlanEstimate {
        let c = problem.constants, hw = problem.hardware, shape = problem.shape
        let t = Double(plan.tp), p = Double(plan.pp), v = Double(plan.interleave), d = Double(plan.dp)
        let e = Double(plan.ep), b = Double(plan.microbatch)
        let seq = Double(shape.sequenceLength), h = Double(shape.hidden)
        let s = plan.cp == 1 ? seq : seq / Double(plan.cp)  // tokens of a sequence on one CP rank
        let g = Double(plan.dp * plan.cp)
        let domain = hw.scaleUpDomain
        let up = hw.scaleUpBandwidth * c.scaleUpEfficiency, out = hw.scaleOutBandwidth * c.scaleOutEfficiency
        let layersPerStage = Double(shape.layers) / p
        let m = Double(problem.globalBatch) / (d * e * b)

        let full = plan.recompute == .full, selective = plan.recompute == .selective
        let elem = plan.sequenceParallel ? layer.elementwiseSecondsSequenceParallel : layer.elementwiseSeconds
        let ar = layer.allReduceSeconds
        let a2a = plan.ep == 1 ? 0
            : 2 * b * s * h * c.activationElementBytes * Double(shape.activeExperts) * (e - 1) / e
                / (plan.tp * plan.cp * plan.ep <= domain ? up : out)

        let gemmLayer = (full ? 4 : 3) * layer.gemmSeconds
        let fused = c.fusedAttention
        let attnLayer = (full || selective || fused ? 4 : 3) * layer.attentionSeconds
        let elemLayer = 3 * elem + (full ? elem : selective ? layer.attentionElementwiseSeconds : 0)
        let tpLayer = (full ? 6 : 4) * ar
        let a2aLayer = (full ? 6 : 4) * a2a
        let cpLayer = plan.cp == 1 ? 0
            : (full ? 4 : 3) * max(0, layer.contextParallelSeconds - layer.attentionSeconds)
        let logit = 3 * layer.logitSeconds
        let p2p = plan.pp == 1 ? 0
            : 2 * v * b * s * h * c.activationElementBytes / t
                / (plan.gpus <= domain ? up : out)
        let stage = layersPerStage * (gemmLayer + attnLayer + elemLayer + tpLayer + a2aLayer + cpLayer) + logit + p2p
        let bubble = (p - 1) / v * stage

        let params = MemoryModel.stageParameters(plan: plan, problem: problem)
        var dpExposed = 0.0
        if plan.dp * plan.cp > 1 {
            let link = plan.tp * plan.cp * plan.ep * plan.dp <= domain ? up : out
            let gradientBytes = params * c.activationElementBytes
            let rounds = plan.zeroStage == 3 ? 3 * m : 2
            let dpTime = rounds * (g - 1) / g * gradientBytes / link
            let window = plan.zeroStage == 3 ? m * stage
                : layersPerStage * (2 * (layer.gemmSeconds + layer.attentionSeconds + elem) + 2 * ar)
            dpExposed = dpTime - min(c.dataParallelOverlap * dpTime, window)
        }
        let optimizer = params / (plan.zeroStage >= 1 ? g : 1) * c.optimizerBytesPerParameter / hw.memoryBandwidth

        let breakdown = StepTimeBreakdown(
            gemm: m * (layersPerStage * gemmLayer + logit), attention: m * layersPerStage * attnLayer,
            elementwise: m * layersPerStage * elemLayer, tensorParallelComm: m * layersPerStage * tpLayer,
            pipelineComm: m * p2p, expertComm: m * layersPerStage * a2aLayer, bubble: bubble,
            dataParallelComm: dpExposed, optimizer: optimizer, contextParallelComm: m * layersPerStage * cpLayer)
        let step = m * stage + bubble + dpExposed + optimizer

        let batch = Double(problem.globalBatch), n = Double(plan.gpus)
        let modelFLOP = batch * problem.modelFLOPPerSequence
        let recomputeFLOP = batch * Double(shape.layers)
            * (full ? problem.layerGEMMFLOPPerSequence + problem.layerAttentionFLOPPerSequence
                : selective || fused ? problem.layerAttentionFLOPPerSequence : 0)
        let modelRate = modelFLOP / (step * n), hardwareRate = (modelFLOP + recomputeFLOP) / (step * n)
        return PlanEstimate(
            stepSeconds: step, tokensPerSecond: batch * seq / step, modelFLOPPerSecondPerGPU: modelRate,
            hardwareFLOPPerSecondPerGPU: hardwareRate, mfu: modelRate / hw.peakFLOPPerSecond,
            hfu: hardwareRate / hw.peakFLOPPerSecond, memory: memory,
            fitsInMemory: memory.total <= MemoryModel.usableBytes(problem), breakdown: breakdown)
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

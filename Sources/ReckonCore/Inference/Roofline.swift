import Foundation
import ReckonUnits

/// What limits a step: arithmetic or memory traffic.
public enum Bound: String, Sendable, Hashable, Codable {
    case compute, memory
}

/// The time of one step of work on one accelerator under the roofline model.
///
/// ```
/// t = max( FLOP / (F_peak · η_compute),  bytes / (BW_peak · η_memory) )
/// ```
/// - `FLOP`: arithmetic of the step; `bytes`: memory traffic of the step (HBM reads and writes)
/// - `F_peak`: dense peak at the compute precision, FLOP/s; `BW_peak`: memory bandwidth, B/s
/// - `η`: the ``EfficiencyFactors``
///
/// Source: Williams, Waterman & Patterson 2009, Roofline, CACM 52(4).
public struct Roofline: Sendable, Hashable {
    /// `F_peak · η_compute`.
    public var compute: FLOPPerSecond
    /// `BW_peak · η_memory`.
    public var bandwidth: BytesPerSecond

    public init(compute: FLOPPerSecond, bandwidth: BytesPerSecond) {
        precondition(compute.value > 0 && bandwidth.value > 0, "roofline rates must be positive")
        self.compute = compute
        self.bandwidth = bandwidth
    }

    public init(peak: FLOPPerSecond, bandwidth: BytesPerSecond, efficiency: EfficiencyFactors) {
        self.init(compute: peak * efficiency.compute, bandwidth: bandwidth * efficiency.weightStreaming)
    }

    /// Arithmetic intensity (FLOP per byte) above which a step is compute-bound: `F / BW`.
    public var ridgeIntensity: Double { compute.value / bandwidth.value }

    /// Time of a step that does `flop` and moves `bytes`, and what binds it.
    @inlinable
    public func time(flop: FLOP, bytes: Bytes) -> (time: Seconds, bound: Bound) {
        let tc = flop / compute
        let tm = bytes / bandwidth
        return tc.value >= tm.value ? (tc, .compute) : (tm, .memory)
    }
}

/// One step's time split into its parts.
public struct StepTime: Sendable, Hashable {
    /// Wall time of the step: Σ over phases of max(compute, memory) + communication + overhead.
    public var total: Seconds
    /// Σ FLOP / F over phases (time if nothing else limited it).
    public var computeTime: Seconds
    /// Σ bytes / BW over phases.
    public var memoryTime: Seconds
    /// Collectives not hidden under computation: tensor-parallel all-reduces, expert all-to-alls, pipeline hops.
    public var communicationTime: Seconds
    /// `.compute` when the summed compute time exceeds the summed memory time.
    public var bound: Bound
    /// The fixed per-step overhead included in ``total``.
    public var overheadTime: Seconds = .zero
}

/// Prefill, decode and mixed (chunked-prefill) steps of one model replica under a ``ServingPlan``.
///
/// A step runs as three phases, each under its own roofline, then the collectives, per accelerator of a stage:
/// ```
/// dense     max( T/d · F_dense / (t·p) / F_c,          (W_body/t + W_head/G_s) / p / BW_w )
/// attention max( (b·A_dec(n_ctx) + P·A_pre(n_in)) / (d·t·p) / F_a,
///                (b·KV(n_ctx) + P·kv + reads) / (d·s·p) / BW_kv )
/// experts   max( ι · T · F_exp / (G_s·p) / F_e,          W_exp · (1 − (1 − k/E)^T) / (G_s·p) / BW_w )
/// comm      n_ar · (α + 2(t−1)/t · (T/d)·D·2 / link)   +   n_moe · (2α + V_a2a / link)
/// t_step    = Σ phases + comm − φ · min(a2a, Σ phases) + L/p · λ (+ τ per replica step)   φ: the share of the
///             all-to-all hidden under the other micro-batch's phases (two-batch overlap)
/// ```
/// - `T = b + P`: tokens of the step — `b` decode tokens (one per sequence) at context `n_ctx`, `P` prompt
///   tokens of prompts `n_in` long (chunked prefill); `t`, `d`, `G_s = t·d`, `p`: ``ServingPlan``
/// - `F_dense`, `F_exp`: FLOP per token of the dense part and the routed experts (``ServingWeights``); `A`:
///   attention FLOP per token (``ServingShape``); `W_body`, `W_head`: dense body and output-head bytes streamed
///   per step (the body is replicated per data-parallel group, the head vocabulary-parallel); `W_exp`: all routed
///   expert bytes, of which a step reads the share its tokens touch (``ExpertWeights``)
/// - `KV(n)`: one sequence's cache (``KVCache``), `kv` the bytes per written token, `s`: KV shards
///   (``KVCache/shards(tensorParallel:)``), reads: one read of the cached prefix per prefill chunk
/// - `F_c`, `F_e`, `F_a`: achievable FLOP/s at the dense, expert and attention precisions; `BW_w`, `BW_kv`:
///   achievable weight and KV streaming bandwidths; `ι`: expert imbalance (``EfficiencyFactors``)
/// - all-reduces: two per dense layer (after attention and after the MLP), one per MoE layer under expert
///   parallelism; messages of `D` elements (hidden size) per token in BF16. Shoeybi et al. 2019, Megatron-LM,
///   arXiv:1909.08053, Sec. 3; ring traffic 2(t−1)/t: Patarasuk & Yuan 2009
/// - all-to-all: per MoE layer a dispatch and a combine (FP8 dispatch when the experts compute in 8 bits or
///   less, BF16 combine), over the scale-up link inside a domain and the scale-out NIC between domains, one
///   scale-out copy per remote domain a token touches (``allToAll(tokens:)``; Lepikhin et al. 2020, GShard;
///   DeepSeek-V3 Sec. 3.2.2 and 3.4)
///
/// With `p` pipeline stages the batch runs as `p` micro-batches; a token's step is `p` stage times plus
/// `p − 1` hops of `α + T·D·2/link`: latency grows with depth, throughput does not (the LessWrong 2021 comments'
/// "pipelining
/// doesn't help with latency").
///
/// Why phases rather than one `max` over the step: the weight GEMMs and the attention kernels run one after
/// the other and cannot hide each other's bound; at long context the attention phase stays memory-bound while
/// the GEMMs may be compute-bound. A single max over the whole step misses the 20 TensorRT-LLM rows by up to 35%.
/// Sources: Williams et al. 2009 (roofline); Pope et al. 2022, arXiv:2211.05102 (weights vs KV-cache loading);
/// Agrawal et al. 2024, Sarathi-Serve, arXiv:2403.02310 (chunked prefill piggybacked on decode).
public struct ServingRoofline: Sendable, Hashable {
    public var shape: ServingShape
    public var weights: ServingWeights
    public var kvCache: KVCache
    public var plan: ServingPlan
    /// Achievable FLOP/s of the dense GEMMs, the expert GEMMs and attention.
    public var denseCompute: FLOPPerSecond
    public var expertCompute: FLOPPerSecond
    public var attentionCompute: FLOPPerSecond
    /// Achievable bandwidth streaming weights and streaming the KV cache.
    public var weightBandwidth: BytesPerSecond
    public var kvBandwidth: BytesPerSecond
    /// Achievable link rates (already × η_link); nil when unpublished.
    public var scaleUpLink: BytesPerSecond?
    public var scaleOutLink: BytesPerSecond?
    /// Accelerators one scale-up link joins.
    public var scaleUpDomain: Int
    public var collectiveLatency: Seconds
    public var stepOverhead: Seconds
    /// Fixed time per layer and step (small kernels, launch gaps).
    public var layerOverhead: Seconds = .zero
    public var expertImbalance: Double
    public var expertCommunicationOverlap: Double
    /// Tokens one forward step of one attention group may hold (TensorRT-LLM `max_num_tokens`, vLLM
    /// `max_num_batched_tokens`; every data-parallel attention rank schedules its own).
    public var tokenBudget: Int
    /// Tokens one step of the whole replica may hold: the budget times the attention groups.
    public var replicaTokenBudget: Double { Double(tokenBudget) * Double(plan.dataParallelAttention) }
    /// Bytes per element of the expert dispatch (1 when the experts compute in FP8 or FP4).
    public var dispatchBytes: Double

    /// Bytes per activation element exchanged by all-reduces and combines (BF16).
    public static let activationBytes = 2.0

    public init(
        shape: ServingShape, weights: ServingWeights, kvCache: KVCache, plan: ServingPlan,
        denseCompute: FLOPPerSecond, expertCompute: FLOPPerSecond, attentionCompute: FLOPPerSecond,
        weightBandwidth: BytesPerSecond, kvBandwidth: BytesPerSecond, scaleUpLink: BytesPerSecond?,
        scaleOutLink: BytesPerSecond?, scaleUpDomain: Int, collectiveLatency: Seconds,
        stepOverhead: Seconds = .zero, layerOverhead: Seconds = .zero, expertImbalance: Double = 1,
        expertCommunicationOverlap: Double = 1,
        tokenBudget: Int = 8192, dispatchBytes: Double = 2
    ) {
        precondition(
            denseCompute.value > 0 && expertCompute.value > 0 && attentionCompute.value > 0,
            "compute rates must be positive")
        precondition(weightBandwidth.value > 0 && kvBandwidth.value > 0, "bandwidths must be positive")
        precondition(
            plan.gpus == 1 || (scaleUpLink ?? scaleOutLink).map { $0.value > 0 } == true,
            "parallel serving needs a link")
        self.shape = shape
        self.weights = weights
        self.kvCache = kvCache
        self.plan = plan
        self.denseCompute = denseCompute
        self.expertCompute = expertCompute
        self.attentionCompute = attentionCompute
        self.weightBandwidth = weightBandwidth
        self.kvBandwidth = kvBandwidth
        self.scaleUpLink = scaleUpLink
        self.scaleOutLink = scaleOutLink
        self.scaleUpDomain = max(1, scaleUpDomain)
        self.collectiveLatency = collectiveLatency
        self.stepOverhead = stepOverhead
        self.layerOverhead = layerOverhead
        self.expertImbalance = expertImbalance
        self.expertCommunicationOverlap = expertCommunicationOverlap
        self.tokenBudget = max(1, tokenBudget)
        self.dispatchBytes = dispatchBytes
    }

    /// A tensor-parallel replica with one roofline for everything (the v1 interface, used by hand-checked tests).
    public init(
        activeParameters: Parameters, shape: ServingShape, weightBytes: Bytes, kvCache: KVCache,
        roofline: Roofline, tensorParallel: Int = 1, linkBandwidth: BytesPerSecond? = nil,
        collectiveLatency: Seconds = .zero, experts: ExpertWeights? = nil
    ) {
        precondition(tensorParallel >= 1, "tensor-parallel degree must be at least 1")
        let total = experts.map { $0.shared + $0.routed } ?? activeParameters
        let weights = ServingWeights(
            total: total, active: activeParameters, experts: experts,
            bytesPerWeight: weightBytes / Bytes(total.value))
        self.init(
            shape: shape, weights: weights, kvCache: kvCache, plan: ServingPlan(tensorParallel: tensorParallel),
            denseCompute: roofline.compute, expertCompute: roofline.compute, attentionCompute: roofline.compute,
            weightBandwidth: roofline.bandwidth, kvBandwidth: roofline.bandwidth, scaleUpLink: linkBandwidth,
            scaleOutLink: nil, scaleUpDomain: Int.max / 2, collectiveLatency: collectiveLatency,
            tokenBudget: Int.max / 4)
    }

    public var tensorParallel: Int { plan.tensorParallel }
    public var experts: ExpertWeights? { weights.experts }
    public var activeParameters: Parameters { weights.active }

    /// Weight bytes one step of `tokens` tokens reads per replica (all of them for a dense model).
    public func weightBytesRead(tokens: Double) -> Bytes {
        let expert = weights.experts.map { weights.expertMemoryBytes.value * $0.touchedFraction(tokens: tokens) } ?? 0
        return Bytes(weights.denseStreamedBytes.value + expert)
    }

    /// Link between `ranks` accelerators: scale-up inside the domain, scale-out beyond (scale-up if unpublished).
    @inlinable
    func link(ranks: Int) -> Double {
        let up = scaleUpLink?.value
        let out = scaleOutLink?.value
        if ranks <= scaleUpDomain { return up ?? out ?? 1 }
        return out ?? up ?? 1
    }

    /// Ring all-reduce of `message` bytes over `ranks` accelerators.
    @inlinable
    func allReduce(ranks: Int, message: Double) -> Double {
        guard ranks > 1 else { return 0 }
        let n = Double(ranks)
        return collectiveLatency.value + message * 2 * (n - 1) / n / link(ranks: ranks)
    }

    /// Dispatch + combine of one MoE layer for `tokens` tokens over the `G_s` GPUs of a stage.
    ///
    /// ```
    /// D      = ⌈G_s / m⌉ scale-up domains of m GPUs
    /// out    = (D − 1) · (1 − (1 − 1/D)^k)        copies of a token leaving its domain (one per domain touched)
    /// in     = k · (1 − 1/G_s)                     copies crossing the scale-up link (direct or forwarded)
    /// t_a2a  = 2α + T/G_s · D_model · (b_disp + 2) · max(in / BW_up, out / BW_out)
    /// ```
    /// A token bound for several experts in one remote domain crosses the scale-out network once and is forwarded
    /// over the scale-up link there (DeepSeek-AI 2024, DeepSeek-V3, arXiv:2412.19437, Sec. 3.2.2: tokens go by IB
    /// to the same-index GPU of each target node, then by NVLink; DeepEP implements it).
    @inlinable
    func allToAll(tokens: Double) -> Double {
        let g = plan.gpusPerStage
        guard g > 1, let experts = weights.experts else { return 0 }
        let n = Double(g)
        let k = Double(experts.activeExperts)
        let perToken = Double(shape.hiddenSize) * (dispatchBytes + ServingRoofline.activationBytes) * tokens / n
        let domains = (n / Double(min(scaleUpDomain, g))).rounded(.up)
        let outside = domains > 1 ? (domains - 1) * (1 - Foundation.pow(1 - 1 / domains, k)) : 0
        let inside = k * (1 - 1 / n)
        let up = perToken * inside / link(ranks: 1)
        let out = outside > 0 ? perToken * outside / link(ranks: g) : 0
        return 2 * collectiveLatency.value + max(up, out)
    }

    /// Collectives of one stage step of `tokens` tokens: (all-reduces, all-to-alls), seconds.
    @inlinable
    func collectives(tokens: Double) -> (allReduce: Double, allToAll: Double) {
        let t = plan.tensorParallel
        let d = Double(plan.dataParallelAttention)
        let p = Double(plan.pipelineParallel)
        let layers = Double(shape.layers) / p
        let moeLayers = weights.experts.map { Double($0.moeLayers) / p } ?? 0
        let groupMessage = tokens / d * Double(shape.hiddenSize) * ServingRoofline.activationBytes
        var reduce = 0.0
        var a2a = 0.0
        let ep = weights.experts != nil && plan.expertParallel > 1
        let groups = plan.dataParallelAttention
        let stageMessage = tokens * Double(shape.hiddenSize) * ServingRoofline.activationBytes
        if t > 1 {
            // After attention in every layer, after the MLP in dense layers, after tensor-parallel experts when the
            // group is the whole stage.
            var count = layers + (layers - moeLayers)
            if !ep && groups == 1 { count += moeLayers }
            reduce += count * allReduce(ranks: t, message: groupMessage)
        }
        if weights.experts != nil {
            if ep {
                a2a = moeLayers * allToAll(tokens: tokens)
            } else if groups > 1 {
                // Tensor-parallel experts across all groups: gather then reduce-scatter ≈ one all-reduce over G_s.
                reduce += moeLayers * allReduce(ranks: plan.gpusPerStage, message: stageMessage)
            }
        }
        return (reduce, a2a)
    }

    /// One step of one pipeline stage on one accelerator: `decode` sequences adding a token at `context`
    /// plus `prefill` prompt tokens of prompts `promptLength` long (replica totals of one micro-batch).
    public func stageStep(decode b: Double, context: Double, prefill p: Double, promptLength n: Double) -> StepTime {
        let t = Double(plan.tensorParallel)
        let d = Double(plan.dataParallelAttention)
        let pp = Double(plan.pipelineParallel)
        let g = t * d
        let tokens = b + p
        // Dense phase: GEMMs of the attention projections, dense FFNs, shared experts and the output head.
        let denseFLOP = tokens / d * weights.denseFLOPPerToken / t / pp
        let denseBytes = (weights.bodyBytes.value / t + weights.headStreamedBytes.value / g) / pp
        // Attention phase: decode tokens against their cache, prompt tokens against their prompt.
        var attentionFLOP = b * shape.decodeAttentionFLOP(context: context)
        var kvBytes = b * kvCache.bytes(context: context).value
        if p > 0, n > 0 {
            attentionFLOP += p * shape.prefillAttentionFLOP(tokens: n) / n
            let chunk = min(n, Double(tokenBudget))  // a prompt is chunked by its own group's budget
            kvBytes += p * kvCache.bytesPerToken.value + p / chunk * kvCache.bytes(context: n / 2).value
        }
        attentionFLOP /= d * t * pp
        kvBytes /= d * Double(kvCache.shards(tensorParallel: plan.tensorParallel)) * pp
        // Expert phase: the routed experts the step's tokens touch, spread over the stage.
        var expertFLOP = 0.0
        var expertBytes = 0.0
        if let experts = weights.experts {
            expertFLOP = tokens * weights.expertFLOPPerToken * expertImbalance / g / pp
            expertBytes = weights.expertMemoryBytes.value * experts.touchedFraction(tokens: tokens) / g / pp
        }
        let c1 = denseFLOP / denseCompute.value
        let m1 = denseBytes / weightBandwidth.value
        let c2 = attentionFLOP / attentionCompute.value
        let m2 = kvBytes / kvBandwidth.value
        let c3 = expertFLOP / expertCompute.value
        let m3 = expertBytes / weightBandwidth.value
        let work = max(c1, m1) + max(c2, m2) + max(c3, m3)
        let tc = c1 + c2 + c3
        let tm = m1 + m2 + m3
        let (reduce, a2a) = collectives(tokens: tokens)
        let overlapped = work + a2a - expertCommunicationOverlap * min(a2a, work)
        let communication = reduce + (overlapped - work)
        let overhead = layerOverhead.value * Double(shape.layers) / pp
        return StepTime(
            total: Seconds(work + communication + overhead), computeTime: Seconds(tc), memoryTime: Seconds(tm),
            communicationTime: Seconds(communication), bound: tc >= tm ? .compute : .memory,
            overheadTime: Seconds(overhead))
    }

    /// One forward step of the replica: every stage once for each of the `p` micro-batches, `p − 1` hops, and
    /// the step overhead. `decode`, `prefill`: tokens of the whole replica.
    public func step(decode b: Double, context: Double, prefill p: Double = 0, promptLength n: Double = 0) -> StepTime {
        let stages = Double(plan.pipelineParallel)
        let micro = stageStep(decode: b / stages, context: context, prefill: p / stages, promptLength: n)
        guard plan.pipelineParallel > 1 else {
            var s = micro
            s.total += stepOverhead
            s.overheadTime += stepOverhead
            return s
        }
        let message = (b + p) / stages * Double(shape.hiddenSize) * ServingRoofline.activationBytes
        let hop = collectiveLatency.value + message / link(ranks: plan.gpus)
        let hops = Seconds(hop * (stages - 1))
        return StepTime(
            total: micro.total * stages + hops + stepOverhead, computeTime: micro.computeTime * stages,
            memoryTime: micro.memoryTime * stages, communicationTime: micro.communicationTime * stages + hops,
            bound: micro.bound, overheadTime: micro.overheadTime * stages + stepOverhead)
    }

    /// All-reduce time of one step of `tokens` tokens (zero for t = 1): the v1 accessor.
    public func communicationTime(tokens: Double) -> Seconds {
        let (reduce, a2a) = collectives(tokens: tokens)
        return Seconds(reduce + a2a)
    }

    /// One decode step: `batch` sequences each add one token, attending to `context` tokens.
    public func decodeStep(batch: Int, context: Double) -> StepTime {
        step(decode: Double(batch), context: context)
    }

    /// The prompts of `requests` sequences of `tokens` tokens, in chunks of at most the token budget.
    public func prefill(tokens: Int, requests: Int = 1) -> StepTime {
        let total = Double(tokens) * Double(requests)
        let chunks = max(1, (total / replicaTokenBudget).rounded(.up))
        let one = step(decode: 0, context: 0, prefill: total / chunks, promptLength: Double(tokens))
        return StepTime(
            total: one.total * chunks, computeTime: one.computeTime * chunks,
            memoryTime: one.memoryTime * chunks, communicationTime: one.communicationTime * chunks,
            bound: one.bound, overheadTime: one.overheadTime * chunks)
    }

    /// Time to first token of one request alone: its prefill.
    public func timeToFirstToken(inputTokens: Int) -> Seconds { prefill(tokens: inputTokens).total }

    /// The steady state of continuous batching with chunked prefill: `batch` sequences decode while finished
    /// ones are replaced, so each step carries the prompt tokens of the replacements.
    ///
    /// ```
    /// P      = B · n_in / n_out                prompt tokens per step (one prompt per n_out/B steps per slot)
    /// P_mix  = min(P, budget − B)              carried by the decode step; the rest runs in prefill-only steps
    /// cycle  = t_step(B, P_mix) + (P − P_mix)/budget · t_step(0, budget)
    /// ```
    /// Every sequence gains one token per cycle: TPOT under load = cycle; output tokens/s = B / cycle.
    public func cycle(batch: Int, inputTokens: Int, outputTokens: Int) -> ServingCycle {
        let b = Double(batch)
        let context = Double(inputTokens) + (Double(outputTokens) + 1) / 2
        let prompt = b * Double(inputTokens) / Double(outputTokens)
        let budget = replicaTokenBudget
        let room = max(0, budget - b)
        let carried = min(prompt, room)
        let mixed = step(decode: b, context: context, prefill: carried, promptLength: Double(inputTokens))
        var total = mixed.total
        if prompt > carried {
            let full = step(decode: 0, context: 0, prefill: budget, promptLength: Double(inputTokens))
            total += full.total * ((prompt - carried) / budget)
        }
        let decodeOnly = step(decode: b, context: context)
        return ServingCycle(
            time: total, mixedStep: mixed, decodeStep: decodeOnly, promptTokensPerStep: prompt,
            carriedPromptTokens: carried)
    }

    /// Output tokens per second of the replica in a max-load run: `batch` sequences in the steady state above.
    public func offlineThroughput(batch: Int, inputTokens: Int, outputTokens: Int) -> TokensPerSecond {
        Tokens(Double(batch)) / cycle(batch: batch, inputTokens: inputTokens, outputTokens: outputTokens).time
    }

    /// Time to first token under load: half a cycle waiting for the step in flight, then the prompt's chunks of
    /// at most `budget − B` tokens, each a decode step carrying one chunk.
    ///
    /// ```
    /// TTFT = cycle / 2 + ⌈n_in / c⌉ · t_step(B, min(n_in, c)),   c = max(1, budget − B)
    /// ```
    public func timeToFirstTokenUnderLoad(batch: Int, inputTokens: Int, outputTokens: Int) -> Seconds {
        let b = Double(batch)
        let n = Double(inputTokens)
        let context = n + (Double(outputTokens) + 1) / 2
        let room = max(1, Double(tokenBudget) - b / Double(plan.dataParallelAttention))  // the prompt's own group
        let chunks = (n / room).rounded(.up)
        let step = self.step(decode: b, context: context, prefill: min(n, room), promptLength: n)
        return cycle(batch: batch, inputTokens: inputTokens, outputTokens: outputTokens).time * 0.5 + step.total
            * chunks
    }

    /// The smallest batch at which decode at `context` is compute-bound (summed compute ≥ summed memory time),
    /// or nil if it never is below 2²⁴ sequences (long contexts: the KV reads grow as fast as the arithmetic).
    public func computeBoundBatch(context: Double) -> Int? {
        func isCompute(_ b: Int) -> Bool { decodeStep(batch: b, context: context).bound == .compute }
        var hi = 1
        while !isCompute(hi) {
            hi *= 2
            if hi > 1 << 24 { return nil }
        }
        var lo = hi / 2
        guard lo >= 1 else { return 1 }
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if isCompute(mid) { hi = mid } else { lo = mid }
        }
        return hi
    }
}

/// One steady-state cycle of continuous batching (see ``ServingRoofline/cycle(batch:inputTokens:outputTokens:)``).
public struct ServingCycle: Sendable, Hashable {
    /// Time for every sequence to gain one token: TPOT under load.
    public var time: Seconds
    /// The decode step carrying the replacement prompts' tokens.
    public var mixedStep: StepTime
    /// The same batch decoding alone (no prompt tokens): what a disaggregated decode pool runs.
    public var decodeStep: StepTime
    /// Prompt tokens the replacements bring per step, `B · n_in / n_out`.
    public var promptTokensPerStep: Double
    /// Of which the decode step carries (the rest run in prefill-only steps).
    public var carriedPromptTokens: Double
}

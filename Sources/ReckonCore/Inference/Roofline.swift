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
        self.compute = compute; self.bandwidth = bandwidth
    }

    public init(peak: FLOPPerSecond, bandwidth: BytesPerSecond, efficiency: EfficiencyFactors) {
        self.init(compute: peak * efficiency.compute, bandwidth: bandwidth * efficiency.memory)
    }

    /// Arithmetic intensity (FLOP per byte) above which a step is compute-bound: `F / BW`.
    public var ridgeIntensity: Double { compute.value / bandwidth.value }

    /// Time of a step that does `flop` and moves `bytes`, and what binds it.
    @inlinable
    public func time(flop: FLOP, bytes: Bytes) -> (time: Seconds, bound: Bound) {
        let tc = flop / compute, tm = bytes / bandwidth
        return tc.value >= tm.value ? (tc, .compute) : (tm, .memory)
    }
}

/// One step's time split into its parts.
public struct StepTime: Sendable, Hashable {
    /// Wall time of the step: Σ over phases of max(compute, memory) + communication.
    public var total: Seconds
    /// Σ FLOP / F over phases (time if nothing else limited it).
    public var computeTime: Seconds
    /// Σ bytes / BW over phases.
    public var memoryTime: Seconds
    /// Tensor-parallel all-reduces.
    public var communicationTime: Seconds
    /// `.compute` when the summed compute time exceeds the summed memory time.
    public var bound: Bound
}

/// Prefill and decode steps of one model replica (tensor-parallel over `tensorParallel` accelerators).
///
/// A step runs as two phases, each under its own roofline, then the tensor-parallel all-reduces:
/// ```
/// t_step = max(B·2N/t / F,  W/t / BW)                      weight phase (GEMMs)
///        + max(B·2·L·n_ctx·d/t / F,  B·n_ctx·kv/t / BW)      attention phase (KV-cache reads)
///        + 2·L · (α + 2(t−1)/t · B·d·b_act / (BW_link·η_link))   tensor-parallel all-reduces
/// ```
/// - `B`: tokens in the step (sequences for decode, prompt tokens for prefill); `t`: tensor-parallel degree
/// - `W`: weight bytes read by the step (all weights for a dense model; for a mixture of experts the
///   shared weights plus the experts some token is routed to, ``ExpertWeights``); `kv`: KV bytes per token; `b_act = 2` (BF16 activations); `α`: collective latency
/// - two all-reduces per layer (after attention and after the MLP): Shoeybi et al. 2019, Megatron-LM,
///   arXiv:1909.08053, Sec. 3; ring all-reduce traffic 2(t−1)/t per byte: Patarasuk & Yuan 2009.
///
/// Why two phases rather than one `max` over the whole step: the weight GEMMs and the attention kernels
/// run one after the other and cannot hide each other's bound; at long context the attention phase stays
/// memory-bound (≈ d / (h_kv·d_head·b_kv) FLOP per byte, far below the ridge) while the GEMMs may be
/// compute-bound. A single max over the whole step misses the 20 TensorRT-LLM rows by up to 35%.
public struct ServingRoofline: Sendable, Hashable {
    public var activeParameters: Parameters
    public var shape: ServingShape
    /// Weight bytes of the whole model (all experts), before splitting over the group.
    public var weightBytes: Bytes
    public var kvCache: KVCache
    public var roofline: Roofline
    public var tensorParallel: Int
    /// Achievable link rate between the tensor-parallel ranks (already × η_link); nil when t = 1.
    public var linkBandwidth: BytesPerSecond?
    public var collectiveLatency: Seconds
    /// Routed experts of a mixture of experts (nil: dense, every step reads all the weights).
    public var experts: ExpertWeights?

    /// Bytes per activation element exchanged by all-reduces (BF16).
    public static let activationBytes = 2.0

    public init(activeParameters: Parameters, shape: ServingShape, weightBytes: Bytes, kvCache: KVCache,
                roofline: Roofline, tensorParallel: Int = 1, linkBandwidth: BytesPerSecond? = nil,
                collectiveLatency: Seconds = .zero, experts: ExpertWeights? = nil) {
        precondition(tensorParallel >= 1, "tensor-parallel degree must be at least 1")
        precondition(tensorParallel == 1 || (linkBandwidth?.value ?? 0) > 0, "tensor parallelism needs a link")
        self.activeParameters = activeParameters; self.shape = shape; self.weightBytes = weightBytes
        self.kvCache = kvCache; self.roofline = roofline; self.tensorParallel = tensorParallel
        self.linkBandwidth = linkBandwidth; self.collectiveLatency = collectiveLatency; self.experts = experts
    }

    /// Weight bytes one step of `tokens` tokens reads (all of them for a dense model; see ``ExpertWeights``).
    public func weightBytesRead(tokens: Double) -> Bytes {
        guard let experts else { return weightBytes }
        let total = experts.shared.value + experts.routed.value
        return weightBytes * (experts.touched(tokens: tokens).value / total)
    }

    private var t: Double { Double(tensorParallel) }

    /// All-reduce time for a step of `tokens` tokens (zero for t = 1).
    public func communicationTime(tokens: Double) -> Seconds {
        guard tensorParallel > 1, let link = linkBandwidth else { return .zero }
        let message = Bytes(tokens * Double(shape.hiddenSize) * ServingRoofline.activationBytes)
        let perCollective = collectiveLatency + (message * (2 * (t - 1) / t)) / link
        return perCollective * Double(2 * shape.layers)
    }

    /// Combines phases `(FLOP, bytes)` per accelerator into a step time.
    private func step(_ phases: [(FLOP, Bytes)], tokens: Double) -> StepTime {
        var total = Seconds.zero, tc = Seconds.zero, tm = Seconds.zero
        for (flop, bytes) in phases {
            total += roofline.time(flop: flop, bytes: bytes).time
            tc += flop / roofline.compute
            tm += bytes / roofline.bandwidth
        }
        let comm = communicationTime(tokens: tokens)
        return StepTime(total: total + comm, computeTime: tc, memoryTime: tm, communicationTime: comm,
                        bound: tc.value >= tm.value ? .compute : .memory)
    }

    /// One decode step: `batch` sequences each add one token, attending to `context` tokens.
    public func decodeStep(batch: Int, context: Double) -> StepTime {
        let b = Double(batch)
        let linear = InferenceCompute.linearFLOPPerToken(active: activeParameters).value * b / t
        let attention = InferenceCompute.attentionFLOPPerToken(layers: shape.layers, hiddenSize: shape.hiddenSize,
                                                               context: context).value * b / t
        let kvBytes = InferenceCompute.decodeStepBytes(weights: .zero, kvBytesPerToken: kvCache.bytesPerToken,
                                                       batch: batch, context: context) / t
        return step([(FLOP(linear), weightBytesRead(tokens: b) / t), (FLOP(attention), kvBytes)], tokens: b)
    }

    /// The prompts of `requests` sequences of `tokens` tokens processed together (weights read once).
    public func prefill(tokens: Int, requests: Int = 1) -> StepTime {
        let r = Double(requests)
        let linear = InferenceCompute.prefillLinearFLOP(active: activeParameters, tokens: tokens).value * r / t
        let attention = InferenceCompute.prefillAttentionFLOP(shape: shape, tokens: tokens).value * r / t
        let kvWrites = kvCache.bytes(context: tokens).value * r / t
        return step([(FLOP(linear), weightBytesRead(tokens: Double(tokens) * r) / t), (FLOP(attention), Bytes(kvWrites))],
                    tokens: Double(tokens) * r)
    }

    /// Time to first token of one request alone: its prefill.
    public func timeToFirstToken(inputTokens: Int) -> Seconds { prefill(tokens: inputTokens).total }

    /// The smallest batch at which decode at `context` is compute-bound (summed compute ≥ summed memory
    /// time), or nil if it never is (long contexts: the KV reads grow as fast as the arithmetic).
    ///
    /// ```
    /// B* = (W/t / BW) / ( (2N + 2·L·n_ctx·d)/t / F  −  n_ctx·kv/t / BW )
    /// ```
    /// For a mixture of experts `W` is all the weights (large batches touch every expert).
    public func computeBoundBatch(context: Double) -> Int? {
        let perSeqCompute = InferenceCompute.decodeFLOPPerToken(active: activeParameters, shape: shape, context: context).value
            / t / roofline.compute.value
        let perSeqMemory = kvCache.bytesPerToken.value * context / t / roofline.bandwidth.value
        let slope = perSeqCompute - perSeqMemory
        guard slope > 0 else { return nil }
        let weights = weightBytes.value / t / roofline.bandwidth.value
        let b = (weights / slope).rounded(.up)
        return b < Double(Int.max / 2) ? max(1, Int(b)) : nil
    }

    /// Output tokens per second of the replica in a max-load offline run: `batch` sequences of
    /// `inputTokens` + `outputTokens` each, prompts batched, decode at the mean context.
    ///
    /// ```
    /// T = t_prefill(B prompts) + n_out · t_step(B, n_in + (n_out + 1)/2)
    /// throughput = B · n_out / T
    /// ```
    /// Assumes continuous batching keeps `B` sequences resident (each finished one replaced at once) and
    /// that the mean context stands in for the growing one (step time is linear in context per phase).
    public func offlineThroughput(batch: Int, inputTokens: Int, outputTokens: Int) -> TokensPerSecond {
        let prefillTime = prefill(tokens: inputTokens, requests: batch).total
        let meanContext = Double(inputTokens) + (Double(outputTokens) + 1) / 2
        let decodeTime = decodeStep(batch: batch, context: meanContext).total * Double(outputTokens)
        return Tokens(Double(batch) * Double(outputTokens)) / (prefillTime + decodeTime)
    }
}

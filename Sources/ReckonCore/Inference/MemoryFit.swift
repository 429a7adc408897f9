import ReckonUnits

/// What besides weights and KV cache occupies accelerator memory while serving. Named and overridable.
public struct MemoryAssumptions: Sendable, Hashable {
    /// Runtime overhead per accelerator: CUDA context, library workspaces, allocator slack.
    public var runtimeReserve: Bytes
    /// Share of the memory left after weights, activations and reserve that the server gives the KV cache.
    public var kvCacheFraction: Double
    /// Tokens processed in one forward step (prefill chunk), which sizes the activation buffers.
    public var maxTokensPerStep: Int
    public var source: String

    public init(runtimeReserve: Bytes, kvCacheFraction: Double, maxTokensPerStep: Int, source: String = "user") {
        self.runtimeReserve = runtimeReserve; self.kvCacheFraction = kvCacheFraction
        self.maxTokensPerStep = maxTokensPerStep; self.source = source
    }

    /// 2 GB reserve (assumption: ~0.5–1 GB CUDA context plus cuBLAS/NCCL workspaces and fragmentation);
    /// 90% of the free memory to the KV cache and 8,192 tokens per step (TensorRT-LLM defaults
    /// `kv_cache_free_gpu_mem_fraction = 0.90`, `max_num_tokens = 8192`).
    public static let serving = MemoryAssumptions(
        runtimeReserve: .gigabytes(2), kvCacheFraction: 0.9, maxTokensPerStep: 8192,
        source: "reserve 2 GB: assumption; KV fraction 0.90: TensorRT-LLM perf-overview ('default setting of 0.90'); 8192 tokens per step: TensorRT-LLM default max_num_tokens")

    public func validate() throws {
        try Check.nonNegative(runtimeReserve.value, "runtime_reserve")
        try Check.fraction(kvCacheFraction, "kv_cache_fraction")
        try Check.integer(maxTokensPerStep, "max_tokens_per_step", in: 1...10_000_000)
    }
}

/// Memory of one accelerator in a replica, by part.
public struct MemoryBreakdown: Sendable, Hashable {
    public var weights: Bytes
    public var kvCache: Bytes
    public var activations: Bytes
    public var reserve: Bytes
    public var total: Bytes { weights + kvCache + activations + reserve }
}

/// Does the model fit, on how many accelerators, with how large a batch and context.
///
/// ```
/// per accelerator:  W/t + A(t) + R + KV(B, n_ctx)/t  ≤  M
/// A(t)      = T_step · (4·d + 2·d_ffn / t) · 2 B          activations of one step of T_step tokens
/// KV budget = f_kv · (M − W/t − A(t) − R)
/// B_max     = ⌊ KV budget · t / (kv_per_token · n_ctx) ⌋
/// n_ctx,max = ⌊ KV budget · t / (kv_per_token · B) ⌋
/// ```
/// - `M`: memory per accelerator; `W`: weight bytes; `t`: tensor-parallel degree (weights, FFN
///   activations and KV heads split t ways); `R`: runtime reserve; `f_kv`: KV-cache fraction
/// - activations: the hidden state and residual copies (≈4·d) and the SwiGLU gate and up projections
///   (2·d_ffn) per token, BF16 — an assumption sized for one step, freed between layers
///
/// The minimum tensor-parallel degree is the smallest power of two for which one sequence of the
/// requested context fits; beyond the scale-up domain it spans nodes (slow links, flagged).
/// Source: Pope et al. 2022, arXiv:2211.05102, Sec. 3 (memory of weights and KV cache); Kwon et al.
/// 2023, vLLM/PagedAttention, arXiv:2309.06180 (KV cache sizes the batch).
public struct MemoryFit: Sendable, Hashable {
    public var memoryPerAccelerator: Bytes
    public var weightBytes: Bytes
    public var kvCache: KVCache
    public var shape: TransformerShape
    public var assumptions: MemoryAssumptions

    public init(memoryPerAccelerator: Bytes, weightBytes: Bytes, kvCache: KVCache, shape: TransformerShape,
                assumptions: MemoryAssumptions) {
        self.memoryPerAccelerator = memoryPerAccelerator; self.weightBytes = weightBytes
        self.kvCache = kvCache; self.shape = shape; self.assumptions = assumptions
    }

    /// `A(t)`: activation buffers of one step per accelerator.
    public func activations(tensorParallel t: Int) -> Bytes {
        let perToken = 4 * Double(shape.hiddenSize) + 2 * Double(shape.ffnSize) / Double(t)
        return Bytes(Double(assumptions.maxTokensPerStep) * perToken * 2)
    }

    /// KV budget of the whole replica (all `t` accelerators), zero if the weights do not fit.
    public func kvBudget(tensorParallel t: Int) -> Bytes {
        let free = memoryPerAccelerator - weightBytes / Double(t) - activations(tensorParallel: t) - assumptions.runtimeReserve
        return free.value > 0 ? free * (assumptions.kvCacheFraction * Double(t)) : .zero
    }

    /// Largest batch whose sequences of `context` tokens all fit (0 if not even one does).
    public func maxBatch(tensorParallel t: Int, context: Int) -> Int {
        let perSequence = kvCache.bytes(context: context).value
        guard perSequence > 0 else { return 0 }
        let b = (kvBudget(tensorParallel: t).value / perSequence).rounded(.down)
        return b >= Double(Int.max / 2) ? Int.max / 2 : Int(b)
    }

    /// Longest context that fits for `batch` sequences.
    public func maxContext(tensorParallel t: Int, batch: Int) -> Int {
        let perToken = kvCache.bytesPerToken.value * Double(batch)
        let n = (kvBudget(tensorParallel: t).value / perToken).rounded(.down)
        return n >= Double(Int.max / 2) ? Int.max / 2 : Int(n)
    }

    /// Smallest power-of-two tensor-parallel degree (up to `limit`) at which one sequence of `context` fits.
    public func minimumTensorParallel(context: Int, limit: Int = 1 << 16) -> Int? {
        var t = 1
        while t <= limit {
            if maxBatch(tensorParallel: t, context: context) >= 1 { return t }
            t *= 2
        }
        return nil
    }

    /// Memory of one accelerator holding `batch` sequences of `context` tokens at degree `t`.
    public func breakdown(tensorParallel t: Int, batch: Int, context: Int) -> MemoryBreakdown {
        MemoryBreakdown(weights: weightBytes / Double(t), kvCache: kvCache.bytes(batch: batch, context: context) / Double(t),
                        activations: activations(tensorParallel: t), reserve: assumptions.runtimeReserve)
    }
}

import ReckonUnits

/// What besides weights and KV cache occupies accelerator memory while serving. Named and overridable.
public struct MemoryAssumptions: Sendable, Hashable {
    /// Runtime overhead per accelerator: CUDA context, library workspaces, allocator slack.
    public var runtimeReserve: Bytes
    /// Share of the memory left after weights, activations and reserve that the server gives the KV cache.
    public var kvCacheFraction: Double
    /// Tokens processed in one forward step (prefill chunk and decode tokens together), which sizes the
    /// activation buffers and caps the tokens of a step.
    public var maxTokensPerStep: Int
    /// How the engine reserves KV blocks: a sequence's full length at admission (TensorRT-LLM's default
    /// `GUARANTEED_NO_EVICT`) or on demand as it grows (vLLM, SGLang: on average `n_in + n_out/2` held).
    public var reservesFullSequence: Bool
    public var source: String

    public init(
        runtimeReserve: Bytes, kvCacheFraction: Double, maxTokensPerStep: Int,
        reservesFullSequence: Bool = true, source: String = "user"
    ) {
        self.runtimeReserve = runtimeReserve
        self.kvCacheFraction = kvCacheFraction
        self.maxTokensPerStep = maxTokensPerStep
        self.reservesFullSequence = reservesFullSequence
        self.source = source
    }

    /// 2 GB reserve (assumption: ~0.5–1 GB CUDA context plus cuBLAS/NCCL workspaces and fragmentation);
    /// 90% of the free memory to the KV cache and 8,192 tokens per step (TensorRT-LLM defaults
    /// `kv_cache_free_gpu_mem_fraction = 0.90`, `max_num_tokens = 8192`).
    public static let serving = MemoryAssumptions(
        runtimeReserve: .gigabytes(2), kvCacheFraction: 0.9, maxTokensPerStep: 8192,
        source:
            "reserve 2 GB: assumption; KV fraction 0.90: TensorRT-LLM perf-overview ('default setting of 0.90'); 8192 "
            + "tokens per step: TensorRT-LLM default max_num_tokens"
    )

    public func validate() throws {
        try Check.nonNegative(runtimeReserve.value, "runtime_reserve")
        try Check.fraction(kvCacheFraction, "kv_cache_fraction")
        try Check.integer(maxTokensPerStep, "max_tokens_per_step", in: 1...10_000_000)
    }
}

/// Memory of one accelerator in a replica, by part.
public struct ServingMemory: Sendable, Hashable {
    public var weights: Bytes
    public var kvCache: Bytes
    public var activations: Bytes
    public var reserve: Bytes
    public var total: Bytes { weights + kvCache + activations + reserve }
}

/// The KV-cache capacity of a replica the way serving engines report it at start-up ("KV cache: N tokens"):
/// memory, minus weights, activations and the engine's reserve, times the KV fraction, over the bytes a token
/// costs on one accelerator.
public struct KVCapacity: Sendable, Hashable {
    /// Per accelerator.
    public var memory: Bytes
    public var weights: Bytes
    public var activations: Bytes
    public var reserve: Bytes
    public var kvCacheFraction: Double
    /// `f_kv · (M − weights − activations − reserve)`, per accelerator (0 if the weights do not fit).
    public var kvBudget: Bytes
    /// One token of one sequence in every layer, the share held by one accelerator.
    public var bytesPerTokenPerAccelerator: Bytes
    /// Tokens of context the whole replica holds at the every-layer rate (what engines print).
    public var tokens: Int
    /// Sequences of the requested length that fit (local layers keep only their window).
    public var sequences: Int
}

/// Does the model fit, on how many accelerators, with how large a batch and context.
///
/// ```
/// per accelerator:  W_body/(t·p) + (W_emb + W_exp)/(G_s·p) + A(t) + R + KV/(d·s·p)  ≤  M
/// A(t)      = T_step · (4·d_model + 2·d_ffn / t) · 2 B          activations of one step of T_step tokens
/// KV budget = f_kv · (M − W/GPU − A(t) − R)                     per accelerator
/// B_max     = d · ⌊ KV budget · s · p / KV(n_ctx) ⌋
/// ```
/// - `M`: memory per accelerator; `W_body`, `W_emb`, `W_exp`: dense body, embedding and head, and routed-expert
///   bytes (``ServingWeights``; data-parallel attention groups replicate the body);
///   `t`, `d`, `G_s = t·d`, `p`: ``ServingPlan``; `R`: runtime reserve; `f_kv`: KV-cache fraction;
///   `s`: KV shards per group (``KVCache/shards(tensorParallel:)``); `KV(n)`: one sequence's cache
/// - activations: the hidden state and residual copies (≈4·d) and the SwiGLU gate and up projections
///   (2·d_ffn) per token, BF16 — an assumption sized for one step, freed between layers
///
/// The minimum tensor-parallel degree is the smallest power of two for which one sequence of the
/// requested context fits; beyond the scale-up domain it spans nodes (slow links, flagged).
/// Source: Pope et al. 2022, arXiv:2211.05102, Sec. 3 (memory of weights and KV cache); Kwon et al.
/// 2023, vLLM/PagedAttention, arXiv:2309.06180 (KV cache sizes the batch).
public struct MemoryFit: Sendable, Hashable {
    public var memoryPerAccelerator: Bytes
    public var weights: ServingWeights
    public var kvCache: KVCache
    public var shape: ServingShape
    public var assumptions: MemoryAssumptions

    public init(
        memoryPerAccelerator: Bytes, weights: ServingWeights, kvCache: KVCache, shape: ServingShape,
        assumptions: MemoryAssumptions
    ) {
        self.memoryPerAccelerator = memoryPerAccelerator
        self.weights = weights
        self.kvCache = kvCache
        self.shape = shape
        self.assumptions = assumptions
    }

    /// A dense model of `weightBytes` bytes (the v1 interface).
    public init(
        memoryPerAccelerator: Bytes, weightBytes: Bytes, kvCache: KVCache, shape: ServingShape,
        assumptions: MemoryAssumptions
    ) {
        let p = Parameters(weightBytes.value)
        self.init(
            memoryPerAccelerator: memoryPerAccelerator,
            weights: ServingWeights(total: p, active: p, bytesPerWeight: 1), kvCache: kvCache, shape: shape,
            assumptions: assumptions)
    }

    /// All weight bytes of one copy of the model.
    public var weightBytes: Bytes { weights.memoryBytes }

    /// `A(t)`: activation buffers of one step per accelerator (each attention group has its own step of
    /// `T_step` tokens).
    public func activations(tensorParallel t: Int) -> Bytes {
        let perToken = 4 * Double(shape.hiddenSize) + 2 * Double(shape.ffnSize) / Double(t)
        return Bytes(Double(assumptions.maxTokensPerStep) * perToken * 2)
    }

    /// Weight bytes held by one accelerator under `plan` (redundant experts included).
    public func weightsPerAccelerator(_ plan: ServingPlan) -> Bytes {
        let p = Double(plan.pipelineParallel)
        var experts = weights.expertMemoryBytes
        if let e = weights.experts, plan.redundantExperts > 0 {
            experts = experts * (Double(e.experts + plan.redundantExperts) / Double(e.experts))
        }
        // The body is replicated per group (split t ways); embeddings, head and experts are split over the stage's
        // t·d GPUs (with d = 1 all are split t ways).
        return weights.bodyBytes / (Double(plan.tensorParallel) * p)
            + (weights.embeddingMemoryBytes + experts) / (Double(plan.gpusPerStage) * p)
    }

    /// Tokens a sequence of `length` tokens holds in the cache on average while it is served: all of them when
    /// the engine reserves full sequences, else the prompt plus half the output (`reservesFullSequence`).
    public func heldContext(input: Int, output: Int) -> Int {
        assumptions.reservesFullSequence ? input + output : input + (output + 1) / 2
    }

    /// KV budget of one accelerator under `plan`, zero if the weights do not fit.
    public func kvBudgetPerAccelerator(_ plan: ServingPlan) -> Bytes {
        let free =
            memoryPerAccelerator - weightsPerAccelerator(plan) - activations(tensorParallel: plan.tensorParallel)
            - assumptions.runtimeReserve
        return free.value > 0 ? free * assumptions.kvCacheFraction : .zero
    }

    /// Bytes of a group's KV cache one accelerator can hold, scaled to the group: budget · s · p.
    func groupBudget(_ plan: ServingPlan) -> Double {
        kvBudgetPerAccelerator(plan).value * Double(kvCache.shards(tensorParallel: plan.tensorParallel))
            * Double(plan.pipelineParallel)
    }

    /// Largest batch whose sequences of `context` tokens all fit (0 if not even one does).
    public func maxBatch(_ plan: ServingPlan, context: Int) -> Int {
        let perSequence = kvCache.bytes(context: context).value
        guard perSequence > 0 else { return 0 }
        let b = (groupBudget(plan) / perSequence).rounded(.down) * Double(plan.dataParallelAttention)
        return b >= Double(Int.max / 2) ? Int.max / 2 : Int(b)
    }

    /// Longest context that fits for `batch` sequences (spread over the groups).
    public func maxContext(_ plan: ServingPlan, batch: Int) -> Int {
        let perGroup = (Double(batch) / Double(plan.dataParallelAttention)).rounded(.up)
        let layerTokens = groupBudget(plan) / (kvCache.bytesPerTokenPerLayer * perGroup)  // Σ over layers of n
        let global = Double(kvCache.layers - kvCache.localLayers)
        let local = Double(kvCache.localLayers)
        var n: Double
        if let w = kvCache.window.map(Double.init), local > 0 {
            if layerTokens <= Double(kvCache.layers) * w {
                n = layerTokens / Double(kvCache.layers)
            } else if global > 0 {
                n = (layerTokens - local * w) / global
            } else {
                n = Double(Int.max / 2)
            }
        } else {
            n = layerTokens / Double(kvCache.layers)
        }
        n.round(.down)
        return n >= Double(Int.max / 2) ? Int.max / 2 : max(0, Int(n))
    }

    /// Smallest power-of-two tensor-parallel degree (up to `limit`, the other degrees of `plan` fixed) at which
    /// one sequence of `context` fits.
    public func minimumTensorParallel(context: Int, plan: ServingPlan = ServingPlan(), limit: Int = 1 << 16) -> Int? {
        var candidate = plan
        candidate.tensorParallel = 1
        while candidate.tensorParallel <= limit {
            if maxBatch(candidate, context: context) >= plan.dataParallelAttention { return candidate.tensorParallel }
            candidate.tensorParallel *= 2
        }
        return nil
    }

    /// Memory of one accelerator holding `batch` sequences of `context` tokens under `plan`.
    public func breakdown(_ plan: ServingPlan, batch: Int, context: Int) -> ServingMemory {
        let perGroup = Double(batch) / Double(plan.dataParallelAttention)
        let kv =
            kvCache.bytes(context: Double(context)) * perGroup
            / (Double(kvCache.shards(tensorParallel: plan.tensorParallel)) * Double(plan.pipelineParallel))
        return ServingMemory(
            weights: weightsPerAccelerator(plan), kvCache: kv,
            activations: activations(tensorParallel: plan.tensorParallel),
            reserve: assumptions.runtimeReserve)
    }

    /// The KV capacity of a replica under `plan` for sequences of `context` tokens.
    public func capacity(_ plan: ServingPlan, context: Int) -> KVCapacity {
        let budget = kvBudgetPerAccelerator(plan)
        let perToken =
            kvCache.bytesPerToken
            / (Double(kvCache.shards(tensorParallel: plan.tensorParallel)) * Double(plan.pipelineParallel))
        let tokens = (budget.value / perToken.value).rounded(.down) * Double(plan.dataParallelAttention)
        return KVCapacity(
            memory: memoryPerAccelerator, weights: weightsPerAccelerator(plan),
            activations: activations(tensorParallel: plan.tensorParallel),
            reserve: assumptions.runtimeReserve, kvCacheFraction: assumptions.kvCacheFraction,
            kvBudget: budget, bytesPerTokenPerAccelerator: perToken,
            tokens: tokens >= Double(Int.max / 2) ? Int.max / 2 : Int(tokens),
            sequences: maxBatch(plan, context: context))
    }

    // The v1 interface: tensor parallelism only.

    /// KV budget of the whole replica (all `t` accelerators), zero if the weights do not fit.
    public func kvBudget(tensorParallel t: Int) -> Bytes {
        kvBudgetPerAccelerator(ServingPlan(tensorParallel: t)) * Double(t)
    }
    public func maxBatch(tensorParallel t: Int, context: Int) -> Int {
        maxBatch(ServingPlan(tensorParallel: t), context: context)
    }
    public func maxContext(tensorParallel t: Int, batch: Int) -> Int {
        maxContext(ServingPlan(tensorParallel: t), batch: batch)
    }
    public func breakdown(tensorParallel t: Int, batch: Int, context: Int) -> ServingMemory {
        breakdown(ServingPlan(tensorParallel: t), batch: batch, context: context)
    }
}

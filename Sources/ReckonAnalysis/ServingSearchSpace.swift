import Dispatch
import ReckonCore
import ReckonUnits

/// Latency targets a serving configuration must meet, at a load.
public struct ServingTargets: Sendable, Hashable {
    /// Largest time to first token under load (nil: none).
    public var timeToFirstToken: Seconds?
    /// Largest time per output token under load (nil: none).
    public var timePerOutputToken: Seconds?
    /// Requests in flight over the whole deployment (nil: as many as the best configuration holds).
    public var concurrency: Int?

    public init(timeToFirstToken: Seconds? = nil, timePerOutputToken: Seconds? = nil, concurrency: Int? = nil) {
        self.timeToFirstToken = timeToFirstToken
        self.timePerOutputToken = timePerOutputToken
        self.concurrency = concurrency
    }

    /// Checks every target; throws an ``InputError`` naming `ttft`, `tpot` or `concurrency`.
    public func validate() throws {
        if let t = timeToFirstToken { try Check.positive(t.value, "ttft", max: 86_400) }
        if let t = timePerOutputToken { try Check.positive(t.value, "tpot", max: 3_600) }
        if let c = concurrency { try Check.integer(c, "concurrency", in: 1...100_000_000) }
    }
}

/// Where the search may look: one model, its request shape, accelerators and their prices, precisions and plans.
public struct ServingSearchSpace: Sendable {
    public var model: ModelSpec
    public var accelerators: [AcceleratorSpec]
    /// Price per accelerator-hour by accelerator ID; an accelerator without one is searched but not ranked per dollar.
    public var prices: [String: USDPerSecond]
    /// Precisions to try; nil = ``defaultQuantizations(model:accelerator:)`` per accelerator.
    public var quantizations: [Quantization]?
    public var inputTokens: Int
    public var outputTokens: Int
    public var efficiency: EfficiencyFactors
    public var memory: MemoryAssumptions
    /// Degrees fixed by the user (nil: searched).
    public var tensorParallel: Int?
    public var expertParallel: Int?
    public var dataParallelAttention: Int?
    public var pipelineParallel: Int?
    /// Largest replica, GPUs (nil: the larger of the scale-up domain and 4 × the smallest replica that fits, ≤ 256).
    public var maxGPUsPerReplica: Int?
    /// Total GPUs available (nil: unbounded); the best total throughput is reported for this budget.
    public var gpuBudget: Int?
    /// Also search disaggregated prefill and decode pools.
    public var disaggregate: Bool

    public init(
        model: ModelSpec, accelerators: [AcceleratorSpec], prices: [String: USDPerSecond],
        quantizations: [Quantization]? = nil, inputTokens: Int, outputTokens: Int,
        efficiency: EfficiencyFactors = .serving, memory: MemoryAssumptions = .serving,
        tensorParallel: Int? = nil, expertParallel: Int? = nil, dataParallelAttention: Int? = nil,
        pipelineParallel: Int? = nil, maxGPUsPerReplica: Int? = nil, gpuBudget: Int? = nil,
        disaggregate: Bool = false
    ) {
        self.model = model
        self.accelerators = accelerators
        self.prices = prices
        self.quantizations = quantizations
        self.inputTokens = inputTokens
        self.outputTokens = outputTokens
        self.efficiency = efficiency
        self.memory = memory
        self.tensorParallel = tensorParallel
        self.expertParallel = expertParallel
        self.dataParallelAttention = dataParallelAttention
        self.pipelineParallel = pipelineParallel
        self.maxGPUsPerReplica = maxGPUsPerReplica
        self.gpuBudget = gpuBudget
        self.disaggregate = disaggregate
    }

    /// The precisions worth trying on `accelerator`: BF16; FP8 (W8A8, FP8 KV) where there are FP8 tensor cores;
    /// INT8 (W8A8) where there is an INT8 rate but no FP8; INT4 weight-only (W4A16, AWQ g128, 16-bit KV); NVFP4
    /// (W4A4, FP8 KV) where there are FP4 tensor cores, and for a mixture of experts FP8 with NVFP4 experts.
    public static func defaultQuantizations(model: ModelSpec, accelerator: AcceleratorSpec) -> [Quantization] {
        var q = [Quantization(weights: .bf16)]
        let fp8 = accelerator.peak(at: .fp8) != nil
        if fp8 { q.append(Quantization(weights: .fp8, kvCache: .fp8)) }
        if !fp8, accelerator.peak(at: .int8) != nil { q.append(Quantization(weights: .int8, kvCache: .bf16)) }
        q.append(Quantization(weights: .int4, kvCache: .bf16))
        if accelerator.peak(at: .fp4) != nil {
            q.append(Quantization(weights: .fp4, kvCache: .fp8))
            if model.isMixtureOfExperts, fp8 { q.append(Quantization(weights: .fp8, kvCache: .fp8, experts: .fp4)) }
        }
        return q
    }
}

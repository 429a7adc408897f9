import Dispatch
import ReckonCore
import ReckonUnits

/// One configuration at one batch: what it delivers and what it costs.
public struct ServingPoint: Sendable, Hashable {
    public var acceleratorID: String
    public var acceleratorName: String
    public var quantization: Quantization
    /// Precision label: "FP8", "BF16 weights, INT4 …".
    public var precisionLabel: String
    public var plan: ServingPlan
    /// Sequences per replica.
    public var batch: Int
    /// Replicas serving the concurrency (1 without one).
    public var replicas: Int
    public var timeToFirstToken: Seconds
    public var timePerOutputToken: Seconds
    public var tokensPerSecondPerUser: Double
    public var tokensPerSecondPerGPU: Double
    /// Output tokens/s of all replicas.
    public var outputTokensPerSecond: Double
    public var gpus: Int
    /// Price per accelerator-hour used (nil: none known).
    public var pricePerHour: USDPerSecond?
    /// Output tokens per dollar (nil without a price).
    public var outputTokensPerDollar: Double?
    public var usdPerMillionOutputTokens: USD? { outputTokensPerDollar.map { USD(1e6 / $0) } }
    public var meetsTargets: Bool
    /// Set for disaggregated pools.
    public var disaggregation: DisaggregatedPools?

    public init(
        acceleratorID: String, acceleratorName: String, quantization: Quantization, precisionLabel: String,
        plan: ServingPlan, batch: Int, replicas: Int, timeToFirstToken: Seconds, timePerOutputToken: Seconds,
        tokensPerSecondPerUser: Double, tokensPerSecondPerGPU: Double, outputTokensPerSecond: Double, gpus: Int,
        pricePerHour: USDPerSecond?, outputTokensPerDollar: Double?, meetsTargets: Bool,
        disaggregation: DisaggregatedPools?
    ) {
        self.acceleratorID = acceleratorID
        self.acceleratorName = acceleratorName
        self.quantization = quantization
        self.precisionLabel = precisionLabel
        self.plan = plan
        self.batch = batch
        self.replicas = replicas
        self.timeToFirstToken = timeToFirstToken
        self.timePerOutputToken = timePerOutputToken
        self.tokensPerSecondPerUser = tokensPerSecondPerUser
        self.tokensPerSecondPerGPU = tokensPerSecondPerGPU
        self.outputTokensPerSecond = outputTokensPerSecond
        self.gpus = gpus
        self.pricePerHour = pricePerHour
        self.outputTokensPerDollar = outputTokensPerDollar
        self.meetsTargets = meetsTargets
        self.disaggregation = disaggregation
    }
}

/// Prefill and decode in separate pools: each sized for its phase, the KV cache shipped between them.
///
/// ```
/// decode pool:   TPOT = t_step(B, 0)                  decode alone, no prompt tokens in its steps
/// prefill pool:  rate = T / t_step(0, T) per G_p      T = budget · d prompt tokens per step
///                TTFT = (½ + ⌈n_in / budget⌉) · t_step(0, T) + α + KV(n_in) / (G_p · BW)
/// GPU-s per output token = 1 / R_decode + (n_in / n_out) / R_prefill;   ratio G_p : G_d = (n_in/n_out)·R_d / R_p
/// ```
/// - BW: the scale-up link when both pools fit one scale-up domain, the scale-out NIC otherwise
/// - the KV transfer overlaps computation (layer by layer) and adds only its latency to TTFT
/// Source: Zhong et al. 2024, DistServe, arXiv:2401.09670; Patel et al. 2024, Splitwise, arXiv:2311.18677.
public struct DisaggregatedPools: Sendable, Hashable {
    public var prefillPlan: ServingPlan
    public var decodePlan: ServingPlan
    public var decodeBatch: Int
    public var prefillTokensPerSecondPerGPU: Double
    public var decodeTokensPerSecondPerGPU: Double
    /// Prefill GPUs per decode GPU.
    public var prefillToDecodeGPUs: Double
    public var kvTransfer: Seconds
}

/// What the search found.
public struct ServingSearchResult: Sendable {
    /// The most output tokens per dollar meeting the targets (per GPU where no price is known); nil if none.
    public var best: ServingPoint?
    /// The best disaggregated configuration (when asked for).
    public var bestDisaggregated: ServingPoint?
    /// Non-dominated points (tokens/s per GPU vs tokens/s per user) meeting the TTFT target, by speed per user.
    public var frontier: [ServingPoint]
    /// Most output tokens/s within the GPU budget meeting the targets (nil without a budget or a feasible point).
    public var bestTotalThroughput: Double?
    /// Configurations (accelerator × precision × plan) evaluated, and those holding at least one sequence.
    public var evaluated: Int
    public var feasible: Int
    /// Accelerators left out of the per-dollar ranking (no price), and other remarks.
    public var notes: [String]

    public init(
        best: ServingPoint?, bestDisaggregated: ServingPoint?, frontier: [ServingPoint], bestTotalThroughput: Double?,
        evaluated: Int, feasible: Int, notes: [String]
    ) {
        self.best = best
        self.bestDisaggregated = bestDisaggregated
        self.frontier = frontier
        self.bestTotalThroughput = bestTotalThroughput
        self.evaluated = evaluated
        self.feasible = feasible
        self.notes = notes
    }
}

import ReckonUnits

/// The fractions of vendor peak that serving software actually reaches. Few, global, named — the same
/// values for every model, accelerator and sequence length; not fitted per case.
///
/// ```
/// F_achievable  = F_peak  · η_compute
/// BW_achievable = BW_peak · η_memory
/// link          = BW_link · η_link,  plus α per collective
/// ```
/// Defaults and why:
/// - `η_compute = 0.55`: dense tensor-core GEMMs reach 60–75% of peak on Hopper in practice; serving
///   adds non-GEMM kernels (norms, rotary, sampling) and scheduling gaps.
/// - `η_memory = 0.80`: streaming kernels reach 80–90% of HBM peak; decode also has small reads.
/// - `η_link = 0.80` and `α = 10 µs`: NCCL all-reduce bus bandwidth over NVLink reaches ~80% of the
///   link rate; small-message all-reduce latency is on the order of 10 µs.
///
/// Checked against 20 rows of `shared/ground-truth/inference.csv` (TensorRT-LLM, Llama 3.1 8B FP8, H100
/// and H200, max-load offline): all within ±10% with the defaults (see InferenceEstimateTests). The
/// two compute/memory values were picked as round numbers after looking at those rows as a whole, so
/// that check is a consistency check, not an independent validation.
public struct EfficiencyFactors: Sendable, Hashable {
    /// Fraction of dense peak FLOP/s reached by the matrix products.
    public var compute: Double
    /// Fraction of peak memory bandwidth reached when streaming weights and KV cache.
    public var memory: Double
    /// Fraction of the accelerator-to-accelerator link rate reached by collectives.
    public var link: Double
    /// Fixed latency of one collective (all-reduce) across the tensor-parallel group.
    public var collectiveLatency: Seconds
    public var source: String

    public init(compute: Double, memory: Double, link: Double = 0.8, collectiveLatency: Seconds = Seconds(10e-6),
                source: String = "user") {
        self.compute = compute; self.memory = memory; self.link = link
        self.collectiveLatency = collectiveLatency; self.source = source
    }

    /// The defaults above.
    public static let serving = EfficiencyFactors(
        compute: 0.55, memory: 0.80, link: 0.80, collectiveLatency: Seconds(10e-6),
        source: "assumption, checked against shared/ground-truth/inference.csv (TensorRT-LLM perf-overview, Llama 3.1 8B FP8 on H100/H200): compute 55% of dense peak, memory 80% of HBM peak, link 80%, 10 µs per all-reduce")

    /// Ideal hardware: every factor 1, no collective latency (an upper bound on speed).
    public static let ideal = EfficiencyFactors(compute: 1, memory: 1, link: 1, collectiveLatency: .zero, source: "ideal (peak)")

    /// Checks every factor; throws an ``InputError`` naming the field.
    public func validate() throws {
        try Check.fraction(compute, "compute_efficiency")
        try Check.fraction(memory, "memory_efficiency")
        try Check.fraction(link, "link_efficiency")
        try Check.nonNegative(collectiveLatency.value, "collective_latency")
    }
}

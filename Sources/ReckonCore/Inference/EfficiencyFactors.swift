import ReckonUnits

/// The fractions of vendor peak that serving software actually reaches, and its fixed costs. Few, global,
/// named — the same values for every model, accelerator, precision and sequence length; not fitted per case.
///
/// ```
/// F_achievable    = F_peak(precision) · η_compute          dense GEMMs (cuBLAS-class kernels)
/// F_experts       = F_peak(precision) · η_experts          grouped expert GEMMs (block-scaled, ragged batches)
/// F_attention     = F_peak(precision) · η_attention        attention kernels (FlashAttention, FlashMLA)
/// BW_weights      = BW_peak · η_weights                    streaming weights (GEMV/skinny GEMM at small batch)
/// BW_kv           = BW_peak · η_kv                         streaming the KV cache (paged attention kernels)
/// link            = BW_link · η_link,  plus α per collective or all-to-all
/// expert FLOP     × ι                                      the busiest expert-parallel rank's load ÷ the mean
/// all-to-all      − φ · min(a2a, phases)                   the share hidden by two-batch overlap
/// step            + τ + L · λ                              per forward step: scheduling and sampling (τ), and per
///                                                          layer the small kernels and launch gaps (λ: norms,
///                                                          rotary, activations, residuals — ~10 kernels a layer)
/// ```
/// Why decode has two bandwidth efficiencies: a step that streams mostly weights runs skinny GEMMs whose
/// tiles, split over tensor-parallel ranks, do not saturate HBM the way the long contiguous reads of a paged
/// attention kernel do (the v1 model's single η_memory made long-output 70B–405B decode 25–30% too fast while
/// KV-bound runs matched; issue 20).
///
/// ``serving`` is fitted once, globally, on published serving measurements (TensorRT-LLM, SGLang, vLLM, AMD,
/// Oracle, NVIDIA): see ``ServingCalibration`` in ReckonAnalysis for the rows, the grid and
/// the errors of every row.
public struct EfficiencyFactors: Sendable, Hashable {
    /// Fraction of dense peak FLOP/s reached by the dense matrix products.
    public var compute: Double
    /// Fraction reached by the routed experts' grouped GEMMs (nil: `compute`).
    public var expertCompute: Double?
    /// Fraction reached by the attention kernels (nil: `compute`).
    public var attentionCompute: Double?
    /// Fraction of peak memory bandwidth reached when streaming weights.
    public var weightStreaming: Double
    /// Fraction of peak memory bandwidth reached when streaming the KV cache.
    public var kvStreaming: Double
    /// Fraction of the accelerator-to-accelerator link rate reached by collectives.
    public var link: Double
    /// Fixed latency of one collective (all-reduce, all-to-all) or pipeline hop.
    public var collectiveLatency: Seconds
    /// Busiest expert-parallel rank's routed tokens ÷ the mean (≥ 1).
    public var expertImbalance: Double
    /// Fixed time per forward step (CPU scheduling, sampling, kernel launches not hidden by CUDA graphs).
    public var stepOverhead: Seconds
    /// Fixed time per layer per forward step (small kernels and the gaps between kernels).
    public var layerOverhead: Seconds
    /// Share of the expert all-to-all hidden under the computation of another micro-batch (two-batch overlap,
    /// DeepEP): 0 = serial, 1 = fully hidden while the computation lasts.
    public var expertCommunicationOverlap: Double
    public var source: String

    public init(
        compute: Double, expertCompute: Double? = nil, attentionCompute: Double? = nil,
        weightStreaming: Double, kvStreaming: Double, link: Double = 0.8,
        collectiveLatency: Seconds = Seconds(10e-6), expertImbalance: Double = 1,
        stepOverhead: Seconds = .zero, layerOverhead: Seconds = .zero, expertCommunicationOverlap: Double = 1,
        source: String = "user"
    ) {
        self.compute = compute
        self.expertCompute = expertCompute
        self.attentionCompute = attentionCompute
        self.weightStreaming = weightStreaming
        self.kvStreaming = kvStreaming
        self.link = link
        self.collectiveLatency = collectiveLatency
        self.expertImbalance = expertImbalance
        self.stepOverhead = stepOverhead
        self.layerOverhead = layerOverhead
        self.expertCommunicationOverlap = expertCommunicationOverlap
        self.source = source
    }

    /// One memory efficiency for both streams (the v1 interface).
    public init(
        compute: Double, memory: Double, link: Double = 0.8, collectiveLatency: Seconds = Seconds(10e-6),
        source: String = "user"
    ) {
        self.init(
            compute: compute, weightStreaming: memory, kvStreaming: memory, link: link,
            collectiveLatency: collectiveLatency, source: source)
    }

    /// Both memory efficiencies at once (reads the weight-streaming one). Setting it sets both.
    public var memory: Double {
        get { weightStreaming }
        set {
            weightStreaming = newValue
            kvStreaming = newValue
        }
    }

    /// The global constant set, fitted once on the development rows (``ServingCalibration``, `reckon-bench
    /// calibrate`: coordinate descent on its grid, objective 0.0786 = √n-weighted mean of the families' RMS log error):
    /// - `η_compute = 0.475` of the dense peak at the GEMM precision (TensorRT-LLM 8B compute-bound rows);
    /// - `η_experts = 0.625` with imbalance `ι = 2.0`: expert GEMMs reach ≈ 0.31 of peak on the busiest rank
    ///   (DeepSeek-V3 on SGLang, H100 and GB200; the EPLB-balanced row pins ι against the unbalanced ones);
    /// - `η_attention = 0.175`: below attention-kernel benchmarks (FlashMLA: 660 TFLOPS on H800); in the fit it also
    ///   carries what the model does not represent of latent-attention decode at long context;
    /// - `η_weights = 0.725`, `η_kv = 0.925`: streaming weights through skinny GEMMs is slower than streaming the
    ///   cache (Llama 3.1 70B TP4 decode on SGLang/vLLM against the TensorRT-LLM KV-bound rows);
    /// - `α = 30 µs` per collective, `λ = 90 µs` per layer per step, `τ = 0` per step;
    /// - `φ = 0.8` of the expert all-to-all hidden by two-batch overlap; `η_link = 0.8` (held, not fitted).
    public static let serving = EfficiencyFactors(
        compute: 0.475, expertCompute: 0.625, attentionCompute: 0.175, weightStreaming: 0.725, kvStreaming: 0.925,
        link: 0.80, collectiveLatency: Seconds(30e-6), expertImbalance: 2.0, stepOverhead: .zero,
        layerOverhead: Seconds(90e-6), expertCommunicationOverlap: 0.8,
        source: "fitted once on 34 of the 52 modelled published serving measurements (TensorRT-LLM "
            + "perf-overview, SGLang, vLLM, AMD ROCm, Oracle and NVIDIA blogs; the rest reported): "
            + "ServingCalibration; compute 0.475, experts 0.625 × imbalance 2.0, attention 0.175, weight streaming "
            + "0.725, KV streaming 0.925, link 0.8, 30 µs per collective, 90 µs per layer")

    /// Ideal hardware: every factor 1, no latency or overhead (an upper bound on speed).
    public static let ideal = EfficiencyFactors(
        compute: 1, weightStreaming: 1, kvStreaming: 1, link: 1,
        collectiveLatency: .zero, source: "ideal (peak)")

    /// Checks every factor; throws an ``InputError`` naming the field.
    public func validate() throws {
        try Check.fraction(compute, "compute_efficiency")
        if let expertCompute { try Check.fraction(expertCompute, "expert_compute_efficiency") }
        if let attentionCompute { try Check.fraction(attentionCompute, "attention_efficiency") }
        try Check.fraction(weightStreaming, "weight_streaming_efficiency")
        try Check.fraction(kvStreaming, "kv_streaming_efficiency")
        try Check.fraction(link, "link_efficiency")
        try Check.nonNegative(collectiveLatency.value, "collective_latency")
        try Check.nonNegative(stepOverhead.value, "step_overhead")
        try Check.nonNegative(layerOverhead.value, "layer_overhead")
        guard expertCommunicationOverlap.isFinite, (0...1).contains(expertCommunicationOverlap) else {
            throw InputError(
                field: "expert_overlap", value: Check.shown(expertCommunicationOverlap), allowed: "a number in [0, 1]")
        }
        guard expertImbalance.isFinite, expertImbalance >= 1, expertImbalance <= 10 else {
            throw InputError(
                field: "expert_imbalance", value: Check.shown(expertImbalance), allowed: "a number from 1 to 10")
        }
    }
}

import ReckonCore

/// Serving: how a model is stored, batched and fed (`reckon infer`, `reckon deploy`).
extension Field {
    public static let batch = Field(
        "batch", "Batch", .integer(unit: "sequences"), bounds: .integers(1...100_000_000), distribution: true,
        group: .serving, help: "Sequences decoded together per replica.")
    public static let inputTokens = Field(
        "input_tokens", "Prompt tokens", .integer(unit: "tokens"), bounds: .integers(1...100_000_000),
        distribution: true, group: .serving, help: "Prompt tokens per request.")
    public static let outputTokens = Field(
        "output_tokens", "Output tokens", .integer(unit: "tokens"), bounds: .integers(1...100_000_000),
        distribution: true, group: .serving, help: "Output tokens per request.")
    public static let servingPrecision = Field(
        "precision", "Weight precision", .choice(Quantization.servingPrecisions.map(\.rawValue)), group: .serving,
        help: "Weight precision.")
    public static let kvPrecision = Field(
        "kv_precision", "KV-cache precision", .choice(Quantization.servingPrecisions.map(\.rawValue)),
        group: .serving, help: "KV-cache precision.")
    public static let offload = Field(
        "offload", "Offload", .choice(InferRequest.Storage.allCases.map(\.rawValue)), group: .serving,
        help: "Keep the weights in host DRAM or on NVMe and stream them in.")
    public static let link = Field(
        "link", "Host link", .choice(InferRequest.Link.allCases.map(\.rawValue)), group: .serving,
        help: "Link the weights stream over with --offload.")
    public static let noPipeline = Field(
        "no_pipeline", "No prefetch", .toggle, group: .serving,
        help: "With --offload: load groups of layers, then compute (no prefetch).")
    public static let computeEfficiency = Field(
        "compute_efficiency", "Compute efficiency", .number(unit: nil), bounds: .fraction, distribution: true,
        group: .serving, help: "Fraction of dense peak FLOP/s reached, in (0, 1].")
    public static let memoryEfficiency = Field(
        "memory_efficiency", "Memory efficiency", .number(unit: nil), bounds: .fraction, distribution: true,
        group: .serving,
        help: "Fraction of memory bandwidth reached streaming weights and KV cache, in (0, 1] (sets both).")
    public static let weightStreamingEfficiency = Field(
        "weight_streaming_efficiency", "Weight streaming efficiency", .number(unit: nil), bounds: .fraction,
        distribution: true, group: .serving,
        help: "Fraction of memory bandwidth reached while streaming weights, in (0, 1] (overrides --memory-efficiency)."
    )
    public static let kvStreamingEfficiency = Field(
        "kv_streaming_efficiency", "KV streaming efficiency", .number(unit: nil), bounds: .fraction,
        distribution: true, group: .serving,
        help: "Fraction of memory bandwidth reached while streaming the KV cache, in (0, 1] "
            + "(overrides --memory-efficiency).")
    public static let attentionEfficiency = Field(
        "attention_efficiency", "Attention efficiency", .number(unit: nil), bounds: .fraction, distribution: true,
        group: .serving, help: "Fraction of peak FLOP/s reached by the attention kernels, in (0, 1].")
    public static let expertEfficiency = Field(
        "expert_efficiency", "Expert GEMM efficiency", .number(unit: nil), bounds: .fraction, distribution: true,
        group: .serving, help: "Fraction of peak FLOP/s reached by the routed experts' grouped GEMMs, in (0, 1].")
    public static let mathPrecision = Field(
        "math_precision", "Math precision", .choice(Quantization.mathPrecisions.map(\.rawValue)), group: .serving,
        help:
            "Tensor-core precision of the matrix products (default: follows the weights; bf16 or fp8 under FP4 or INT4 "
            + "weights = weight-only).")
    public static let expertPrecision = Field(
        "expert_precision", "Expert precision", .choice(Quantization.servingPrecisions.map(\.rawValue)),
        group: .serving,
        help: "Precision of a mixture of experts' routed experts (default: the weights'; fp4 = NVFP4 experts).")
    public static let fp4Format = Field(
        "fp4_format", "FP4 format", .choice(FP4Format.allCases.map(\.rawValue)), group: .serving,
        help: "Block scaling of FP4 tensors: nvfp4 (an FP8 scale per 16) or mxfp4 (an E8M0 scale per 32).")
    public static let ttft = Field(
        "ttft", "TTFT target", .quantity(.duration(bareUnit: "s")), bounds: .positive(max: 86_400), group: .serving,
        help: "Largest time to first token under load, e.g. 2s or 500ms: searches plans, batch and precision for the "
            + "most output tokens per dollar meeting it.")
    public static let tpot = Field(
        "tpot", "TPOT target", .quantity(.duration(bareUnit: "s")), bounds: .positive(max: 3_600), group: .serving,
        help: "Largest time per output token under load, e.g. 50ms: searches the configuration like --ttft.")
    public static let concurrency = Field(
        "concurrency", "Concurrency", .integer(unit: "requests"), bounds: .integers(1...100_000_000), group: .serving,
        help: "Requests in flight over all replicas (sets the batch per replica; with targets, the replicas).")
    public static let dpAttention = Field(
        "dp_attention", "Data-parallel attention", .integer(unit: nil), bounds: .integers(1...65_536), group: .plan,
        help: "Attention groups per replica sharing the experts of a mixture of experts (1 = off).")
    public static let redundantExperts = Field(
        "redundant_experts", "Redundant experts", .integer(unit: nil), bounds: .integers(0...1_000_000), group: .plan,
        help: "Extra copies of hot experts for expert-parallel load balancing (so experts + redundant divide --ep).")
    public static let disaggregate = Field(
        "disaggregate", "Disaggregate", .toggle, group: .serving,
        help: "Also search separate prefill and decode pools (the KV cache shipped between them).")
}

/// `reckon deploy`: traffic, its shape, and the training run it is compared with.
extension Field {
    public static let deployPreset = Field(
        "preset", "Workload preset", .choice(DeploymentPreset.all.map(\.id)), group: .workload,
        help: "Workload preset.")
    public static let outputTokensPerDay = Field(
        "output_tokens_per_day", "Output tokens per day", .quantity(.tokens), bounds: .positive(max: 1e17),
        distribution: true, group: .workload, help: "Output tokens per day, e.g. 1e10.")
    public static let inputTokensPerDay = Field(
        "input_tokens_per_day", "Input tokens per day", .quantity(.tokens), bounds: .positive(max: 1e17),
        distribution: true, group: .workload, help: "Input tokens per day.")
    public static let users = Field(
        "users", "Users", .integer(unit: nil), bounds: .integers(1...100_000_000_000), distribution: true,
        group: .workload, help: "Users (with --requests-per-day).")
    public static let requestsPerDay = Field(
        "requests_per_day", "Requests per user per day", .number(unit: "requests/day"), bounds: .positive(max: 1e6),
        distribution: true, group: .workload, help: "Requests per user per day.")
    public static let peakToAverage = Field(
        "peak_to_average", "Peak to average", .number(unit: nil), bounds: .closed(1, 100), distribution: true,
        group: .workload, help: "Peak traffic ÷ average traffic (1 to 100).")
    public static let latencyTarget = Field(
        "latency_target", "Latency target", .quantity(.duration(bareUnit: "s")), bounds: .positive(max: 3600),
        distribution: true, group: .workload, help: "Largest time per output token, e.g. 0.05 or 50ms.")
    public static let ttftTarget = Field(
        "ttft_target", "TTFT target", .quantity(.duration(bareUnit: "s")), bounds: .positive(max: 86_400),
        distribution: true, group: .workload, help: "Largest time to first token under load, e.g. 2s.")
    public static let period = Field(
        "period", "Serving period", .quantity(.duration(bareUnit: "y")), bounds: .positive(max: 100),
        distribution: true, group: .workload, help: "Serving period, e.g. 1y or 90d.")
    public static let trainingTokens = Field(
        "training_tokens", "Training tokens", .quantity(.tokens), bounds: SpecBounds.tokens, distribution: true,
        group: .tokens, help: "Training tokens of the comparison run.")
    public static let trainingGpus = Field(
        "training_gpus", "Training accelerators", .integer(unit: "GPUs"), bounds: .integers(1...100_000_000),
        distribution: true, group: .hardware, help: "Accelerators of the comparison training run.")
}

/// `reckon deploy`: a product's life, and Cottier's instance-day method (seed 003).
extension Field {
    public static let trafficGrowth = Field(
        "traffic_growth", "Traffic growth", .number(unit: "×/year"), bounds: .positive(max: 100), distribution: true,
        group: .workload, help: "Traffic growth per year over the period (1 = flat).")
    public static let priceDecline = Field(
        "price_decline", "Price decline", .number(unit: "fraction/year"), bounds: .fractionBelowOne,
        distribution: true, group: .economics,
        help: "Fall per year in the cost of serving a token, in [0, 1) (0 = none).")
    public static let instanceWordsPerDay = Field(
        "instance_words_per_day", "Words per instance-day", .number(unit: "words/day"),
        bounds: .positive(max: 1e15), distribution: true, group: .workload,
        help: "Cottier's method: words one model instance generates per day.")
    public static let instanceGpus = Field(
        "instance_gpus", "GPUs per instance", .integer(unit: "GPUs"), bounds: .integers(1...100_000),
        distribution: true, group: .workload, help: "Cottier's method: accelerators per model instance.")
    public static let developmentGpuHours = Field(
        "development_gpu_hours", "Development GPU-hours", .number(unit: "GPU-hours"), bounds: .positive(max: 1e15),
        distribution: true, group: .economics, help: "Cottier's method: GPU-hours of developing the model.")
}

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
        group: .serving, help: "Fraction of memory bandwidth reached, in (0, 1].")
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

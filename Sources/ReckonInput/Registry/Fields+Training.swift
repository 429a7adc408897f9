import ReckonCore

/// How much training, counted how, at what efficiency.
extension Field {
    public static let tokens = Field(
        "tokens", "Training tokens", .quantity(.tokens), bounds: SpecBounds.tokens, distribution: true,
        group: .tokens, help: "Training tokens, e.g. 300B or 15T.")
    public static let tokensPerParam = Field(
        "tokens_per_param", "Tokens per parameter", .number(unit: "tokens/parameter"),
        bounds: .positive(max: 1e6), distribution: true, group: .tokens,
        help: "Training tokens per parameter (Chinchilla: 20).")
    public static let computeBudget = Field(
        "compute_budget", "Compute budget", .quantity(.flop), bounds: .positive(max: 1e35), distribution: true,
        group: .tokens, help: "A compute budget in FLOP: choose parameters and tokens by Chinchilla's fit, e.g. 1e24.")
    public static let fit = Field(
        "fit", "Loss fit", .choice(TrainRequest.Fit.allCases.map(\.rawValue)), group: .tokens,
        help: "Loss fit for --compute-budget.")
    public static let rule = Field(
        "rule", "Counting rule", .choice(TrainRequest.Rule.allCases.map(\.rawValue)), group: .tokens,
        help: "How compute is counted: 6nd, 6nd-attention (adds 6·L·n_ctx·d per token), 120p2 (the paper's 120·P²/K).")
    public static let partitions = Field(
        "partitions", "Partitions", .integer(unit: nil), bounds: .integers(1...1_000_000), distribution: true,
        group: .tokens, help: "Sparsely activated partitions K (mixture of experts).")
    public static let attention = Field(
        "attention", "Attention FLOP", .toggle, group: .tokens,
        help: "Count the attention-score FLOP (same as --rule 6nd-attention).")
    public static let mfu = Field(
        "mfu", "MFU", .number(unit: nil), bounds: .fraction, distribution: true, group: .hardware,
        help: "Model FLOPs utilization in (0, 1].")
    public static let precision = Field(
        "precision", "Precision", .choice(Precision.allCases.map(\.rawValue)), group: .hardware,
        help: "Arithmetic precision whose peak applies.")
    public static let noFailures = Field(
        "no_failures", "No failures", .toggle, group: .failures,
        help: "Do not count failures, checkpoints and restarts.")
}

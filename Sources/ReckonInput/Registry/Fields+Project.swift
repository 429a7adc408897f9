import ReckonCore

/// `reckon project`: the trend model's constants (paper Sec. 2.1, Table 1; framework.md §2), each a field.
extension Field {
    public static let trendPreset = Field(
        "preset", "Trend preset", .choice(TrendPreset.allCases.map(\.rawValue)), group: .trend,
        help: "Constants preset: paper-stated ($15.0B in 2028), paper-calibrated ($19.0B), "
            + "paper-calibrated-growth ($19.5B).")
    public static let from = Field(
        "from", "From year", .integer(unit: "year"), bounds: .integers(1990...2100), group: .trend,
        help: "First year of the table.")
    public static let to = Field(
        "to", "To year", .integer(unit: "year"), bounds: .integers(1990...2100), group: .trend,
        help: "Last year of the table.")
    public static let basis = Field(
        "basis", "Cost basis", .choice(CostBasis.allCases.map(\.rawValue)), group: .trend,
        help: "Cost compared with the spending lines and charted: gpu or cloud.")
    public static let largeModelEraStart = Field(
        "large_model_era_start", "Large-model era", .integer(unit: "year"), bounds: .integers(2010...2100),
        group: .trend, help: "Fig. 6: first year of the large-model era.")
    public static let anchorYearGpt3 = trendYear("anchor_year_gpt3", "GPT-3 anchor year")
    public static let anchorYear = trendYear("anchor_year", "GPT-4 anchor year")
    public static let paramsGpt3 = trend("params_gpt3", "GPT-3 parameters", max: 1e18, unit: "parameters")
    public static let expertsGpt3 = trend("experts_gpt3", "GPT-3 experts (1 = dense)", max: 1e6)
    public static let paramsAnchor = trend("params_anchor", "GPT-4 parameters", max: 1e18, unit: "parameters")
    public static let expertsAnchor = trend("experts_anchor", "GPT-4 experts", max: 1e6)
    public static let flopPerParamAnchor = trend(
        "flop_per_param_anchor", "FLOP per parameter at the anchors",
        max: 1e6)
    public static let anchorGpuCostUsd = trend(
        "anchor_gpu_cost_usd", "GPT-4 GPU cost in USD; calibrates $/FLOP",
        max: 1e15, unit: "USD")
    public static let paramGrowth = trend(
        "param_growth", "Parameter growth per year after the anchor", max: 100,
        unit: "×/year")
    public static let pricePerfDoublingYearsHist = trend(
        "price_perf_doubling_years_hist", "Price-performance doubling time up to the anchor", max: 1000,
        unit: "years")
    public static let pricePerfDoublingYears = trend(
        "price_perf_doubling_years", "Price-performance doubling time after the anchor", max: 1000, unit: "years")
    public static let cloudRatio = trend("cloud_ratio", "Cloud cost ÷ GPU cost", max: 1000)
    public static let gpuFlopsAnchor = trend(
        "gpu_flops_anchor", "Sustained FLOP/s per GPU at the anchor",
        max: 1e21, unit: "FLOP/s")
    public static let gpuPerfGrowth = trend(
        "gpu_perf_growth", "GPU performance growth per year", max: 100,
        unit: "×/year")
    public static let computeDoublingMonths = trend(
        "compute_doubling_months",
        "Training-compute doubling time (Fig. 3)", max: 1200,
        unit: "months")
    public static let largeScaleComputeDoublingMonths = trend(
        "large_scale_compute_doubling_months", "Large-scale training-compute doubling time (Fig. 3)", max: 1200,
        unit: "months")
    public static let bestExpertsPerYear = expertsPerYear("best", "Best case")
    public static let guessExpertsPerYear = expertsPerYear("guess", "Best guess")
    public static let worstExpertsPerYear = expertsPerYear("worst", "Worst case")
    public static let bestFlopPerParam = flopPerParam("best", "Best case")
    public static let guessFlopPerParam = flopPerParam("guess", "Best guess")
    public static let worstFlopPerParam = flopPerParam("worst", "Worst case")
    public static let supercomputerGrowth = trend(
        "supercomputer_growth", "Fig. 6: supercomputer growth per year",
        max: 100, unit: "×/year")
    public static let preEraGrowth = trend(
        "pre_era_growth", "Fig. 6: growth of model size and FLOP before the large-model era (assumed)", max: 100,
        unit: "×/year")

    /// The three spending lines of Fig. 5, each with a base value, base year and growth.
    public static let spendingLineFields: [Field] = SpendingLines.all.flatMap { line -> [Field] in
        let key = line.id.replacingOccurrences(of: "-", with: "_")
        return [
            Field(
                key + "_usd", line.name + " (USD)", .number(unit: "USD"), bounds: .positive(max: 1e18),
                distribution: true, group: .spending, help: "\(line.name): USD in its base year."),
            Field(
                key + "_year", line.name + " (base year)", .integer(unit: "year"), bounds: .integers(1900...2200),
                distribution: true, group: .spending, help: "\(line.name): base year."),
            Field(
                key + "_growth", line.name + " (growth)", .number(unit: "×/year"), bounds: .positive(max: 10),
                distribution: true, group: .spending, help: "\(line.name): growth per year."),
        ]
    }

    static func trend(_ key: String, _ help: String, max: Double, unit: String? = nil) -> Field {
        Field(
            key, help, .number(unit: unit), bounds: .positive(max: max), distribution: true, group: .trend,
            help: help + ".")
    }
    static func trendYear(_ key: String, _ help: String) -> Field {
        Field(key, help, .integer(unit: "year"), bounds: .integers(1950...2200), group: .trend, help: help + ".")
    }
    static func expertsPerYear(_ prefix: String, _ name: String) -> Field {
        Field(
            prefix + "_experts_per_year", name + ": experts added per year", .number(unit: "experts/year"),
            bounds: .nonNegative(max: 1e6), distribution: true, group: .trend,
            help: name + ": experts added per year.")
    }
    static func flopPerParam(_ prefix: String, _ name: String) -> Field {
        Field(
            prefix + "_flop_per_param", name + ": FLOP per parameter", .number(unit: "FLOP/parameter"),
            bounds: .positive(max: 1e6), distribution: true, group: .trend,
            help: name + ": FLOP per parameter (Table 1).")
    }
}

/// `reckon roadmap`: Table 2's levers and the $1,000 GPT-3.
extension Field {
    /// One field per lever of Table 2, named after it (`distributed_systems`, `data_formats`, …).
    public static let leverFields: [Field] = LeverID.allCases.map { id in
        let lever = RoadmapLevers.defaults().levers.first { $0.id == id }
        let bounds = lever.map { FieldBounds.closed($0.allowed.lowerBound, $0.allowed.upperBound) }
        return Field(
            id.rawValue.replacingOccurrences(of: "-", with: "_"), id.area, .syntax(.lever), bounds: bounds,
            distribution: true, group: .levers, help: "on, off or \(lever?.parameterName ?? "its value").")
    }
    public static let roadmapParams = Field(
        "params", "Baseline parameters", .quantity(.parameters), bounds: .positive(max: 1e18), distribution: true,
        group: .model, help: "Baseline model parameters, e.g. 1.8T.")
    public static let year = Field(
        "year", "Baseline year", .integer(unit: "year"), bounds: .integers(1990...2100), group: .trend,
        help: "Baseline year (sets GPU $/FLOP).")
    public static let baselineCostUsd = Field(
        "baseline_cost_usd", "Baseline cost", .number(unit: "USD"), bounds: .positive(max: 1e18), distribution: true,
        group: .economics, help: "Baseline cost in USD (overrides --params/--year).")
    public static let baselineTokensPerParam = Field(
        "baseline_tokens_per_param", "Baseline tokens per parameter", .number(unit: "tokens/parameter"),
        bounds: .positive(max: 1e6), distribution: true, group: .tokens, help: "Baseline tokens per parameter.")
    public static let roadmapGpus = Field(
        "gpus", "GPUs", .integer(unit: "GPUs"), bounds: .integers(1...100_000_000), distribution: true,
        group: .hardware, help: "GPUs at which the distributed-systems gain is evaluated.")
    public static let gpt3CostUsd = Field(
        "gpt3_cost_usd", "GPT-3 cost", .number(unit: "USD"), bounds: .positive(max: 1e18), distribution: true,
        group: .economics, help: "$1,000 GPT-3: GPT-3's cost in USD.")
    public static let gpt3Year = Field(
        "gpt3_year", "GPT-3 year", .integer(unit: "year"), bounds: .integers(1990...2100), group: .trend,
        help: "$1,000 GPT-3: year of that cost.")
    public static let targetUsd = Field(
        "target_usd", "Target cost", .number(unit: "USD"), bounds: .positive(max: 1e18), distribution: true,
        group: .economics, help: "$1,000 GPT-3: target cost in USD.")
    public static let roadmapDoublingYears = Field(
        "price_perf_doubling_years", "Price-performance doubling", .number(unit: "years"), bounds: .positive(max: 1000),
        distribution: true, group: .trend, help: "$1,000 GPT-3: price-performance doubling time in years.")
}

/// Monte Carlo settings, taken by every command with uncertain inputs (`--samples`, or the API's `samples`).
extension Field {
    public static let samples = Field(
        "samples", "Samples", .integer(unit: nil), bounds: .integers(1...10_000_000), group: .sampling,
        help: "Monte Carlo samples (default 10000 when an input is a distribution).")
    public static let seed = Field(
        "seed", "Seed", .integer(unit: nil), bounds: .integers(0...9_007_199_254_740_991), group: .sampling,
        help: "Random seed; the same seed gives identical output on every platform.")
    public static let sensitivity = Field(
        "sensitivity", "Sensitivity", .toggle, group: .sampling,
        help: "Which uncertain inputs move the result most: tornado table and rank correlations.")
    public static let histogramField = Field(
        "histogram_field", "Histogram field", .syntax(.resultField), group: .sampling,
        help: "Result field for the histogram and the tornado, e.g. cost_usd.")
}

/// What K experts are worth (`reckon roadmap`) and GPT-3's own run for the $1,000 GPT-3.
extension Field {
    public static let moeLaw = Field(
        "moe_law", "MoE law", .choice(RoadmapRequest.MoELaw.allCases.map(\.rawValue)), group: .levers,
        help: "What K experts are worth at equal quality: clark-2022 (Clark et al. 2022 scaling law) or paper "
            + "(C = 120·P²/K for any K).")
    public static let moeFlopOnly = Field(
        "moe_flop_only", "MoE FLOP only", .toggle, group: .levers,
        help: "Count MoE partitions by FLOP only: do not divide by the plan model's step efficiency η_MoE.")
    public static let gpt3Gpus = Field(
        "gpt3_gpus", "GPT-3 GPUs", .integer(unit: "GPUs"), bounds: .integers(1...100_000_000), distribution: true,
        group: .hardware, help: "$1,000 GPT-3: GPUs of GPT-3's run, where its resilience gain is evaluated.")
}

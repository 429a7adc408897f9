/// Every constant of the frontier-training cost projection (Model A of the reconstruction), each with
/// its value in the paper and where it comes from.
///
/// The projection is the paper's Sec. 2.1 "trend model" (Fig. 5, Table 1). The paper states its
/// anchors and growth rates but not its equations; the equations (A1–A8) are the reconstruction in
/// `shared/framework.md` §2. Every field is overridable (CLI flag / scenario-file key in brackets).
/// Use ``TrendPreset`` for the two presets that reproduce the paper.
public struct TrendConstants: Sendable, Hashable, Codable {
    /// First anchor year, GPT-3 [`anchor_year_gpt3`]. Paper Sec. 2.1: "When GPT-3 (175B parameters) was trained in
    /// 2021".
    public var gpt3Year: Int
    /// GPT-3 parameter count, 175e9 [`params_gpt3`]. Paper Sec. 2.1.
    public var gpt3Parameters: Double
    /// Experts (sparsely activated partitions) of GPT-3: 1, it is dense [`experts_gpt3`]. Brown et al. 2020.
    public var gpt3Experts: Double
    /// Second anchor year, GPT-4 [`anchor_year`]. Paper Sec. 2.1: "By the time GPT-4 ... was trained in 2023".
    public var anchorYear: Int
    /// GPT-4 parameter count, 1.8e12 ("estimated to be 1.8T parameters") [`params_anchor`]. Paper Sec. 2.1.
    public var anchorParameters: Double
    /// Experts of GPT-4 in the anchor year: 9 [`experts_anchor`]. Reconstruction (framework.md A3):
    /// 1 + 4·(2023 − 2021), the best-guess "+4 experts per year" applied since GPT-3, inside the paper's
    /// "typical range of K is 4 to 10" (Sec. 1.3). The rumoured 16 breaks the GPT-3 anchor (framework.md §2.2).
    public var anchorExperts: Double
    /// FLOP per parameter used for both anchors: 40 (Table 1 best guess) [`flop_per_param_anchor`]. Reconstruction A4.
    public var anchorFLOPPerParameter: Double
    /// GPU cost of the anchor model's final run, $6.7M [`anchor_gpu_cost_usd`]. Paper Sec. 2.1:
    /// "the GPU cost had risen to $6.7M". The $/FLOP of the anchor year is calibrated on it (A5).
    public var anchorGPUCost: Double
    /// Parameter growth per year after the anchor, ×2.8 [`param_growth`]. Paper Sec. 2.1: "forecasted to grow by
    /// 180% per year".
    public var parameterGrowth: Double
    /// Doubling time of GPU FLOP per dollar up to the anchor year, 2.46 years [`price_perf_doubling_years_hist`].
    /// Paper Sec. 2 (Fig. 4) after Hobbhahn & Besiroglu 2022 (all GPUs, 95% CI 2.24–2.72).
    public var historicalDoublingYears: Double
    /// Doubling time of GPU FLOP per dollar after the anchor year [`price_perf_doubling_years`]: 2.46 in
    /// `paper-stated`, 2.95 in `paper-calibrated` (Hobbhahn & Besiroglu 2022, top GPUs, 95% CI 2.54–3.52; the
    /// paper expects the gains to "slow down due to slower advances of the underlying silicon").
    public var projectedDoublingYears: Double
    /// Cloud cost ÷ GPU cost, 4.8 [`cloud_ratio`]. Paper Sec. 2.1: $4.8M/$1M (GPT-3), $32M/$6.7M = 4.78,
    /// $93B/$19B = 4.89 (2028).
    public var cloudToGPUCostRatio: Double
    /// Sustained FLOP/s of one GPU in the anchor year, 1e15 [`gpu_flops_anchor`]. Paper Sec. 1.3: "a next-generation
    /// GPU performance of 1,000 16-bit TFLOP/s" (used only for GPU-hours, A7).
    public var anchorGPUFLOPPerSecond: Double
    /// Growth of GPU performance per year, ×1.69 [`gpu_perf_growth`]. Paper Sec. 2.1 (Fig. 6): "~69% per year".
    public var gpuPerformanceGrowth: Double
    /// Doubling time of the training compute of notable models, 4 months [`compute_doubling_months`].
    /// Paper Sec. 2 (Fig. 3, "EpochAI 2023"): "a doubling time of approximately 4 months".
    public var computeDoublingMonths: Double
    /// Doubling time for large-scale models only, 7 months [`large_scale_compute_doubling_months`]. Paper Sec. 2 (Fig.
    /// 3).
    public var largeScaleComputeDoublingMonths: Double
    /// Table 1 parameters of the three scenarios.
    public var best: ScenarioTrend
    public var guess: ScenarioTrend
    public var worst: ScenarioTrend
    /// Where the set of values comes from (preset name and sources).
    public var source: String

    public init(
        gpt3Year: Int = 2021, gpt3Parameters: Double = 175e9, gpt3Experts: Double = 1,
        anchorYear: Int = 2023, anchorParameters: Double = 1.8e12, anchorExperts: Double = 9,
        anchorFLOPPerParameter: Double = 40, anchorGPUCost: Double = 6.7e6,
        parameterGrowth: Double = 2.8, historicalDoublingYears: Double = 2.46,
        projectedDoublingYears: Double = 2.46, cloudToGPUCostRatio: Double = 4.8,
        anchorGPUFLOPPerSecond: Double = 1e15, gpuPerformanceGrowth: Double = 1.69,
        computeDoublingMonths: Double = 4, largeScaleComputeDoublingMonths: Double = 7,
        best: ScenarioTrend = .tableOneBest, guess: ScenarioTrend = .tableOneGuess,
        worst: ScenarioTrend = .tableOneWorst, source: String = TrendSources.paper
    ) {
        self.gpt3Year = gpt3Year
        self.gpt3Parameters = gpt3Parameters
        self.gpt3Experts = gpt3Experts
        self.anchorYear = anchorYear
        self.anchorParameters = anchorParameters
        self.anchorExperts = anchorExperts
        self.anchorFLOPPerParameter = anchorFLOPPerParameter
        self.anchorGPUCost = anchorGPUCost
        self.parameterGrowth = parameterGrowth
        self.historicalDoublingYears = historicalDoublingYears
        self.projectedDoublingYears = projectedDoublingYears
        self.cloudToGPUCostRatio = cloudToGPUCostRatio
        self.anchorGPUFLOPPerSecond = anchorGPUFLOPPerSecond
        self.gpuPerformanceGrowth = gpuPerformanceGrowth
        self.computeDoublingMonths = computeDoublingMonths
        self.largeScaleComputeDoublingMonths = largeScaleComputeDoublingMonths
        self.best = best
        self.guess = guess
        self.worst = worst
        self.source = source
    }

    /// The Table 1 parameters of `scenario`.
    public func trend(_ scenario: ProjectionScenario) -> ScenarioTrend {
        switch scenario {
        case .bestCase: best
        case .bestGuess: guess
        case .worstCase: worst
        }
    }

    /// How many times slower GPU price-performance doubles than training compute (paper Sec. 2: "4x-7x slower"):
    /// `(12 · Td_hist) / m`, for m = 7 months (large-scale) and m = 4 months (all notable models).
    ///
    /// ```
    /// 29.5 / 7 = 4.2      29.5 / 4 = 7.4
    /// ```
    public var pricePerformanceSlowdown: (largeScale: Double, all: Double) {
        (
            12 * historicalDoublingYears / largeScaleComputeDoublingMonths,
            12 * historicalDoublingYears / computeDoublingMonths
        )
    }

    /// Checks every field; throws an ``InputError`` naming the flag of the first one out of range.
    public func validate() throws {
        try Check.integer(gpt3Year, "anchor_year_gpt3", in: 1950...2200)
        try Check.integer(anchorYear, "anchor_year", in: 1950...2200)
        guard anchorYear > gpt3Year else {
            throw InputError(
                field: "anchor_year", value: "\(anchorYear)", allowed: "a year after anchor_year_gpt3 (\(gpt3Year))")
        }
        try Check.positive(gpt3Parameters, "params_gpt3", max: 1e18)
        try Check.positive(anchorParameters, "params_anchor", max: 1e18)
        try Check.positive(gpt3Experts, "experts_gpt3", max: 1e6)
        try Check.positive(anchorExperts, "experts_anchor", max: 1e6)
        try Check.positive(anchorFLOPPerParameter, "flop_per_param_anchor", max: 1e6)
        try Check.positive(anchorGPUCost, "anchor_gpu_cost_usd", max: 1e15)
        try Check.positive(parameterGrowth, "param_growth", max: 100)
        try Check.positive(historicalDoublingYears, "price_perf_doubling_years_hist", max: 1000)
        try Check.positive(projectedDoublingYears, "price_perf_doubling_years", max: 1000)
        try Check.positive(cloudToGPUCostRatio, "cloud_ratio", max: 1000)
        try Check.positive(anchorGPUFLOPPerSecond, "gpu_flops_anchor", max: 1e21)
        try Check.positive(gpuPerformanceGrowth, "gpu_perf_growth", max: 100)
        try Check.positive(computeDoublingMonths, "compute_doubling_months", max: 1200)
        try Check.positive(largeScaleComputeDoublingMonths, "large_scale_compute_doubling_months", max: 1200)
        for scenario in ProjectionScenario.allCases {
            let t = trend(scenario)
            try Check.nonNegative(t.expertsPerYear, "\(scenario.flagPrefix)_experts_per_year")
            try Check.positive(t.flopPerParameter, "\(scenario.flagPrefix)_flop_per_param", max: 1e6)
        }
    }
}

/// Citation strings of the projection, cited once.
public enum TrendSources {
    public static let paper =
        "Faraboschi et al. 2024, arXiv:2404.08811, Sec. 2.1, Table 1, Fig. 5 and 6; "
        + "equations A1–A8 are Reckon's reconstruction"
    public static let epochPricePerformance =
        "Hobbhahn & Besiroglu 2022, Trends in GPU price-performance (Epoch AI): FLOP/s per $ doubles every 2.46 y "
        + "(all GPUs), 2.95 y (top GPUs), 2.07 y (ML GPUs)"
}

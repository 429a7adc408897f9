import ReckonCore
import ReckonUnits

/// `reckon project`: the fields it reads, and how they become a ``Projection``.
///
/// Every trend constant of ``TrendConstants`` is a field (flag / scenario-file key); `preset` chooses the starting
/// values (`paper-stated`, `paper-calibrated`, `paper-calibrated-growth`), fields given explicitly override them.
public enum ProjectRequest {
    /// Trend constants: key → (how to read it, how to set it).
    static var trendDoubles: [(String, WritableKeyPath<TrendConstants, Double>)] { [
        ("params_gpt3", \.gpt3Parameters), ("experts_gpt3", \.gpt3Experts),
        ("params_anchor", \.anchorParameters), ("experts_anchor", \.anchorExperts),
        ("flop_per_param_anchor", \.anchorFLOPPerParameter), ("anchor_gpu_cost_usd", \.anchorGPUCost),
        ("param_growth", \.parameterGrowth), ("price_perf_doubling_years_hist", \.historicalDoublingYears),
        ("price_perf_doubling_years", \.projectedDoublingYears), ("cloud_ratio", \.cloudToGPUCostRatio),
        ("gpu_flops_anchor", \.anchorGPUFLOPPerSecond), ("gpu_perf_growth", \.gpuPerformanceGrowth),
        ("compute_doubling_months", \.computeDoublingMonths),
        ("large_scale_compute_doubling_months", \.largeScaleComputeDoublingMonths),
        ("best_experts_per_year", \.best.expertsPerYear), ("guess_experts_per_year", \.guess.expertsPerYear),
        ("worst_experts_per_year", \.worst.expertsPerYear), ("best_flop_per_param", \.best.flopPerParameter),
        ("guess_flop_per_param", \.guess.flopPerParameter), ("worst_flop_per_param", \.worst.flopPerParameter),
    ] }
    static var trendInts: [(String, WritableKeyPath<TrendConstants, Int>)] { [
        ("anchor_year_gpt3", \.gpt3Year), ("anchor_year", \.anchorYear),
    ] }
    static var growthDoubles: [(String, WritableKeyPath<GrowthIndexConstants, Double>)] { [
        ("supercomputer_growth", \.supercomputerGrowth), ("pre_era_growth", \.preEraGrowth),
    ] }
    /// Spending-line fields: `<line>_usd`, `<line>_year`, `<line>_growth` for each line of ``SpendingLines/all``.
    static let lineKeys: [String] = SpendingLines.all.flatMap { line -> [String] in
        let p = lineKey(line)
        return [p + "_usd", p + "_year", p + "_growth"]
    }
    static func lineKey(_ line: SpendingLine) -> String { line.id.replacingOccurrences(of: "-", with: "_") }

    /// Every key `reckon project` accepts (flags and scenario-file keys alike).
    public static let keys: Set<String> = {
        Set(["preset", "from", "to", "basis", "large_model_era_start"] + trendDoubles.map(\.0) + trendInts.map(\.0)
            + growthDoubles.map(\.0) + lineKeys)
    }()

    /// The resolved request: the projection and the inputs Reckon chose for the user.
    public struct Resolved: Sendable {
        public var projection: Projection
        public var preset: TrendPreset
        public var assumptions: [Assumption]
        public var notes: [String]
    }

    /// Validates `input` and computes the projection. Errors name the field.
    public static func resolve(_ input: InputFields) throws -> Resolved {
        try CommandInputs.project.validate(input)
        let preset = try input.choice("preset", TrendPreset.self) ?? .paperCalibrated
        var constants = preset.constants
        var overridden: [String] = []
        for (key, path) in trendDoubles {
            if let x = try input.double(key) { constants[keyPath: path] = x; overridden.append(key) }
        }
        for (key, path) in trendInts {
            if let x = try input.int(key) { constants[keyPath: path] = x; overridden.append(key) }
        }
        if !overridden.isEmpty { constants.source = "user overrides (\(overridden.joined(separator: ", "))) on " + constants.source }
        let model = try TrendModel(constants: constants)

        var growth = GrowthIndexConstants.paper
        growth.gpuPerformanceGrowth = constants.gpuPerformanceGrowth
        for (key, path) in growthDoubles {
            if let x = try input.double(key) { try Check.positive(x, key, max: 100); growth[keyPath: path] = x }
        }
        if let y = try input.int("large_model_era_start") {
            try Check.integer(y, "large_model_era_start", in: growth.baseYear...2100)
            growth.largeModelEraStart = y
        }

        var lines: [SpendingLine] = []
        for var line in SpendingLines.all {
            let p = lineKey(line)
            if let v = try input.double(p + "_usd") { line.baseValue = .dollars(v); line.assumption = "user value; " + line.assumption }
            if let y = try input.int(p + "_year") { try Check.integer(y, p + "_year", in: 1900...2200); line.baseYear = y }
            if let g = try input.double(p + "_growth") { line.annualGrowth = g }
            try line.validate()
            lines.append(line)
        }

        let from = try input.int("from") ?? 2020, to = try input.int("to") ?? 2035
        try Check.integer(from, "from", in: 1990...2100)
        try Check.integer(to, "to", in: 1990...2100)
        guard to >= from else { throw InputError(field: "to", value: "\(to)", allowed: "a year not before --from (\(from))") }
        let basis = try input.choice("basis", CostBasis.self) ?? .gpu
        let projection = try Projection(model: model, years: from...to, lines: lines, basis: basis, growth: growth)

        var assumptions: [Assumption] = []
        if !input.has("preset") {
            assumptions.append(Assumption("preset", preset.rawValue, source: "reproduces the paper's $19B / $93B for 2028 (framework.md §2.3); paper-stated gives $15.0B"))
        }
        for line in lines where !input.has(lineKey(line) + "_usd") {
            assumptions.append(Assumption(lineKey(line) + "_usd", "\(line.baseValue.formatted) in \(line.baseYear), ×\(NumberFormat.significant(line.annualGrowth, digits: 4))/yr",
                                          source: line.source + " — " + line.assumption))
        }
        var notes: [String] = []
        if preset == .paperStated && overridden.isEmpty {
            notes.append("paper-stated reproduces GPT-3 ($1.0M) and GPT-4 ($6.7M) exactly but gives $15.0B for 2028, 21% below the paper's $19B; --preset paper-calibrated closes the gap with a 2.95-year price-performance doubling after 2023.")
        }
        let slowdown = constants.pricePerformanceSlowdown
        notes.append("GPU price-performance doubles every \(NumberFormat.significant(constants.historicalDoublingYears)) years: "
                     + "\(NumberFormat.significant(slowdown.largeScale, digits: 2))× slower than the training compute of large-scale models "
                     + "(doubling every \(NumberFormat.significant(constants.largeScaleComputeDoublingMonths)) months) and "
                     + "\(NumberFormat.significant(slowdown.all, digits: 2))× slower than that of all notable models "
                     + "(\(NumberFormat.significant(constants.computeDoublingMonths)) months); the paper says \"4x-7x slower\" (Sec. 2).")
        notes.append("Years up to \(constants.anchorYear) are history (equal in all scenarios); years between and before the anchors are interpolated/extrapolated (an assumption: the paper gives only the GPT-3 and GPT-4 years).")
        notes.append("The worst case jumps in \(constants.anchorYear + 1) because FLOP per parameter goes from \(NumberFormat.significant(constants.anchorFLOPPerParameter)) to \(NumberFormat.significant(constants.worst.flopPerParameter)) (Table 1); the paper does not say whether it ramps in.")
        return Resolved(projection: projection, preset: preset, assumptions: assumptions, notes: notes)
    }
}

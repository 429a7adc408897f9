import ReckonCore
import ReckonUnits

/// `reckon roadmap`: the fields it reads, and how they become a waterfall and the $1,000 GPT-3 analysis.
///
/// Each lever of Table 2 is a field named after it (`distributed_systems`, `data_reduction`, …) taking `on`, `off`
/// or a value of the lever's own parameter (tokens per parameter, partitions, speed-up, gross margin …);
/// `data_formats` also takes `fp8`, `mx` or `lns`.
public enum RoadmapRequest {
    static func leverKey(_ id: LeverID) -> String { id.rawValue.replacingOccurrences(of: "-", with: "_") }

    /// Every key `reckon roadmap` accepts.
    public static let keys: Set<String> = {
        Set(LeverID.allCases.map(leverKey) + [
            "preset", "params", "year", "baseline_cost_usd", "gpus", "baseline_tokens_per_param",
            "gpt3_cost_usd", "gpt3_year", "target_usd", "price_perf_doubling_years",
        ])
    }()

    /// The resolved request.
    public struct Resolved: Sendable {
        /// What the baseline is, in words.
        public var baselineLabel: String
        public var waterfall: Waterfall
        public var levers: [Lever]
        public var gpt3: ThousandDollarGPT3
        public var assumptions: [Assumption]
        public var notes: [String]
    }

    /// Parses `on`, `off`, a number, or (data formats) a format name.
    public static func setting(_ value: InputValue, for id: LeverID) throws -> (LeverSetting, NumberFormatChoice?) {
        let field = leverKey(id)
        switch value {
        case .flag(let b): return (b ? .on : .off, nil)
        case .number(let x): return (.value(x), nil)
        case .text(let raw):
            let s = raw.trimmingCharacters(in: .whitespaces).lowercased()
            switch s {
            case "on", "true", "yes": return (.on, nil)
            case "off", "false", "no": return (.off, nil)
            default: break
            }
            if id == .dataFormats, let f = NumberFormatChoice(rawValue: s) { return (.value(f.speedup), f) }
            if let x = Double(s.hasSuffix("x") ? String(s.dropLast()) : s), x.isFinite { return (.value(x), nil) }
            var allowed = "on, off, or a number"
            if id == .dataFormats { allowed += ", or one of " + NumberFormatChoice.allCases.map(\.rawValue).joined(separator: ", ") }
            throw InputError(field: field, value: raw, allowed: allowed)
        }
    }

    /// Validates `input` and builds the waterfall and the $1,000 GPT-3 analysis. Errors name the field.
    /// - Parameter gainModel: where the distributed-systems gain comes from; nil: the reliability model of
    ///   `reckon scale` (``ReliabilitySupercomputingGain``) at `gpus`.
    public static func resolve(_ input: InputFields, gainModel: (any SupercomputingGainModel)? = nil) throws -> Resolved {
        let gainModel: any SupercomputingGainModel = try gainModel ?? ReliabilitySupercomputingGain()
        try CommandInputs.roadmap.validate(input)
        var assumptions: [Assumption] = []
        let preset = try input.choice("preset", TrendPreset.self) ?? .paperCalibrated
        let trend = TrendModel(preset: preset)
        let gpus = try input.int("gpus") ?? 50_000
        try Check.integer(gpus, "gpus", in: 1...100_000_000)
        if !input.has("gpus") {
            assumptions.append(Assumption("gpus", "50000", source: "the paper's system size for the ~2x supercomputing gain (Sec. 3.1, Fig. 7)"))
        }
        let baselineTokens = try input.double("baseline_tokens_per_param") ?? 20
        try Check.positive(baselineTokens, "baseline_tokens_per_param", max: 1e6)

        var roadmap = RoadmapLevers.defaults(gpus: gpus, gainModel: gainModel, baselineTokensPerParameter: baselineTokens)
        for id in LeverID.allCases {
            guard let v = input[leverKey(id)] else { continue }
            let (setting, format) = try setting(v, for: id)
            if let format, let i = roadmap.levers.firstIndex(where: { $0.id == id }) {
                roadmap.levers[i] = .dataFormats(format)
            } else {
                try roadmap.apply(setting, to: id)
            }
        }

        // Baseline: a dense model of `params` trained Chinchilla-style (C = 120·P²) in `year` at the trend's $/FLOP.
        let params = try input.quantity("params", Dimensions.ParameterCount.self) ?? Parameters(trend.constants.anchorParameters)
        try Check.positive(params.value, "params", max: 1e18)
        let year = try input.int("year") ?? trend.constants.anchorYear
        try Check.integer(year, "year", in: 1990...2100)
        let baseline: USD
        let label: String
        if let cost = try input.double("baseline_cost_usd") {
            try Check.positive(cost, "baseline_cost_usd", max: 1e18)
            baseline = .dollars(cost)
            label = "user baseline"
        } else {
            let flop = TrainingCompute.paperIdentity(parameters: params) * (baselineTokens / 20)
            baseline = USD(flop.value * trend.dollarsPerFLOP(year: year))
            label = "dense \(params.formatted)-parameter model, \(NumberFormat.significant(baselineTokens)) tokens/parameter (C = \(flop.formatted)), GPU cost in \(year) (\(preset.rawValue) $/FLOP)"
            assumptions.append(Assumption("baseline_cost_usd", baseline.formatted,
                                          source: "C = 6·P·(tokens/param)·P at the trend model's GPU $/FLOP in \(year) (framework.md A5, calibrated on GPT-4's $6.7M)"))
        }
        let waterfall = Waterfall(baseline: baseline, levers: roadmap.levers)

        // The $1,000 GPT-3: the same levers (data reduction measured from GPT-3's 40 FLOP/parameter), plus the trend.
        var gpt3 = ThousandDollarGPT3.paperDefault(gainModel: gainModel, gpus: gpus)
        var gpt3Levers = roadmap.levers
        if let i = gpt3Levers.firstIndex(where: { $0.id == .dataReduction }), let d = gpt3.levers.first(where: { $0.id == .dataReduction }) {
            let userValue = input.has(leverKey(.dataReduction)) && gpt3Levers[i].isEnabled
            gpt3Levers[i] = userValue ? Lever.dataReduction(baselineTokensPerParameter: d.baseline, tokensPerParameter: gpt3Levers[i].value)
                                      : (gpt3Levers[i].isEnabled ? d : try d.setting(.off))
        }
        let gpt3Cost = try input.double("gpt3_cost_usd").map { USD.dollars($0) } ?? gpt3.baselineCost
        let gpt3Year = try input.int("gpt3_year") ?? gpt3.baselineYear
        try Check.integer(gpt3Year, "gpt3_year", in: 1990...2100)
        let target = try input.double("target_usd") ?? 1_000
        let td = try input.double("price_perf_doubling_years") ?? gpt3.doublingYears
        gpt3 = try ThousandDollarGPT3(baselineCost: gpt3Cost, baselineYear: gpt3Year, target: .dollars(target),
                                      doublingYears: td, levers: gpt3Levers)
        if !input.has("gpt3_cost_usd") {
            assumptions.append(Assumption("gpt3_cost_usd", gpt3Cost.formatted,
                                          source: "the paper's GPT-3 cloud cost in 2021, \"$4.8M\" (Sec. 2.1), as the trend model reproduces it"))
        }
        var notes = [
            "Levers multiply: each is assumed independent of the others, so their order changes the bars, not the final cost.",
            "Distributed systems: \(roadmap[.distributedSystems]?.source ?? "").",
        ]
        if gainModel is PaperStatedSupercomputingGain {
            notes.append("The distributed-systems gain is the paper's constant ~2x (fallback); the reliability model gives less below ~50k GPUs and more above.")
        }
        notes.append("Efficient hardware's 2x is a placeholder: the paper gives no number (Sec. 3.6). Set it with --efficient-hardware.")
        return Resolved(baselineLabel: label, waterfall: waterfall, levers: roadmap.levers, gpt3: gpt3,
                        assumptions: assumptions, notes: notes)
    }
}

import ReckonCore
import ReckonUnits

/// `reckon roadmap`: the fields it reads, and how they become a waterfall and the $1,000 GPT-3 analysis.
///
/// Each lever of Table 2 is a field named after it (`distributed_systems`, `data_reduction`, …) taking `on`, `off`
/// or a value of the lever's own parameter (tokens per parameter, partitions, speed-up, gross margin …);
/// `data_formats` also takes `fp8`, `mx` or `lns`.
public enum RoadmapRequest {
    static func leverKey(_ id: LeverID) -> String { id.rawValue.replacingOccurrences(of: "-", with: "_") }

    /// Every key `reckon roadmap` accepts (flags and scenario-file keys alike): the field registry's.
    public static var keys: Set<String> { CommandInputs.roadmap.keys }

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

    /// Reads a lever's field: `on`, `off`, a number in the lever's range, or (data formats) a format name.
    public static func setting(_ value: InputValue, for id: LeverID, origin: String? = nil) throws
        -> (LeverSetting, NumberFormatChoice?) {
        let field = Field.leverFields.first { $0.key == leverKey(id) }!
        switch try LeverValue.parse(value, field: field, bounds: field.bounds, origin: origin) {
        case .on: return (.on, nil)
        case .off: return (.off, nil)
        case .number(let x): return (.value(x), nil)
        case .format(let name):
            let format = NumberFormatChoice(rawValue: name)!
            return (.value(format.speedup), format)
        }
    }

    /// The distributed-systems gain of `failures` (default: observed). The paper-2024 preset is the paper's whole Fig.
    /// 7 setting (all-of-GPU-memory checkpoints), whose ratio is the "~2x" at 50k GPUs.
    static func reliabilityGain(_ input: InputFields) throws -> ReliabilitySupercomputingGain {
        let preset = try FailureModel.preset(named: try input.word(.failures) ?? FailurePreset.defaultPreset().rawValue).preset
        return try ReliabilitySupercomputingGain(preset: preset, basis: preset == .paper2024 ? .gpuMemory : nil)
    }

    /// Validates `input` and builds the waterfall and the $1,000 GPT-3 analysis. Errors name the field.
    /// - Parameter gainModel: where the distributed-systems gain comes from; nil: the reliability model of
    ///   `reckon scale` (``ReliabilitySupercomputingGain``) at `gpus`.
    public static func resolve(_ input: InputFields, gainModel: (any SupercomputingGainModel)? = nil) throws -> Resolved {
        try CommandInputs.roadmap.validate(input)
        let gainModel: any SupercomputingGainModel = try gainModel ?? reliabilityGain(input)
        var assumptions: [Assumption] = []
        let preset = try input.choice(.trendPreset, TrendPreset.self) ?? .paperCalibrated
        let trend = TrendModel(preset: preset)
        let gpus = try input.integer(.roadmapGpus) ?? 50_000
        if !input.has(.roadmapGpus) {
            assumptions.append(Assumption("gpus", "50000", source: "the paper's system size for the ~2x supercomputing gain (Sec. 3.1, Fig. 7)"))
        }
        let baselineTokens = try input.number(.baselineTokensPerParam) ?? 20

        var roadmap = RoadmapLevers.defaults(gpus: gpus, gainModel: gainModel, baselineTokensPerParameter: baselineTokens)
        for id in LeverID.allCases {
            guard let v = input[leverKey(id)] else { continue }
            let (setting, format) = try setting(v, for: id, origin: input.origins[leverKey(id)])
            if let format, let i = roadmap.levers.firstIndex(where: { $0.id == id }) {
                roadmap.levers[i] = .dataFormats(format)
            } else {
                try roadmap.apply(setting, to: id)
            }
        }

        // Baseline: a dense model of `params` trained Chinchilla-style (C = 120·P²) in `year` at the trend's $/FLOP.
        let params = try input.quantity(.roadmapParams, Dimensions.ParameterCount.self)
            ?? Parameters(trend.constants.anchorParameters)
        let year = try input.integer(.year) ?? trend.constants.anchorYear
        let baseline: USD
        let label: String
        if let cost = try input.number(.baselineCostUsd) {
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
            // A number the user gave for data reduction applies to GPT-3 too; `on` means GPT-3's own default.
            var userValue = false
            if let v = input[leverKey(.dataReduction)], case (.value, _) = try setting(v, for: .dataReduction) {
                userValue = gpt3Levers[i].isEnabled
            }
            gpt3Levers[i] = userValue ? Lever.dataReduction(baselineTokensPerParameter: d.baseline, tokensPerParameter: gpt3Levers[i].value)
                                      : (gpt3Levers[i].isEnabled ? d : try d.setting(.off))
        }
        let gpt3Cost = try input.number(.gpt3CostUsd).map { USD.dollars($0) } ?? gpt3.baselineCost
        let gpt3Year = try input.integer(.gpt3Year) ?? gpt3.baselineYear
        let target = try input.number(.targetUsd) ?? 1_000
        let td = try input.number(.roadmapDoublingYears) ?? gpt3.doublingYears
        gpt3 = try ThousandDollarGPT3(baselineCost: gpt3Cost, baselineYear: gpt3Year, target: .dollars(target),
                                      doublingYears: td, levers: gpt3Levers)
        if !input.has(.gpt3CostUsd) {
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

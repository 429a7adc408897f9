import ReckonCatalog
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
        /// The dense baseline model's size (the partitioned model must match it).
        public var parameters: Parameters
        /// What fewer tokens per parameter cost in quality (the data-reduction lever's value), nil when it is off.
        public var dataQuality: DataReductionQuality?
        /// Routing attention (Sec. 3.3) at long contexts for the baseline model.
        public var routingAttention: RoutingAttention
        public var assumptions: [Assumption]
        public var notes: [String]
    }

    /// The MoE law choices: a published scaling law, or the paper's identity C = 120·P²/K.
    public enum MoELaw: String, CaseIterable, Sendable {
        case clark2022 = "clark-2022"
        case paper
        public var law: RoutedScalingLaw? { self == .paper ? nil : .clark2022 }
    }

    /// The lever settings of `input` applied to `levers`.
    static func apply(_ input: InputFields, to levers: inout RoadmapLevers) throws {
        for id in LeverID.allCases {
            guard let v = input[leverKey(id)] else { continue }
            let (setting, format) = try setting(v, for: id, origin: input.origins[leverKey(id)])
            if let format, let i = levers.levers.firstIndex(where: { $0.id == id }) {
                levers.levers[i] = .dataFormats(format)
            } else {
                try levers.apply(setting, to: id)
            }
        }
    }

    /// Reads a lever's field: `on`, `off`, a number in the lever's range, or (data formats) a format name.
    public static func setting(_ value: InputValue, for id: LeverID, origin: String? = nil) throws
        -> (LeverSetting, NumberFormatChoice?)
    {
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
        let preset = try FailureModel.preset(named: try input.word(.failures) ?? FailurePreset.defaultPreset().rawValue)
            .preset
        return try ReliabilitySupercomputingGain(preset: preset, basis: preset == .paper2024 ? .gpuMemory : nil)
    }

    /// Validates `input` and builds the waterfall and the $1,000 GPT-3 analysis. Errors name the field.
    /// - Parameter gainModel: where the distributed-systems gain comes from; nil: the reliability model of
    ///   `reckon scale` (``ReliabilitySupercomputingGain``) at `gpus`.
    public static func resolve(_ input: InputFields, gainModel: (any SupercomputingGainModel)? = nil) throws -> Resolved
    {
        try CommandInputs.roadmap.validate(input)
        let gainModel: any SupercomputingGainModel = try gainModel ?? reliabilityGain(input)
        var assumptions: [Assumption] = []
        let preset = try input.choice(.trendPreset, TrendPreset.self) ?? .paperCalibrated
        let trend = TrendModel(preset: preset)
        let gpus = try input.integer(.roadmapGpus) ?? 50_000
        if !input.has(.roadmapGpus) {
            assumptions.append(
                Assumption(
                    "gpus", "50000",
                    source: "the paper's system size for the ~2x supercomputing gain (Sec. 3.1, Fig. 7)"))
        }
        let baselineTokens = try input.number(.baselineTokensPerParam) ?? 20

        let law = try input.choice(.moeLaw, MoELaw.self) ?? .clark2022
        let baselineModel = try input.catalogID(.model).map { try Catalog.builtin.model($0) }
        let given = try input.quantity(.roadmapParams, Dimensions.ParameterCount.self)
        if let m = baselineModel, let p = given, p.value != m.totalParameters.value {
            throw InputError(
                field: "params", value: p.formatted,
                allowed: "omit it with --model, or give \(m.totalParameters.formatted) (\(m.name))")
        }
        let params = given ?? baselineModel?.totalParameters ?? Parameters(trend.constants.anchorParameters)
        var roadmap = RoadmapLevers.defaults(
            gpus: gpus, gainModel: gainModel,
            baselineTokensPerParameter: baselineTokens,
            parameters: params.value, moeLaw: law.law)
        try apply(input, to: &roadmap)
        var moeNotes = try applyBaselineStepEfficiency(input, model: baselineModel, levers: &roadmap, gpus: gpus)

        // Baseline: a dense model of `params` trained Chinchilla-style (C = 120·P²) in `year` at the trend's $/FLOP.
        let year = try input.integer(.year) ?? trend.constants.anchorYear
        let baseline: USD
        let label: String
        if let cost = try input.number(.baselineCostUsd) {
            baseline = .dollars(cost)
            label = "user baseline"
        } else {
            let flop = TrainingCompute.paperIdentity(parameters: params) * (baselineTokens / 20)
            baseline = USD(flop.value * trend.dollarsPerFLOP(year: year))
            label =
                (baselineModel.map { "\($0.name), " } ?? "")
                + "dense \(params.formatted)-parameter model, \(NumberFormat.significant(baselineTokens)) "
                + "tokens/parameter (C = \(flop.formatted)), GPU cost in \(year) (\(preset.rawValue) $/FLOP)"
            assumptions.append(
                Assumption(
                    "baseline_cost_usd", baseline.formatted,
                    source: "C = 6·P·(tokens/param)·P at the trend model's GPU $/FLOP in \(year) "
                        + "(Reckon's reconstruction of Faraboschi et al. 2024, Sec. 2.1, "
                        + "calibrated on GPT-4's $6.7M)"))
        }
        let waterfall = Waterfall(baseline: baseline, levers: roadmap.levers)

        // The $1,000 GPT-3: the same settings on GPT-3's own run — 175B parameters for the MoE law, its 10,000 GPUs for
        // the resilience gain (data reduction measured from GPT-3's 40 FLOP/parameter).
        let gpt3GPUs = try input.integer(.gpt3Gpus) ?? ThousandDollarGPT3.gpt3GPUs
        let gpt3Gain: any SupercomputingGainModel =
            try gainModel is PaperStatedSupercomputingGain
            ? gainModel
            : gpt3ReliabilityGain(input, parameters: trend.constants.gpt3Parameters)
        var gpt3 = ThousandDollarGPT3.paperDefault(gainModel: gpt3Gain, gpus: gpt3GPUs, moeLaw: law.law)
        var gpt3Roadmap = RoadmapLevers(levers: gpt3.levers)
        try apply(input, to: &gpt3Roadmap)
        var gpt3Levers = gpt3Roadmap.levers
        if let i = gpt3Levers.firstIndex(where: { $0.id == .dataReduction }),
            let d = gpt3.levers.first(where: { $0.id == .dataReduction })
        {
            // A number the user gave for data reduction applies to GPT-3 too; `on` means GPT-3's own default.
            var userValue = false
            if let v = input[leverKey(.dataReduction)], case (.value, _) = try setting(v, for: .dataReduction) {
                userValue = gpt3Levers[i].isEnabled
            }
            gpt3Levers[i] =
                userValue
                ? Lever.dataReduction(baselineTokensPerParameter: d.baseline, tokensPerParameter: gpt3Levers[i].value)
                : (gpt3Levers[i].isEnabled ? d : try d.setting(.off))
        }
        moeNotes += try applyStepEfficiency(input, gpt3Levers: &gpt3Levers, gpt3GPUs: gpt3GPUs)
        let gpt3Cost = try input.number(.gpt3CostUsd).map { USD.dollars($0) } ?? gpt3.baselineCost
        let gpt3Year = try input.integer(.gpt3Year) ?? gpt3.baselineYear
        let target = try input.number(.targetUsd) ?? 1_000
        let td = try input.number(.roadmapDoublingYears) ?? gpt3.doublingYears
        gpt3 = try ThousandDollarGPT3(
            baselineCost: gpt3Cost, baselineYear: gpt3Year, target: .dollars(target),
            doublingYears: td, levers: gpt3Levers)
        if !input.has(.gpt3CostUsd) {
            assumptions.append(
                Assumption(
                    "gpt3_cost_usd", gpt3Cost.formatted,
                    source:
                        "the paper's GPT-3 cloud cost in 2021, \"$4.8M\" (Sec. 2.1), as the trend model reproduces it"))
        }
        var notes = [
            "Levers multiply: each is assumed independent of the others, so their order changes the bars, not the "
                + "final cost.",
            "Distributed systems: \(roadmap[.distributedSystems]?.source ?? "").",
        ]
        if gainModel is PaperStatedSupercomputingGain {
            notes.append(
                "The distributed-systems gain is the paper's constant ~2x (fallback); the reliability model gives "
                    + "less below ~50k GPUs and more above."
            )
        } else {
            let g = gpt3.levers.first { $0.id == .distributedSystems }?.effectiveFactor ?? 1
            notes.append(
                "For GPT-3 the distributed-systems gain is evaluated at its own run, "
                    + "\(NumberFormat.grouped(Double(gpt3GPUs))) GPUs "
                    + "and 175B parameters (×\(NumberFormat.significant(1 / g, digits: 3))), not at the "
                    + "baseline's \(NumberFormat.grouped(Double(gpus))).")
        }
        notes += partitioningNotes(roadmap.levers, gpt3: gpt3.levers, law: law)
        notes += moeNotes
        notes.append(
            "Training algorithms and efficient hardware rest on no published frontier-scale figure: both are "
                + "ASSUMPTIONS (2x each), drawn from 1–3 under --samples unless set.")
        var quality: DataReductionQuality? = nil
        if let d = roadmap[.dataReduction], d.isEnabled {
            let q = try DataReductionQuality(
                parameters: params, baselineTokensPerParameter: d.baseline,
                tokensPerParameter: d.value)
            quality = q
            notes.append(dataQualityNote(q))
        }
        if let f = roadmap[.dataFormats], f.isEnabled, f.value == 1 {
            let mx = NumberFormatChoice.mx.stateBytesPerParameter
            notes.append(
                "Data formats at ×1 (MX): its saving is memory — training state 16 → "
                    + "\(NumberFormat.significant(mx)) B/param, so a \(params.formatted)-parameter model needs "
                    + "\(NumberFormat.significant(mx / 16 * 100, digits: 3))% of the accelerators to hold it — "
                    + "not FLOP.")
        }
        return Resolved(
            baselineLabel: label, waterfall: waterfall, levers: roadmap.levers, gpt3: gpt3,
            parameters: params, dataQuality: quality,
            routingAttention: RoutingAttention(parameters: params.value),
            assumptions: assumptions, notes: notes)
    }

    /// The catalog model whose shape prices the $1,000 GPT-3's MoE step (``MoEStepEfficiency``).
    static let gpt3ModelID = "gpt-3"

    /// Divides the baseline's model-partitioning factor by η_MoE (``MoEStepEfficiencyLookup``) when the baseline is a
    /// catalog `--model` (its shape) and `--gpu` names the accelerator, at the roadmap's `--gpus`. A parameter count
    /// alone has no shape: the lever stays FLOP-only, and the note says so.
    static func applyBaselineStepEfficiency(
        _ input: InputFields, model: ModelSpec?, levers: inout RoadmapLevers,
        gpus: Int
    ) throws -> [String] {
        guard let i = levers.levers.firstIndex(where: { $0.id == .modelPartitioning }), levers.levers[i].isEnabled,
            !(try input.flag(.moeFlopOnly) ?? false)
        else { return [] }
        let subject = "Model partitioning (baseline)"
        guard let model, let gpuID = try input.catalogID(.gpu) else {
            return [
                subject + ": counted by FLOP only — the MoE step efficiency was not applied: it needs a catalog "
                    + "--model with a published dense shape (the baseline is a parameter count) and a --gpu."
            ]
        }
        let lever = levers.levers[i]
        let lookup = MoEStepEfficiencyLookup.lookup(
            model: model, accelerator: try Catalog.builtin.accelerator(gpuID),
            gpus: gpus, partitions: lever.value,
            baselinePartitions: lever.baseline)
        levers.levers[i].stepEfficiency = lookup.ratio
        return [lookup.note(subject: subject)]
    }

    /// Divides the $1,000 GPT-3's model-partitioning factor by η_MoE (``MoEStepEfficiencyLookup``): GPT-3's catalog
    /// shape on `--gpu` at its own GPU count. Returns the note that says what was applied, or why not.
    static func applyStepEfficiency(_ input: InputFields, gpt3Levers: inout [Lever], gpt3GPUs: Int) throws
        -> [String]
    {
        guard let i = gpt3Levers.firstIndex(where: { $0.id == .modelPartitioning }), gpt3Levers[i].isEnabled,
            !(try input.flag(.moeFlopOnly) ?? false)
        else { return [] }
        var notes: [String] = []
        let subject = "Model partitioning ($1,000 GPT-3)"
        guard let gpuID = try input.catalogID(.gpu) else {
            notes.append(
                subject + ": counted by FLOP only — the MoE step efficiency was not applied: no accelerator "
                    + "with plan details (GPT-3's own V100 has none); --gpu h100-sxm prices the routed step.")
            return notes
        }
        let catalog = Catalog.builtin
        let lever = gpt3Levers[i]
        let lookup = MoEStepEfficiencyLookup.lookup(
            model: try catalog.model(gpt3ModelID),
            accelerator: try catalog.accelerator(gpuID), gpus: gpt3GPUs,
            partitions: lever.value, baselinePartitions: lever.baseline)
        gpt3Levers[i].stepEfficiency = lookup.ratio
        notes.append(lookup.note(subject: subject))
        return notes
    }

    /// The resilience gain of GPT-3's own run: the same failure preset, checkpoints of a 175B-parameter model.
    static func gpt3ReliabilityGain(_ input: InputFields, parameters: Double) throws -> ResilienceGain {
        let preset = try FailureModel.preset(
            named: try input.word(.failures)
                ?? FailurePreset.defaultPreset().rawValue
        ).preset
        return try ResilienceGain(
            preset: preset, basis: preset == .paper2024 ? .gpuMemory : nil,
            parameters: Parameters(parameters))
    }

    /// What the MoE law says the partitioning is worth, for the baseline and for GPT-3, and where it is extrapolated.
    static func partitioningNotes(_ levers: [Lever], gpt3: [Lever], law: MoELaw) -> [String] {
        guard let k = levers.first(where: { $0.id == .modelPartitioning }), k.isEnabled else { return [] }
        guard law == .clark2022 else {
            return [
                "Model partitioning uses the paper's identity C = 120·P²/K: cost falls as 1/K for any K with no "
                    + "quality penalty (--moe-law clark-2022 values the experts with a published scaling law)."
            ]
        }
        var notes = [
            "Model partitioning at equal quality (Clark et al. 2022): \(NumberFormat.significant(k.value)) "
                + "experts "
                + "standing in for a dense \(NumberFormat.count(k.denseEquivalentParameters ?? 0))-parameter "
                + "model cost "
                + "×\(NumberFormat.significant(k.factor, digits: 3)) (the paper's 120·P²/K: "
                + "×\(NumberFormat.significant(k.baseline / k.value, digits: 3)))"
        ]
        if let g = gpt3.first(where: { $0.id == .modelPartitioning }), g.isEnabled {
            notes[0] += "; for GPT-3 (175B) ×\(NumberFormat.significant(g.flopFactor, digits: 3))"
        }
        notes[0] +=
            ". The law's gain shrinks with size and vanishes at 10¹² active parameters; experts beyond 512 are "
            + "credited nothing and their routers cost FLOP. Clark et al. held tokens fixed; Krajewski et al. 2024 "
            + "find "
            + "gains growing with scale instead — both are extrapolations at the frontier (--moe-law paper for 1/K)."
        for lever in [k] + gpt3.filter({ $0.id == .modelPartitioning }) {
            if let w = lever.rangeWarning { notes.append("Warning: " + w) }
        }
        return notes
    }

    static func dataQualityNote(_ q: DataReductionQuality) -> String {
        "Data reduction at \(NumberFormat.significant(q.tokensPerParameter, digits: 3)) instead of "
            + "\(NumberFormat.significant(q.baselineTokensPerParameter)) tokens/parameter saves compute but, under "
            + "Chinchilla's "
            + "law, costs +\(NumberFormat.significant(q.lossWithFewerTokens, digits: 2)) nats/token of loss (from "
            + "\(NumberFormat.significant(q.baselineLoss, digits: 4))); keeping the tokens by repeating the smaller "
            + "set "
            + "\(NumberFormat.significant(q.epochs, digits: 2))× saves no compute and costs +"
            + "\(NumberFormat.significant(q.lossWithRepeatedData, digits: 2)) (Muennighoff et al. 2023). The saving "
            + "holds at "
            + "equal quality only if cleaner data closes that gap — the paper's assumption (Sec. 3.2)."
    }
}

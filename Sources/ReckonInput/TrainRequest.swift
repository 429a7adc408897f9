import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `reckon train`: the fields it reads, and how they become a ``TrainingScenario``.
public enum TrainRequest {
    /// Every key `reckon train` accepts (flags and scenario-file keys alike): the field registry's.
    public static var keys: Set<String> { CommandInputs.train.keys }

    /// The built-in scenario: GPT-3 on 1,024 H100 SXM at 40% MFU.
    public static let defaults: [String: InputValue] = [
        "model": .text("gpt-3"), "gpu": .text("h100-sxm"), "gpus": .number(1024),
    ]

    /// A typical MFU for large dense training runs, used when none is given.
    public static let defaultMFU = 0.40
    public static let defaultMFUSource =
        "typical of large dense runs: Llama 2 implied 35–44% on A100 (derived "
        + "from the GPU-hours of the Llama 2 model card, Touvron et al. 2023); PaLM 46.2% (Chowdhery et al. 2022)"

    /// Where the default failure overhead comes from.
    public static let failureOverheadSource =
        "llama3-observed baseline of `reckon scale` (419 unexpected interruptions in 54 days "
        + "on 16,384 H100, Llama 3 Table 5): model-state checkpoints (weights + fp32 master + Adam) written "
        + "synchronously at "
        + "min(50 GB/s per node × nodes, 2 TB/s), restarts of ~10 min (detection + rescheduling + load + warm-up), "
        + "Daly (2006) interval and wall time"

    /// Wall-clock multiplier for failures on `gpus` GPUs for a model of `parameters` trained in `precision`: the
    /// default preset's baseline system
    /// (``ReliabilityDefaults/training(parameters:gpus:precision:optimizer:preset:)``). Independent of the compute.
    /// Throws (naming `checkpoint_bandwidth`) when the job would never finish.
    public static func failureOverhead(gpus: Int, parameters: Parameters, precision: Precision = .bf16) throws -> Double
    {
        try ReliabilityDefaults.training(parameters: parameters, gpus: gpus, precision: precision).overheadFactor
    }

    /// The failure model of ``failureOverhead(gpus:parameters:precision:)`` as a function of the GPU count and the
    /// parameters; it returns infinity (not an error) for a cluster that never finishes. Used per sample by
    /// `reckon train --samples`.
    /// The request's `failures`, `optimizer` and `straggler_slowdown` (from `fields`) are honoured.
    public static func failureOverheadModel(
        precision: Precision = .bf16,
        fields: InputFields = InputFields()
    ) throws -> @Sendable (Int, Double) -> Double {
        let preset = try FailureModel.preset(
            named: try fields.word(.failures) ?? FailurePreset.defaultPreset().rawValue
        ).preset
        let optimizer = try fields.choice(.optimizer, Optimizer.self) ?? .adam
        var slowdowns = Slowdowns.notStated
        if let x = try fields.number(.stragglerSlowdown) {
            slowdowns = try Slowdowns(stragglers: x, source: "user input")
        }
        let contents = CheckpointContents(precision: precision, optimizer: optimizer)
        let model = try ReliabilityDefaults.model(preset: preset, basis: .modelState(contents), slowdowns: slowdowns)
        let variant = try ReliabilityDefaults.baseline(for: preset)
        return { gpus, params in
            model.evaluate(compute: FLOP(1), parameters: Parameters(params), gpus: max(1, gpus), variant: variant)
                .overheadFactor
        }
    }

    /// A resolved request: the scenario, what was assumed, and extra results (predicted loss).
    public struct Resolved: Sendable {
        public var scenario: TrainingScenario
        public var assumptions: [Assumption]
        public var notes: [String]
        /// Failures over the run (preset, checkpoint, interruptions, goodput and its parts); nil with --no-failures.
        public var failures: TimeToTrainResult? = nil
        /// The plan model's residual interval, capped at MFU 1 (``ResidualInterval/capped(mfu:)``), when the MFU is
        /// its prediction (no `--mfu`); nil when the MFU was given or defaulted.
        public var mfuInterval: ResidualInterval? = nil
    }

    public enum Rule: String, CaseIterable, Sendable {
        case sixND = "6nd", sixNDAttention = "6nd-attention", paper = "120p2"
    }

    /// What K partitions of a P-parameter model are worth under the MoE law (Clark et al. 2022), beside the paper's
    /// 1/K, with a warning outside the law's fitted range (`train --rule 120p2`, `scale`).
    public static func moeLawNotes(parameters p: Double, partitions k: Double, paperFactor: Double? = nil) -> [String] {
        let law = RoutedScalingLaw.clark2022
        let f = law.costFactor(denseEquivalent: p, experts: k)
        let paper = paperFactor ?? RoutedScalingLaw.paperFactor(experts: k)
        var notes = [
            "MoE law (\(law.source)): \(NumberFormat.significant(k)) partitions standing in for a dense "
                + "\(NumberFormat.count(p))-parameter model need ×\(NumberFormat.significant(f, digits: 3)) of "
                + "its compute at "
                + "equal quality, not the ×\(NumberFormat.significant(paper, digits: 3)) the paper's identity "
                + "assumes; the "
                + "compute shown keeps the paper's identity."
        ]
        if let w = law.rangeWarning(
            activeParameters: law.requiredActiveParameters(denseEquivalent: p, experts: k),
            experts: k)
        {
            notes.append("Warning: " + w)
        }
        return notes
    }
    public enum Fit: String, CaseIterable, Sendable { case hoffmann = "hoffmann-2022", besiroglu = "besiroglu-2024" }

    /// Validates `input` against the field registry and the catalog and builds the scenario. Errors name the field.
    public static func resolve(_ input: InputFields, catalog: Catalog = .builtin) throws -> Resolved {
        try CommandInputs.train.validate(input)
        var fields = InputFields(defaults, origin: "built-in scenario")
        // A custom model (params given without a catalog model) must not inherit the default model.
        if input.has(.params) || input.has(.computeBudget) || input.has(.modelConfig) {
            fields = InputFields(defaults.filter { $0.key != "model" }, origin: "built-in scenario")
        }
        fields.overlay(input)
        var step = Steps(fields: fields, input: input)
        var model = try step.model(catalog: catalog)
        let tokens = try step.tokens(model: &model)
        let rule = try step.rule(model: model)
        if case .paperIdentity(let k) = rule, k > 1 {
            step.notes += moeLawNotes(parameters: model.totalParameters.value, partitions: Double(k))
        }
        let hardware = try step.hardware(model: model, catalog: catalog, rule: rule, tokens: tokens)
        let economics = try step.economics(accelerator: hardware.accelerator)
        if model.isEstimate {
            step.notes.append("\(model.name) is an outside ESTIMATE, not the developer's figures: \(model.source)")
        }
        let failures = try step.failures(model: model, hardware: hardware)
        let scenario = try TrainingScenario(
            model: model, tokens: tokens, rule: rule, accelerator: hardware.accelerator,
            count: hardware.count, precision: hardware.precision, mfu: hardware.mfu,
            economics: economics, failureOverhead: failures?.overheadFactor ?? 1)
        if let figure = scenario.figures().firstNonFinite {
            throw InputError(
                field: "result", value: "\(figure) = ∞", allowed: "inputs whose result is a finite number",
                hint: "the inputs multiply past the largest number a Double holds; check mfu, gpus, "
                    + "tokens and the prices")
        }
        let run = failures.map { step.failures($0, scenario: scenario) }
        let residuals = ResidualInterval.planModel(mixtureOfExperts: model.isMixtureOfExperts)
        let interval = step.mfuPredicted ? residuals.capped(mfu: scenario.mfu) : nil
        return Resolved(
            scenario: scenario, assumptions: step.assumptions, notes: step.notes, failures: run,
            mfuInterval: interval)
    }

    /// The steps of ``resolve(_:catalog:)``, each reading its fields and recording what it assumed.
    struct Steps {
        let fields: InputFields
        let input: InputFields
        var assumptions: [Assumption] = []
        var notes: [String] = []
        /// True once ``hardware(model:catalog:)`` took the MFU from the plan model.
        var mfuPredicted = false

        init(fields: InputFields, input: InputFields) {
            self.fields = fields
            self.input = input
        }

        /// A catalog entry (or a Hugging Face config), then any size and shape fields on top.
        mutating func model(catalog: Catalog) throws -> ModelSpec {
            var model: ModelSpec
            if let fromConfig = try fields.modelFromConfig(assumptions: &assumptions, notes: &notes) {
                model = fromConfig
            } else if let id = try fields.catalogID(.model) {
                model = try catalog.model(id)
            } else {
                model = ModelSpec(
                    id: "custom", name: "custom model", totalParameters: Parameters(1),
                    source: "user input", asOf: "-")
            }
            if let p = try fields.quantity(.params, Dimensions.ParameterCount.self) {
                model.totalParameters = p
                model.activeParameters = p
                if model.id != "custom" { model.name += " (params overridden)" }
            }
            try model.applyShapeOverrides(fields)
            try model.applyExpertOverrides(fields)
            return model
        }

        /// Explicit, a ratio, a compute budget (Chinchilla optimum), the catalog's, or 20 per parameter.
        mutating func tokens(model: inout ModelSpec) throws -> Tokens {
            if let budget = try fields.quantity(.computeBudget, Dimensions.Compute.self) {
                let choice = try fields.choice(.fit, Fit.self) ?? .hoffmann
                let fit: ChinchillaFit = choice == .hoffmann ? .hoffmann2022 : .besiroglu2024
                let optimum = fit.computeOptimal(budget: budget)
                if !input.has(.params) {
                    model = ModelSpec(
                        id: "compute-optimal", name: "compute-optimal model",
                        totalParameters: optimum.parameters, source: fit.source, asOf: "-")
                }
                assumptions.append(
                    Assumption(
                        "token_budget", "compute-optimal for \(budget.formatted) (\(fit.name) fit)",
                        source: fit.source))
                let ratio = NumberFormat.significant(optimum.tokens.value / optimum.parameters.value)
                notes.append(
                    "Compute-optimal split (\(fit.name)): N = \(optimum.parameters.formatted) parameters, "
                        + "D = \(optimum.tokens.formatted) (\(ratio) tokens per parameter), predicted loss "
                        + "\(NumberFormat.significant(optimum.loss, digits: 4)) nats/token.")
                return optimum.tokens
            }
            if let t = try fields.quantity(.tokens, Dimensions.TokenCount.self) { return t }
            if let ratio = try fields.number(.tokensPerParam) { return Tokens(ratio * model.totalParameters.value) }
            if let t = model.trainingTokens, model.id != "custom" {
                assumptions.append(
                    Assumption("tokens", t.formatted, source: "catalog entry '\(model.id)': \(model.source)"))
                return t
            }
            let tokens = Tokens(20 * model.totalParameters.value)
            assumptions.append(
                Assumption("tokens", "20 per parameter (\(tokens.formatted))", source: Sources.hoffmann2022))
            return tokens
        }

        /// 6·N·D, with the attention term, or the paper's 120·P²/K.
        func rule(model: ModelSpec) throws -> ComputeRule {
            let attention = try fields.flag(.attention) == true
            switch try fields.choice(.rule, Rule.self) ?? (attention ? .sixNDAttention : .sixND) {
            case .sixND: return .sixND
            case .sixNDAttention: return .sixNDWithAttention
            case .paper: return .paperIdentity(partitions: try fields.integer(.partitions) ?? max(1, model.experts))
            }
        }

        struct Hardware {
            var accelerator: AcceleratorSpec
            var count: Int
            var precision: Precision
            var mfu: Double
        }

        /// The accelerator, how many, the precision whose peak applies and the MFU (given or predicted).
        mutating func hardware(model: ModelSpec, catalog: Catalog, rule: ComputeRule, tokens: Tokens) throws
            -> Hardware
        {
            let accelerator = try catalog.accelerator(try fields.catalogID(.gpu) ?? "h100-sxm")
            guard let count = try fields.integer(.gpus) else {
                throw InputError(field: "gpus", value: "", allowed: "a whole number ≥ 1")
            }
            let precision = try fields.choice(.precision, Precision.self) ?? .bf16
            if let m = try fields.number(.mfu) {
                if let warning = mfuWarning(
                    m, model: model, accelerator: accelerator, gpus: count,
                    precision: precision)
                {
                    notes.append(warning)
                }
                return Hardware(accelerator: accelerator, count: count, precision: precision, mfu: m)
            }
            let framework =
                try fields.word(.framework).map { try FrameworkProfiles.profile($0) } ?? FrameworkProfiles.default
            let perToken = TrainingCompute.flopPerToken(rule: rule, model: model)
            if let predicted = PlanRequest.predictedMFU(
                model: model, accelerator: accelerator, gpus: count,
                precision: precision, framework: framework,
                flopPerToken: perToken)
            {
                // The parallel-plan model's best plan (issue 5); stated as an assumption.
                assumptions.append(predicted.assumption)
                mfuPredicted = true
                return Hardware(accelerator: accelerator, count: count, precision: precision, mfu: predicted.mfu)
            }
            let why = " (the plan model needs the model's shape and the GPU's memory, bandwidths and scale-up domain)"
            assumptions.append(Assumption("mfu", NumberFormat.significant(defaultMFU) + why, source: defaultMFUSource))
            return Hardware(accelerator: accelerator, count: count, precision: precision, mfu: defaultMFU)
        }

        /// A warning when a given MFU is above what the plan model finds achievable for this model on this hardware
        /// (its best plan), else nil. Seed 004: "Nvidia A100 GPUs have an upper bound of ~60% model/hardware FLOPS
        /// utilization rates for training large language models".
        func mfuWarning(
            _ mfu: Double, model: ModelSpec, accelerator: AcceleratorSpec, gpus: Int,
            precision: Precision
        ) -> String? {
            guard
                let best = PlanRequest.predictedMFU(
                    model: model, accelerator: accelerator, gpus: gpus,
                    precision: precision), mfu > best.mfu
            else { return nil }
            var text =
                "Warning: --mfu \(NumberFormat.significant(mfu)) is above the "
                + "\(NumberFormat.significant(best.mfu, digits: 3)) "
                + "the plan model finds achievable for \(model.name) on \(NumberFormat.grouped(Double(gpus))) × "
                + "\(accelerator.name) (its best plan; `reckon plan` shows it)"
            if accelerator.id.hasPrefix("a100") {
                text +=
                    "; SemiAnalysis puts the A100's upper bound near 60% for LLM training ('The AI Brick Wall', "
                    + "Jan 2023)"
            }
            return text + "."
        }

        /// Rental and ownership prices, facility and grid.
        mutating func economics(accelerator: AcceleratorSpec) throws -> Economics {
            var economics = EconomicsPresets.defaults(for: accelerator)
            if let p = try fields.quantity(.pricePerHour, Dimensions.MoneyRate.self) {
                economics.rentalPrice = p
            } else if let p = economics.rentalPrice {
                assumptions.append(
                    Assumption(
                        "price_per_hour", p.formatted,
                        source: "catalog entry '\(accelerator.id)': \(accelerator.source)"))
            } else {
                notes.append(
                    "No rental price for \(accelerator.name) in the catalog: rental cost not computed (give "
                        + "--price-per-hour)."
                )
            }
            if let p = try fields.quantity(.purchasePrice, Dimensions.Money.self) { economics.purchasePrice = p }
            if let y = try fields.number(.amortizationYears) {
                economics.amortizationLife = .years(y)
            } else {
                assumptions.append(
                    Assumption(
                        "amortization_years", NumberFormat.significant(EconomicsPresets.amortizationYears),
                        source: EconomicsPresets.amortizationSource))
            }
            if let v = try fields.number(.pue) {
                economics.pue = v
            } else {
                assumptions.append(
                    Assumption("pue", NumberFormat.significant(economics.pue), source: EconomicsPresets.pueSource))
            }
            if let v = try fields.quantity(.electricityPrice, Dimensions.EnergyPrice.self) {
                economics.electricityPrice = v
            } else {
                assumptions.append(
                    Assumption(
                        "electricity_price", "$\(NumberFormat.significant(EconomicsPresets.electricityPerKWh))/kWh",
                        source: EconomicsPresets.electricitySource))
            }
            if let v = try fields.quantity(.gridIntensity, Dimensions.CarbonIntensity.self) {
                economics.gridIntensity = v
            } else {
                assumptions.append(
                    Assumption(
                        "grid_intensity", "\(NumberFormat.significant(EconomicsPresets.gridKgPerKWh)) kg CO2e/kWh",
                        source: EconomicsPresets.gridSource))
            }
            if let v = try fields.number(.powerFraction) {
                economics.powerFractionOfTDP = v
            } else {
                assumptions.append(
                    Assumption(
                        "power_fraction", NumberFormat.significant(EconomicsPresets.powerFractionOfTDP),
                        source: EconomicsPresets.powerFractionSource))
            }
            if economics.purchasePrice == nil {
                notes.append(
                    "No purchase price for \(accelerator.name) in the catalog: ownership cost omitted (give "
                        + "--purchase-price)."
                )
            }
            if accelerator.tdp == nil {
                notes.append(
                    "No published TDP for \(accelerator.name): energy, electricity cost, emissions and ownership cost "
                        + "not computed."
                )
            }
            return economics
        }

        /// Failures, checkpoints and restarts: counted by default with the observed preset's baseline (`reckon scale`),
        /// for this model's checkpoint; nil with --no-failures.
        func failures(model: ModelSpec, hardware: Hardware) throws -> TimeToTrainResult? {
            guard try fields.flag(.noFailures) != true else { return nil }
            let preset = try FailureModel.preset(
                named: try fields.word(.failures) ?? FailurePreset.defaultPreset().rawValue
            ).preset
            let optimizer = try fields.choice(.optimizer, Optimizer.self) ?? .adam
            var slowdowns = Slowdowns.notStated
            if let x = try fields.number(.stragglerSlowdown) {
                slowdowns = try Slowdowns(stragglers: x, source: "user input")
            }
            return try ReliabilityDefaults.training(
                parameters: model.totalParameters, gpus: hardware.count,
                precision: hardware.precision, optimizer: optimizer, preset: preset,
                slowdowns: slowdowns)
        }

        /// The failures over the run (times scaled to the scenario's compute time), said in a note.
        mutating func failures(_ r: TimeToTrainResult, scenario: TrainingScenario) -> TimeToTrainResult {
            let run = r.rescaled(solveTime: scenario.estimate().computeTime)
            notes.append(
                "Failures (\(run.failurePreset.rawValue), \(run.checkpointSize.formatted) model-state checkpoint): "
                    + "goodput "
                    + NumberFormat.significant(run.goodput, digits: 3) + ", wall clock ×"
                    + NumberFormat.significant(run.overheadFactor, digits: 4)
                    + " at \(NumberFormat.grouped(Double(run.gpus))) GPUs, "
                    + "\(NumberFormat.significant(run.expectedInterruptions, digits: 3)) interruptions expected over "
                    + "the run "
                    + "(--no-failures drops it; `reckon scale` shows the model)"
                    + (run.failurePreset == .llama3Observed ? ": \(failureOverheadSource)." : "."))
            return run
        }
    }
}

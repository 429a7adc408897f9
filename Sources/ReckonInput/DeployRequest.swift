import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `reckon deploy`: the fields it reads, and how they become a workload, a serving scenario and the
/// training run to compare against.
public enum DeployRequest {
    /// Every key `reckon deploy` accepts (flags and scenario-file keys alike): the field registry's.
    public static var keys: Set<String> { CommandInputs.deploy.keys }

    /// The built-in scenario: the `twitter-1pct-year` preset, served by the preset's model on the preset's accelerator
    /// (BLOOM 176B on A100 80 GB, Cottier's scenario). A custom workload is served by GPT-3 (BF16) on H100 SXM.
    public static let defaults: [String: InputValue] = ["model": .text("gpt-3"), "gpu": .text("h100-sxm")]

    public struct Resolved: Sendable {
        public var workload: Workload
        public var serving: InferenceScenario
        public var training: TrainingScenario
        public var economics: Economics
        public var period: Seconds
        public var preset: DeploymentPreset?
        /// Traffic growth per year and fall of the serving price per year over the period.
        public var trafficGrowth: Double
        public var priceDecline: Double
        /// Cottier's instance-day arithmetic on the same workload and model.
        public var cottier: CottierEstimate
        public var assumptions: [Assumption]
        public var notes: [String]

        /// Reckon's derived comparison: the fleet model against the training model.
        public func compare() throws -> DeploymentVsDevelopment {
            try DeploymentVsDevelopment.compare(
                training: training, serving: serving, workload: workload,
                economics: economics, period: period, trafficGrowth: trafficGrowth,
                priceDecline: priceDecline)
        }
    }

    /// The preset the request names, else the default one when no custom traffic is given.
    static func preset(_ fields: InputFields) throws -> DeploymentPreset? {
        if let id = try fields.word(.deployPreset) { return try DeploymentPreset.named(id) }
        let custom = fields.has(.users) || fields.has(.outputTokensPerDay)
        return custom ? nil : .twitter1pctYear
    }

    /// Validates `input` against the field registry and the catalog; builds the workload, the serving scenario and
    /// the training run it is compared with. Errors name the field.
    public static func resolve(_ input: InputFields, catalog: Catalog = .builtin) throws -> Resolved {
        try CommandInputs.deploy.validate(input)
        let preset = try preset(input)
        var base = defaults
        var assumptions: [Assumption] = []
        var notes: [String] = []
        if let preset, !input.has(.users), !input.has(.outputTokensPerDay) {
            if !input.has(.model) && !input.has(.params) {
                base["model"] = .text(preset.modelID)
                assumptions.append(
                    Assumption(
                        "model", preset.modelID,
                        source: "preset \(preset.id): \(preset.servingSource)"))
            }
            if !input.has(.gpu) {
                base["gpu"] = .text(preset.acceleratorID)
                assumptions.append(
                    Assumption(
                        "gpu", preset.acceleratorID,
                        source: "preset \(preset.id): \(preset.servingSource)"))
            }
            if let precision = preset.precision, !input.has(.servingPrecision) {
                base["precision"] = .text(precision.rawValue)
                assumptions.append(
                    Assumption(
                        "precision", precision.rawValue,
                        source: "preset \(preset.id): \(preset.servingSource)"))
            }
            if let price = preset.pricePerHour, !input.has(.pricePerHour) {
                base["price_per_hour"] = .number(price)
                assumptions.append(
                    Assumption(
                        "price_per_hour", "$\(NumberFormat.significant(price))/h",
                        source: "preset \(preset.id): \(preset.servingSource)"))
            }
        }
        let fields = InferRequest.withDefaults(input, defaults: base)
        let common = try InferRequest.resolveCommon(fields, catalog: catalog, assumptions: &assumptions, notes: &notes)
        let workload = try self.workload(fields, preset: preset, assumptions: &assumptions)
        let period = try fields.quantity(.period, Dimensions.Time.self) ?? preset?.period ?? .years(1)
        var serving = try InferenceScenario(
            model: common.model, accelerator: common.accelerator,
            inputTokens: workload.inputTokensPerRequest,
            outputTokens: workload.outputTokensPerRequest,
            quantization: common.quantization, efficiency: common.efficiency,
            pricePerHour: common.price, utilization: common.utilization,
            offload: common.offload)
        serving.priceKnown = common.priceKnown
        let (training, economics) = try trainingRun(fields, common: common, assumptions: &assumptions)
        let growth = try fields.number(.trafficGrowth) ?? 1
        let decline = try fields.number(.priceDecline) ?? 0
        let cottier = try cottierEstimate(
            fields, workload: workload, period: period, training: training,
            assumptions: &assumptions)
        if let preset { notes.append("Reference: \(preset.reference.source).") }
        return Resolved(
            workload: workload, serving: serving, training: training, economics: economics, period: period,
            preset: preset, trafficGrowth: growth, priceDecline: decline, cottier: cottier,
            assumptions: assumptions, notes: notes)
    }

    /// Cottier's instance-day method on this workload: his per-instance words, 8 GPUs per instance, and the
    /// model's published training GPU-hours (else Reckon's estimate of them).
    static func cottierEstimate(
        _ fields: InputFields, workload: Workload, period: Seconds, training: TrainingScenario,
        assumptions: inout [Assumption]
    ) throws -> CottierEstimate {
        let words = try fields.number(.instanceWordsPerDay) ?? CottierEstimate.statedWordsPerInstanceDay
        let gpus = try fields.integer(.instanceGpus) ?? CottierEstimate.assumedAcceleratorsPerInstance
        let hours: Double
        let source: String
        if let h = try fields.number(.developmentGpuHours) {
            hours = h
            source = "user input"
        } else if let run = PublishedTrainingRun.named(training.model.id) {
            hours = run.acceleratorHours
            source = run.source
        } else {
            hours = training.estimate().acceleratorTime.inHours
            source = "Reckon's training estimate (no published GPU-hours for \(training.model.id))"
        }
        if !fields.has(.developmentGpuHours) {
            assumptions.append(Assumption("development_gpu_hours", NumberFormat.grouped(hours), source: source))
        }
        return try CottierEstimate(
            outputTokensPerDay: workload.outputTokensPerDay, days: period.inDays,
            developmentGPUHours: hours, developmentSource: source, wordsPerInstanceDay: words,
            acceleratorsPerInstance: gpus)
    }

    /// A preset, or tokens per day, or users × requests; then any field overrides.
    static func workload(_ fields: InputFields, preset: DeploymentPreset?, assumptions: inout [Assumption]) throws
        -> Workload
    {
        let custom = fields.has(.users) || fields.has(.outputTokensPerDay)
        var workload: Workload
        if let preset, !custom {
            workload = preset.workload
            for a in workload.assumptions { assumptions.append(Assumption("preset", a, source: preset.id)) }
        } else {
            let input = try fields.integer(.inputTokens) ?? 500
            let output = try fields.integer(.outputTokens) ?? 200
            if let users = try fields.integer(.users).map(Double.init) {
                let requests = try fields.number(.requestsPerDay) ?? 10
                if !fields.has(.requestsPerDay) {
                    assumptions.append(Assumption("requests_per_day", "10", source: "assumption"))
                }
                workload = try .users(
                    name: "custom", users: users, requestsPerUserPerDay: requests,
                    inputTokensPerRequest: input, outputTokensPerRequest: output)
            } else {
                guard let out = try fields.quantity(.outputTokensPerDay, Dimensions.TokenCount.self) else {
                    throw InputError(field: "output_tokens_per_day", value: "", allowed: "tokens per day, e.g. 1e10")
                }
                let inTokens =
                    try fields.quantity(.inputTokensPerDay, Dimensions.TokenCount.self)
                    ?? Tokens(out.value * Double(input) / Double(output))
                workload = try Workload(
                    name: "custom", inputTokensPerDay: inTokens, outputTokensPerDay: out,
                    inputTokensPerRequest: input, outputTokensPerRequest: output)
            }
        }
        if let v = try fields.integer(.inputTokens) { workload.inputTokensPerRequest = v }
        if let v = try fields.integer(.outputTokens) { workload.outputTokensPerRequest = v }
        if let v = try fields.number(.peakToAverage) { workload.peakToAverage = v }
        if let v = try fields.quantity(.latencyTarget, Dimensions.Time.self) { workload.latencyTarget = v }
        if let v = try fields.quantity(.ttftTarget, Dimensions.Time.self) { workload.timeToFirstTokenTarget = v }
        return workload
    }

    /// The training run to compare against: the model's own tokens (or 20 per parameter), same accelerator and price.
    static func trainingRun(_ fields: InputFields, common: InferRequest.Common, assumptions: inout [Assumption]) throws
        -> (TrainingScenario, Economics)
    {
        var economics = EconomicsPresets.defaults(for: common.accelerator)
        economics.rentalPrice = common.priceKnown ? common.price : nil
        if let v = try fields.number(.pue) {
            economics.pue = v
        } else {
            assumptions.append(
                Assumption("pue", NumberFormat.significant(economics.pue), source: EconomicsPresets.pueSource))
        }
        if let v = try fields.number(.powerFraction) {
            economics.powerFractionOfTDP = v
        } else {
            assumptions.append(
                Assumption(
                    "power_fraction", NumberFormat.significant(economics.powerFractionOfTDP),
                    source: EconomicsPresets.powerFractionSource))
        }
        let tokens: Tokens
        if let t = try fields.quantity(.trainingTokens, Dimensions.TokenCount.self) {
            tokens = t
        } else if let t = common.model.trainingTokens {
            tokens = t
            assumptions.append(Assumption("training_tokens", t.formatted, source: "catalog entry '\(common.model.id)'"))
        } else {
            tokens = Tokens(20 * common.model.totalParameters.value)
            assumptions.append(
                Assumption(
                    "training_tokens", tokens.formatted + " (20 per parameter)",
                    source: Sources.hoffmann2022))
        }
        let gpus = try fields.integer(.trainingGpus) ?? 1024
        let mfu = try fields.number(.mfu) ?? TrainRequest.defaultMFU
        if !fields.has(.mfu) {
            assumptions.append(Assumption("mfu", NumberFormat.significant(mfu), source: TrainRequest.defaultMFUSource))
        }
        // Failures counted as `reckon train` counts them, so that the same run has the same cost in both commands.
        let overhead = try TrainRequest.failureOverhead(gpus: gpus, parameters: common.model.totalParameters)
        assumptions.append(
            Assumption(
                "training_failure_overhead", "×" + NumberFormat.significant(overhead, digits: 4),
                source: "as in `reckon train`: " + TrainRequest.failureOverheadSource))
        let training = try TrainingScenario(
            model: common.model, tokens: tokens, accelerator: common.accelerator,
            count: gpus, mfu: mfu, economics: economics, failureOverhead: overhead)
        return (training, economics)
    }
}

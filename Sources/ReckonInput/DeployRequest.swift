import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `reckon deploy`: the fields it reads, and how they become a workload, a serving scenario and the
/// training run to compare against.
public enum DeployRequest {
    public static let keys: Set<String> = InferRequest.modelKeys.union([
        "preset", "input_tokens_per_day", "output_tokens_per_day", "users", "requests_per_day",
        "input_tokens", "output_tokens", "peak_to_average", "latency_target", "period",
        "training_tokens", "training_gpus", "mfu", "pue", "power_fraction",
    ])

    /// The built-in scenario: the `twitter-1pct-year` preset served by GPT-3 (BF16) on H100 SXM.
    public static let defaults: [String: InputValue] = ["model": .text("gpt-3"), "gpu": .text("h100-sxm")]

    public struct Resolved: Sendable {
        public var workload: Workload
        public var serving: InferenceScenario
        public var training: TrainingScenario
        public var economics: Economics
        public var period: Seconds
        public var preset: DeploymentPreset?
        public var assumptions: [Assumption]
        public var notes: [String]
    }

    public static func resolve(_ input: InputFields, catalog: Catalog = .builtin) throws -> Resolved {
        try CommandInputs.deploy.validate(input)
        let fields = InferRequest.withDefaults(input, defaults: defaults)
        var assumptions: [Assumption] = []
        var notes: [String] = []
        let common = try InferRequest.resolveCommon(fields, catalog: catalog, assumptions: &assumptions, notes: &notes)

        // Workload: a preset, or tokens per day, or users × requests; then any field overrides.
        let custom = fields.has("users") || fields.has("output_tokens_per_day")
        var preset: DeploymentPreset? = nil
        if let id = try fields.string("preset") { preset = try DeploymentPreset.named(id) }
        else if !custom { preset = .twitter1pctYear }
        var workload: Workload
        if let preset, !custom {
            workload = preset.workload
            for a in workload.assumptions { assumptions.append(Assumption("preset", a, source: preset.id)) }
        } else {
            let input = try fields.int("input_tokens") ?? 500
            let output = try fields.int("output_tokens") ?? 200
            if let users = try fields.int("users").map(Double.init) {
                let requests = try fields.double("requests_per_day") ?? 10
                if !fields.has("requests_per_day") { assumptions.append(Assumption("requests_per_day", "10", source: "assumption")) }
                workload = try .users(name: "custom", users: users, requestsPerUserPerDay: requests,
                                      inputTokensPerRequest: input, outputTokensPerRequest: output)
            } else {
                guard let out = try fields.quantity("output_tokens_per_day", Dimensions.TokenCount.self) else {
                    throw InputError(field: "output_tokens_per_day", value: "", allowed: "tokens per day, e.g. 1e10")
                }
                let inTokens = try fields.quantity("input_tokens_per_day", Dimensions.TokenCount.self) ?? Tokens(out.value * Double(input) / Double(output))
                workload = try Workload(name: "custom", inputTokensPerDay: inTokens, outputTokensPerDay: out,
                                        inputTokensPerRequest: input, outputTokensPerRequest: output)
            }
        }
        if let v = try fields.int("input_tokens") { try Check.integer(v, "input_tokens", in: 1...100_000_000); workload.inputTokensPerRequest = v }
        if let v = try fields.int("output_tokens") { try Check.integer(v, "output_tokens", in: 1...100_000_000); workload.outputTokensPerRequest = v }
        if let v = try fields.double("peak_to_average") {
            guard v.isFinite, v >= 1, v <= 100 else { throw InputError(field: "peak_to_average", value: Check.shown(v), allowed: "a number from 1 to 100") }
            workload.peakToAverage = v
        }
        if let v = try fields.quantity("latency_target", Dimensions.Time.self, bareUnit: "s") {
            try Check.positive(v.value, "latency_target"); workload.latencyTarget = v
        }
        let period = try fields.quantity("period", Dimensions.Time.self, bareUnit: "y") ?? preset?.period ?? .years(1)
        try Check.positive(period.value, "period", max: 100 * UnitScale.secondsPerYear)

        let serving = try InferenceScenario(model: common.model, accelerator: common.accelerator,
                                            inputTokens: workload.inputTokensPerRequest, outputTokens: workload.outputTokensPerRequest,
                                            quantization: common.quantization, efficiency: common.efficiency,
                                            pricePerHour: common.price, utilization: common.utilization, offload: common.offload)

        // Training run to compare against: the model's own tokens (or 20 per parameter), same accelerator and price.
        var economics = EconomicsPresets.defaults(for: common.accelerator)
        economics.rentalPrice = common.price
        if let v = try fields.double("pue") { economics.pue = v } else {
            assumptions.append(Assumption("pue", NumberFormat.significant(economics.pue), source: EconomicsPresets.pueSource))
        }
        if let v = try fields.double("power_fraction") { economics.powerFractionOfTDP = v } else {
            assumptions.append(Assumption("power_fraction", NumberFormat.significant(economics.powerFractionOfTDP), source: EconomicsPresets.powerFractionSource))
        }
        let tokens: Tokens
        if let t = try fields.quantity("training_tokens", Dimensions.TokenCount.self) { tokens = t }
        else if let t = common.model.trainingTokens {
            tokens = t
            assumptions.append(Assumption("training_tokens", t.formatted, source: "catalog entry '\(common.model.id)'"))
        } else {
            tokens = Tokens(20 * common.model.totalParameters.value)
            assumptions.append(Assumption("training_tokens", tokens.formatted + " (20 per parameter)", source: Sources.hoffmann2022))
        }
        let gpus = try fields.int("training_gpus") ?? 1024
        let mfu = try fields.double("mfu") ?? TrainRequest.defaultMFU
        if !fields.has("mfu") { assumptions.append(Assumption("mfu", NumberFormat.significant(mfu), source: TrainRequest.defaultMFUSource)) }
        let training = try TrainingScenario(model: common.model, tokens: tokens, accelerator: common.accelerator, count: gpus,
                                            mfu: mfu, economics: economics)
        if let preset { notes.append("Reference: \(preset.referenceSource).") }
        return Resolved(workload: workload, serving: serving, training: training, economics: economics, period: period,
                        preset: preset, assumptions: assumptions, notes: notes)
    }
}

import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `reckon train`: the fields it reads, and how they become a ``TrainingScenario``.
public enum TrainRequest {
    /// Every key `reckon train` accepts (flags and scenario-file keys alike).
    public static let keys: Set<String> = [
        "model", "params", "active_params", "tokens", "tokens_per_param", "compute_budget", "fit",
        "rule", "partitions", "attention", "layers", "hidden", "heads", "seq_len",
        "gpu", "gpus", "mfu", "precision", "price_per_hour", "purchase_price", "amortization_years",
        "pue", "electricity_price", "grid_intensity", "power_fraction", "no_failures",
    ]

    /// The built-in scenario: GPT-3 on 1,024 H100 SXM at 40% MFU.
    public static let defaults: [String: InputValue] = [
        "model": .text("gpt-3"), "gpu": .text("h100-sxm"), "gpus": .number(1024),
    ]

    /// A typical MFU for large dense training runs, used when none is given.
    public static let defaultMFU = 0.40
    public static let defaultMFUSource = "typical of large dense runs: Llama 2 implied 35–44% on A100 (training_runs.csv, derived column); PaLM 46.2% (Chowdhery et al. 2022)"

    /// Where the default failure overhead comes from.
    public static let failureOverheadSource = "paper-2024 baseline of `reckon scale` (Faraboschi et al. 2024, Table 3): GPU MTBF 950k h, "
        + "CPU MTBF 1.5M h (4 GPUs per CPU), checkpoint of all 80 GB per GPU at 500 GB/s, Daly (2006) interval and wall time, 2 h restart"

    /// Wall-clock multiplier for failures on `gpus` GPUs: the paper's baseline system (``TimeToTrain``, Table 3 defaults).
    /// Independent of the model: it depends only on the cluster size. Throws when the job would never finish.
    public static func failureOverhead(gpus: Int) throws -> Double {
        let f = try (defaultFailureModel ?? failureOverheadModel())(gpus)
        guard f.isFinite else {
            throw InputError(field: "gpus", value: "\(gpus)", allowed: "a cluster that outruns its failures under Table 3 failure rates",
                             hint: "checkpoints take longer than the mean time to interrupt; add --no-failures to ignore failures")
        }
        return f
    }

    /// ``failureOverheadModel()`` built once per process (Table 3 defaults never change at run time).
    static let defaultFailureModel: (@Sendable (Int) -> Double)? = try? failureOverheadModel()

    /// The failure model of ``failureOverhead(gpus:)`` as a function of the GPU count; it returns infinity
    /// (not an error) for a cluster that never finishes. Used per sample by `reckon train --samples`.
    public static func failureOverheadModel() throws -> @Sendable (Int) -> Double {
        let model = try TimeToTrain()
        let variant = try ResilienceVariant.baseline()
        return { gpus in model.evaluate(compute: FLOP(1), parameters: Parameters(1), gpus: gpus, variant: variant).overheadFactor }
    }

    /// A resolved request: the scenario, what was assumed, and extra results (predicted loss).
    public struct Resolved: Sendable {
        public var scenario: TrainingScenario
        public var assumptions: [Assumption]
        public var notes: [String]
    }

    public enum Rule: String, CaseIterable, Sendable { case sixND = "6nd", sixNDAttention = "6nd-attention", paper = "120p2" }
    public enum Fit: String, CaseIterable, Sendable { case hoffmann = "hoffmann-2022", besiroglu = "besiroglu-2024" }

    /// Validates `fields` against the catalog and builds the scenario. Errors name the field.
    public static func resolve(_ input: InputFields, catalog: Catalog = .builtin) throws -> Resolved {
        try input.rejectUnknownKeys(allowed: keys, command: "train")
        var fields = InputFields(defaults, origin: "built-in scenario")
        // A custom model (params given without a catalog model) must not inherit the default model.
        if input.has("params") || input.has("compute_budget") { fields = InputFields(defaults.filter { $0.key != "model" }, origin: "built-in scenario") }
        fields.overlay(input)
        var assumptions: [Assumption] = []
        var notes: [String] = []

        // Model: a catalog entry, then any shape/size flags on top.
        var model: ModelSpec
        if let id = try fields.string("model") {
            model = try catalog.model(id)
        } else {
            model = ModelSpec(id: "custom", name: "custom model", totalParameters: Parameters(1), source: "user input", asOf: "-")
        }
        if let p = try fields.quantity("params", Dimensions.ParameterCount.self) {
            try Check.positive(p.value, "params", max: 1e16)
            model.totalParameters = p
            model.activeParameters = p
            if model.id != "custom" { model.name += " (params overridden)" }
        }
        try model.applyShapeOverrides(fields)

        // Tokens: explicit, a ratio, a compute budget (Chinchilla optimum), the catalog's, or 20 per parameter.
        var tokens: Tokens
        if let budget = try fields.quantity("compute_budget", Dimensions.Compute.self) {
            try Check.positive(budget.value, "compute_budget", max: 1e35)
            let fit: ChinchillaFit = (try fields.choice("fit", Fit.self) ?? .hoffmann) == .hoffmann ? .hoffmann2022 : .besiroglu2024
            let optimum = fit.computeOptimal(budget: budget)
            if !input.has("params") {
                model = ModelSpec(id: "compute-optimal", name: "compute-optimal model", totalParameters: optimum.parameters,
                                  source: fit.source, asOf: "-")
            }
            tokens = optimum.tokens
            assumptions.append(Assumption("token_budget", "compute-optimal for \(budget.formatted) (\(fit.name) fit)", source: fit.source))
            notes.append("Compute-optimal split (\(fit.name)): N = \(optimum.parameters.formatted) parameters, D = \(optimum.tokens.formatted) "
                         + "(\(NumberFormat.significant(optimum.tokens.value / optimum.parameters.value)) tokens per parameter), predicted loss \(NumberFormat.significant(optimum.loss, digits: 4)) nats/token.")
        } else if let t = try fields.quantity("tokens", Dimensions.TokenCount.self) {
            try Check.positive(t.value, "tokens", max: 1e18)
            tokens = t
        } else if let ratio = try fields.double("tokens_per_param") {
            try Check.positive(ratio, "tokens_per_param", max: 1e6)
            tokens = Tokens(ratio * model.totalParameters.value)
        } else if let t = model.trainingTokens, model.id != "custom" {
            tokens = t
            assumptions.append(Assumption("tokens", t.formatted, source: "catalog entry '\(model.id)': \(model.source)"))
        } else {
            tokens = Tokens(20 * model.totalParameters.value)
            assumptions.append(Assumption("tokens", "20 per parameter (\(tokens.formatted))", source: Sources.hoffmann2022))
        }

        // Counting rule.
        var rule = ComputeRule.sixND
        switch try fields.choice("rule", Rule.self) ?? (try fields.bool("attention") == true ? .sixNDAttention : .sixND) {
        case .sixND: rule = .sixND
        case .sixNDAttention: rule = .sixNDWithAttention
        case .paper:
            let k = try fields.int("partitions") ?? max(1, model.experts)
            rule = .paperIdentity(partitions: k)
        }

        // Hardware.
        let accelerator = try catalog.accelerator(try fields.string("gpu") ?? "h100-sxm")
        guard let count = try fields.int("gpus") else { throw InputError(field: "gpus", value: "", allowed: "a whole number ≥ 1") }
        try Check.integer(count, "gpus", in: 1...100_000_000)
        let precision = try fields.choice("precision", Precision.self) ?? .bf16
        let mfu: Double
        if let m = try fields.double("mfu") { mfu = m }
        else if let predicted = PlanRequest.predictedMFU(model: model, accelerator: accelerator, gpus: count, precision: precision) {
            // The parallel-plan model's best plan (issue 5); stated as an assumption.
            mfu = predicted.mfu
            assumptions.append(predicted.assumption)
        } else {
            mfu = defaultMFU
            assumptions.append(Assumption("mfu", NumberFormat.significant(defaultMFU) + " (the plan model needs the model's shape and the GPU's memory, bandwidths and scale-up domain)",
                                          source: defaultMFUSource))
        }

        // Economics.
        var economics = EconomicsPresets.defaults(for: accelerator)
        if let p = try fields.quantity("price_per_hour", Dimensions.MoneyRate.self) { economics.rentalPrice = p } else if let p = economics.rentalPrice {
            assumptions.append(Assumption("price_per_hour", p.formatted, source: "catalog entry '\(accelerator.id)': \(accelerator.source)"))
        } else {
            notes.append("No rental price for \(accelerator.name) in the catalog: rental cost not computed (give --price-per-hour).")
        }
        if let p = try fields.quantity("purchase_price", Dimensions.Money.self) { try Check.positive(p.value, "purchase_price"); economics.purchasePrice = p }
        if let y = try fields.double("amortization_years") { try Check.positive(y, "amortization_years", max: 100); economics.amortizationLife = .years(y) }
        else { assumptions.append(Assumption("amortization_years", NumberFormat.significant(EconomicsPresets.amortizationYears), source: EconomicsPresets.amortizationSource)) }
        if let v = try fields.double("pue") { economics.pue = v } else { assumptions.append(Assumption("pue", NumberFormat.significant(economics.pue), source: EconomicsPresets.pueSource)) }
        if let v = try fields.quantity("electricity_price", Dimensions.EnergyPrice.self) { economics.electricityPrice = v }
        else { assumptions.append(Assumption("electricity_price", "$\(NumberFormat.significant(EconomicsPresets.electricityPerKWh))/kWh", source: EconomicsPresets.electricitySource)) }
        if let v = try fields.quantity("grid_intensity", Dimensions.CarbonIntensity.self) { economics.gridIntensity = v }
        else { assumptions.append(Assumption("grid_intensity", "\(NumberFormat.significant(EconomicsPresets.gridKgPerKWh)) kg CO2e/kWh", source: EconomicsPresets.gridSource)) }
        if let v = try fields.double("power_fraction") { economics.powerFractionOfTDP = v }
        else { assumptions.append(Assumption("power_fraction", NumberFormat.significant(EconomicsPresets.powerFractionOfTDP), source: EconomicsPresets.powerFractionSource)) }
        if economics.purchasePrice == nil { notes.append("No purchase price for \(accelerator.name) in the catalog: ownership cost omitted (give --purchase-price).") }
        if accelerator.tdp == nil { notes.append("No published TDP for \(accelerator.name): energy, electricity cost, emissions and ownership cost not computed.") }
        if model.isEstimate { notes.append("\(model.name) is an outside ESTIMATE, not the developer's figures: \(model.source)") }

        // Failures, checkpoints and restarts: counted by default with the paper's baseline system (`reckon scale`).
        var failureOverhead = 1.0
        if try fields.bool("no_failures") != true {
            failureOverhead = try Self.failureOverhead(gpus: count)
            notes.append("Failures, checkpoints and restarts add ×" + NumberFormat.significant(failureOverhead, digits: 4)
                         + " at \(NumberFormat.grouped(Double(count))) GPUs (--no-failures drops it; `reckon scale` shows the model): \(failureOverheadSource).")
        }

        let scenario = try TrainingScenario(model: model, tokens: tokens, rule: rule, accelerator: accelerator, count: count,
                                            precision: precision, mfu: mfu, economics: economics, failureOverhead: failureOverhead)
        return Resolved(scenario: scenario, assumptions: assumptions, notes: notes)
    }
}

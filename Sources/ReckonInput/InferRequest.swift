import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `reckon infer`: the fields it reads, and how they become an ``InferenceScenario``.
public enum InferRequest {
    /// Every key `reckon infer` accepts (flags and scenario-file keys alike).
    public static let keys: Set<String> = modelKeys.union(servingKeys)

    /// Keys shared with `reckon deploy`: the model, the hardware and how it is served.
    public static let modelKeys: Set<String> = [
        "model", "params", "active_params", "layers", "hidden", "heads", "kv_heads",
        "gpu", "precision", "kv_precision", "price_per_hour", "utilization", "offload", "link", "no_pipeline",
        "compute_efficiency", "memory_efficiency",
    ]
    /// Keys only `reckon infer` reads.
    public static let servingKeys: Set<String> = ["gpus", "tp", "batch", "input_tokens", "output_tokens"]

    /// The built-in scenario: GPT-3 in BF16 on H100 SXM, 1,000 prompt and 250 output tokens.
    public static let defaults: [String: InputValue] = [
        "model": .text("gpt-3"), "gpu": .text("h100-sxm"), "input_tokens": .number(1000), "output_tokens": .number(250),
    ]

    public struct Resolved: Sendable {
        public var scenario: InferenceScenario
        public var assumptions: [Assumption]
        public var notes: [String]
    }

    public enum Storage: String, CaseIterable, Sendable { case host, nvme }
    public enum Link: String, CaseIterable, Sendable {
        case pcie3, pcie4, pcie5, nvlinkC2C = "nvlink-c2c"
    }
    public static let servingPrecisions = Quantization.servingPrecisions

    /// Validates `fields` against the catalog and builds the scenario. Errors name the field.
    public static func resolve(_ input: InputFields, catalog: Catalog = .builtin) throws -> Resolved {
        try CommandInputs.infer.validate(input)
        let fields = withDefaults(input, defaults: defaults)
        var assumptions: [Assumption] = []
        var notes: [String] = []
        let common = try resolveCommon(fields, catalog: catalog, assumptions: &assumptions, notes: &notes)
        let input = try fields.int("input_tokens") ?? 1000
        let output = try fields.int("output_tokens") ?? 250
        try Check.integer(input, "input_tokens", in: 1...100_000_000)
        try Check.integer(output, "output_tokens", in: 1...100_000_000)
        let scenario = try InferenceScenario(
            model: common.model, accelerator: common.accelerator, gpus: try fields.int("gpus"), tensorParallel: try fields.int("tp"),
            batch: try fields.int("batch"), inputTokens: input, outputTokens: output, quantization: common.quantization,
            efficiency: common.efficiency, memory: .serving, pricePerHour: common.price, utilization: common.utilization,
            offload: common.offload)
        if let gpus = try fields.int("gpus"), let plan = try? scenario.plan(), plan.accelerators < gpus {
            notes.append("\(gpus) accelerators asked for; \(plan.accelerators) used (\(plan.replicas) replica\(plan.replicas == 1 ? "" : "s") of tensor-parallel \(plan.tensorParallel)); the other \(gpus - plan.accelerators) would idle.")
        }
        if !fields.has("batch") {
            assumptions.append(Assumption("batch", "the largest that fits in memory", source: "max-load serving (as in TensorRT-LLM's offline benchmark)"))
        }
        return Resolved(scenario: scenario, assumptions: assumptions, notes: notes)
    }

    /// Defaults under the user's fields; a custom model (`params`) does not inherit the default model.
    static func withDefaults(_ input: InputFields, defaults: [String: InputValue]) -> InputFields {
        var base = defaults
        if input.has("params") { base["model"] = nil }
        var fields = InputFields(base, origin: "built-in scenario")
        fields.overlay(input)
        return fields
    }

    struct Common {
        var model: ModelSpec
        var accelerator: AcceleratorSpec
        var quantization: Quantization
        var efficiency: EfficiencyFactors
        var price: USDPerSecond
        var utilization: Double
        var offload: Offload?
    }

    /// Model, accelerator, precision, efficiency, price and offload — shared by `infer` and `deploy`.
    static func resolveCommon(_ fields: InputFields, catalog: Catalog, assumptions: inout [Assumption],
                              notes: inout [String]) throws -> Common {
        var model: ModelSpec
        if let id = try fields.string("model") {
            model = try catalog.model(id)
        } else if let p = try fields.quantity("params", Dimensions.ParameterCount.self) {
            try Check.positive(p.value, "params", max: 1e16)
            model = ModelSpec(id: "custom", name: "custom model (\(p.formatted))", totalParameters: p, source: "user input", asOf: "-")
        } else {
            throw InputError(field: "model", value: "", allowed: "a catalog model ID or --params N")
        }
        if let p = try fields.quantity("params", Dimensions.ParameterCount.self), model.id != "custom" {
            try Check.positive(p.value, "params", max: 1e16)
            model.totalParameters = p; model.activeParameters = p; model.name += " (params overridden)"
        }
        try model.applyShapeOverrides(fields)
        let shape = ServingShape(model: model)
        if shape.isEstimated {
            assumptions.append(Assumption("layers", "\(shape.layers) layers, hidden \(shape.hiddenSize), \(shape.heads) heads (estimated from the parameter count)",
                                          source: "N ≈ 12·L·d² (Kaplan et al. 2020) with GPT-3's d/L = 128; give --layers/--hidden/--heads/--kv-heads to override"))
        }
        if model.isEstimate { notes.append("\(model.name) is an outside ESTIMATE, not the developer's figures: \(model.source)") }

        let accelerator = try catalog.accelerator(try fields.string("gpu") ?? "h100-sxm")
        let weights = try precision(fields, "precision") ?? .bf16
        let kv = try precision(fields, "kv_precision") ?? weights
        let quantization = Quantization(weights: weights, kvCache: kv)
        if !fields.has("precision") { assumptions.append(Assumption("precision", "bf16", source: "weights as trained (16-bit)")) }

        var efficiency = EfficiencyFactors.serving
        if let c = try fields.double("compute_efficiency") { efficiency.compute = c } else {
            assumptions.append(Assumption("compute_efficiency", NumberFormat.significant(efficiency.compute), source: efficiency.source))
        }
        if let m = try fields.double("memory_efficiency") { efficiency.memory = m } else {
            assumptions.append(Assumption("memory_efficiency", NumberFormat.significant(efficiency.memory), source: efficiency.source))
        }
        let price: USDPerSecond
        if let p = try fields.quantity("price_per_hour", Dimensions.MoneyRate.self) { price = p } else {
            price = accelerator.cloudPrice ?? .dollarsPerHour(EconomicsPresets.paperRentalPerHour)
            assumptions.append(Assumption("price_per_hour", price.formatted,
                                          source: accelerator.cloudPrice != nil ? "catalog entry '\(accelerator.id)': \(accelerator.source)" : EconomicsPresets.paperRentalSource))
        }
        let utilization = try fields.double("utilization") ?? 1
        if !fields.has("utilization") {
            assumptions.append(Assumption("utilization", "1", source: "assumption: accelerators fully busy (cost per token at full load)"))
        }
        var offload: Offload? = nil
        if let tier = try fields.choice("offload", Storage.self) {
            let link = try fields.choice("link", Link.self) ?? .pcie4
            offload = Offload(tier: try OffloadTier.named(tier.rawValue), link: try HostLink.named(link.rawValue),
                              pipelined: !(try fields.bool("no_pipeline") ?? false))
            if !fields.has("link") { assumptions.append(Assumption("link", "pcie4", source: HostLink.pcie4.source)) }
        } else if fields.has("link") {
            throw InputError(field: "link", value: try fields.string("link") ?? "", allowed: "used only with --offload host|nvme")
        }
        return Common(model: model, accelerator: accelerator, quantization: quantization, efficiency: efficiency,
                      price: price, utilization: utilization, offload: offload)
    }

    static func precision(_ fields: InputFields, _ key: String) throws -> Precision? {
        guard let p = try fields.choice(key, Precision.self) else { return nil }
        guard servingPrecisions.contains(p) else {
            throw InputError(field: key, value: p.rawValue, allowed: "one of " + servingPrecisions.map(\.rawValue).joined(separator: ", "))
        }
        return p
    }
}

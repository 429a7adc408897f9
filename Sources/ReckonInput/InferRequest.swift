import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `reckon infer`: the fields it reads, and how they become an ``InferenceScenario``.
public enum InferRequest {
    /// Every key `reckon infer` accepts (flags and scenario-file keys alike): the field registry's.
    public static var keys: Set<String> { CommandInputs.infer.keys }

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

    /// Validates `input` against the field registry and the catalog and builds the scenario. Errors name the field.
    public static func resolve(_ input: InputFields, catalog: Catalog = .builtin) throws -> Resolved {
        try CommandInputs.infer.validate(input)
        let fields = withDefaults(input, defaults: defaults)
        var assumptions: [Assumption] = []
        var notes: [String] = []
        let common = try resolveCommon(fields, catalog: catalog, assumptions: &assumptions, notes: &notes)
        let gpus = try fields.integer(.gpus)
        let scenario = try InferenceScenario(
            model: common.model, accelerator: common.accelerator, gpus: gpus, tensorParallel: try fields.integer(.tp),
            batch: try fields.integer(.batch), inputTokens: try fields.integer(.inputTokens) ?? 1000,
            outputTokens: try fields.integer(.outputTokens) ?? 250, quantization: common.quantization,
            efficiency: common.efficiency, memory: .serving, pricePerHour: common.price,
            utilization: common.utilization, offload: common.offload)
        if let gpus, let plan = try? scenario.plan(), plan.accelerators < gpus {
            let replicas = "\(plan.replicas) replica\(plan.replicas == 1 ? "" : "s")"
            notes.append("\(gpus) accelerators asked for; \(plan.accelerators) used (\(replicas) of tensor-parallel "
                         + "\(plan.tensorParallel)); the other \(gpus - plan.accelerators) would idle.")
        }
        if !fields.has(.batch) {
            assumptions.append(Assumption("batch", "the largest that fits in memory",
                                          source: "max-load serving (as in TensorRT-LLM's offline benchmark)"))
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
        let model = try servedModel(fields, catalog: catalog, assumptions: &assumptions, notes: &notes)
        let accelerator = try catalog.accelerator(try fields.catalogID(.gpu) ?? "h100-sxm")
        let weights = try fields.choice(.servingPrecision, Precision.self) ?? .bf16
        let kv = try fields.choice(.kvPrecision, Precision.self) ?? weights
        let quantization = Quantization(weights: weights, kvCache: kv)
        if !fields.has(.servingPrecision) {
            assumptions.append(Assumption("precision", "bf16", source: "weights as trained (16-bit)"))
        }
        var efficiency = EfficiencyFactors.serving
        if let c = try fields.number(.computeEfficiency) {
            efficiency.compute = c
        } else {
            assumptions.append(Assumption("compute_efficiency", NumberFormat.significant(efficiency.compute),
                                          source: efficiency.source))
        }
        if let m = try fields.number(.memoryEfficiency) {
            efficiency.memory = m
        } else {
            assumptions.append(Assumption("memory_efficiency", NumberFormat.significant(efficiency.memory),
                                          source: efficiency.source))
        }
        let price: USDPerSecond
        if let p = try fields.quantity(.pricePerHour, Dimensions.MoneyRate.self) {
            price = p
        } else {
            price = accelerator.cloudPrice ?? .dollarsPerHour(EconomicsPresets.paperRentalPerHour)
            let source = accelerator.cloudPrice != nil ? "catalog entry '\(accelerator.id)': \(accelerator.source)"
                : EconomicsPresets.paperRentalSource
            assumptions.append(Assumption("price_per_hour", price.formatted, source: source))
        }
        let utilization = try fields.number(.utilization) ?? 1
        if !fields.has(.utilization) {
            assumptions.append(Assumption("utilization", "1",
                                          source: "assumption: accelerators fully busy (cost per token at full load)"))
        }
        var offload: Offload? = nil
        if let tier = try fields.choice(.offload, Storage.self) {
            let link = try fields.choice(.link, Link.self) ?? .pcie4
            offload = Offload(tier: try OffloadTier.named(tier.rawValue), link: try HostLink.named(link.rawValue),
                              pipelined: !(try fields.flag(.noPipeline) ?? false))
            if !fields.has(.link) { assumptions.append(Assumption("link", "pcie4", source: HostLink.pcie4.source)) }
        }
        return Common(model: model, accelerator: accelerator, quantization: quantization, efficiency: efficiency,
                      price: price, utilization: utilization, offload: offload)
    }

    /// A catalog model or a custom one of `params`, with any shape fields on top.
    static func servedModel(_ fields: InputFields, catalog: Catalog, assumptions: inout [Assumption],
                            notes: inout [String]) throws -> ModelSpec {
        var model: ModelSpec
        let params = try fields.quantity(.params, Dimensions.ParameterCount.self)
        if let id = try fields.catalogID(.model) {
            model = try catalog.model(id)
            if let p = params {
                model.totalParameters = p
                model.activeParameters = p
                model.name += " (params overridden)"
            }
        } else if let p = params {
            model = ModelSpec(id: "custom", name: "custom model (\(p.formatted))", totalParameters: p,
                              source: "user input", asOf: "-")
        } else {
            throw InputError(field: "model", value: "", allowed: "a catalog model ID or --params N")
        }
        try model.applyShapeOverrides(fields)
        let shape = ServingShape(model: model)
        if shape.isEstimated {
            assumptions.append(Assumption(
                "layers", "\(shape.layers) layers, hidden \(shape.hiddenSize), \(shape.heads) heads (estimated from the parameter count)",
                source: "N ≈ 12·L·d² (Kaplan et al. 2020) with GPT-3's d/L = 128; give --layers/--hidden/--heads/--kv-heads to override"))
        }
        if model.isEstimate { notes.append("\(model.name) is an outside ESTIMATE, not the developer's figures: \(model.source)") }
        return model
    }
}

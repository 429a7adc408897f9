import ReckonAnalysis
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
    /// A request for the latency-target search (``wantsSearch(_:)``) is refused here: see
    /// ``resolveSearch(_:catalog:)``.
    public static func resolve(_ input: InputFields, catalog: Catalog = .builtin) throws -> Resolved {
        try CommandInputs.infer.validate(input)
        if let key = searchKey(input) {
            throw InputError(
                field: key, value: String(input[key]?.description.prefix(80) ?? ""),
                allowed: "one configuration here (a latency-target search cannot be sampled or priced per estimate)",
                hint: "run it without --samples")
        }
        let fields = withDefaults(input, defaults: defaults)
        var assumptions: [Assumption] = []
        var notes: [String] = []
        let common = try resolveCommon(fields, catalog: catalog, assumptions: &assumptions, notes: &notes)
        let gpus = try fields.integer(.gpus)
        var scenario = try InferenceScenario(
            model: common.model, accelerator: common.accelerator, gpus: gpus, tensorParallel: try fields.integer(.tp),
            dataParallelAttention: try fields.integer(.dpAttention), expertParallel: try fields.integer(.ep),
            pipelineParallel: try fields.integer(.pp), redundantExperts: try fields.integer(.redundantExperts) ?? 0,
            batch: try fields.integer(.batch), concurrency: try fields.integer(.concurrency),
            inputTokens: try fields.integer(.inputTokens) ?? 1000,
            outputTokens: try fields.integer(.outputTokens) ?? 250, quantization: common.quantization,
            efficiency: common.efficiency, memory: .serving, pricePerHour: common.price,
            utilization: common.utilization, offload: common.offload)
        scenario.priceKnown = common.priceKnown
        if let gpus, let plan = try? scenario.plan(), plan.accelerators < gpus {
            let replicas = "\(plan.replicas) replica\(plan.replicas == 1 ? "" : "s")"
            notes.append(
                "\(gpus) accelerators asked for; \(plan.accelerators) used (\(replicas) of "
                    + "\(plan.serving.summary)); the other \(gpus - plan.accelerators) would idle.")
        }
        if !fields.has(.batch) {
            assumptions.append(
                Assumption(
                    "batch",
                    fields.has(.concurrency)
                        ? "the concurrency's share per replica" : "the largest that fits in memory",
                    source: "max-load serving (as in TensorRT-LLM's offline benchmark)"))
        }
        return Resolved(scenario: scenario, assumptions: assumptions, notes: notes)
    }

    /// The first field asking for the latency-target search: `ttft`, `tpot`, `disaggregate`, or `gpu` = `all`.
    static func searchKey(_ input: InputFields) -> String? {
        for key in ["ttft", "tpot", "disaggregate"] where input.has(key) { return key }
        if let gpu = try? input.catalogID(.gpu), gpu.lowercased() == "all" { return "gpu" }
        return nil
    }

    /// True when `input` asks for the latency-target search.
    public static func wantsSearch(_ input: InputFields) -> Bool { searchKey(input) != nil }

    /// A latency-target search: where to look, what to meet.
    public struct SearchResolved: Sendable {
        public var space: ServingSearchSpace
        public var targets: ServingTargets
        public var assumptions: [Assumption]
        public var notes: [String]
    }

    /// The search a request asks for (nil when it asks for one configuration): the model, the accelerator (every
    /// catalog accelerator for `gpu` = `all`, each at its catalog price unless `price_per_hour` is given), the
    /// precision (every one the accelerator supports unless given), fixed degrees, the GPU budget (`gpus`) and the
    /// targets. Fields that pick one configuration (`batch`, `offload`) are refused with a search.
    public static func resolveSearch(_ input: InputFields, catalog: Catalog = .builtin) throws -> SearchResolved? {
        try CommandInputs.infer.validate(input)
        guard wantsSearch(input) else { return nil }
        for key in ["batch", "offload"] where input.has(key) {
            throw InputError(
                field: key, value: String(input[key]?.description.prefix(80) ?? ""),
                allowed:
                    "not with a latency-target search (--ttft, --tpot, --disaggregate, --gpu all): it chooses the "
                    + "batch and keeps the weights on the accelerators"
            )
        }
        let fields = withDefaults(input, defaults: defaults)
        var assumptions: [Assumption] = []
        var notes: [String] = []
        let model = try servedModel(fields, catalog: catalog, assumptions: &assumptions, notes: &notes)
        let id = try fields.catalogID(.gpu) ?? "h100-sxm"
        let accelerators = id.lowercased() == "all" ? catalog.accelerators : [try catalog.accelerator(id)]
        var prices: [String: USDPerSecond] = [:]
        if let p = try fields.quantity(.pricePerHour, Dimensions.MoneyRate.self) {
            for a in accelerators { prices[a.id] = p }
            if accelerators.count > 1 {
                notes.append(
                    "one price per hour (\(p.formatted)) for every accelerator: the ranking per dollar is then the "
                        + "ranking per GPU"
                )
            }
        } else {
            for a in accelerators { if let p = a.cloudPrice { prices[a.id] = p } }
            assumptions.append(
                Assumption(
                    "price_per_hour", "each accelerator's catalog price",
                    source: "catalog entries' cloudPrice (none: not ranked per dollar)"))
        }
        let quantizations =
            try fields.has(.servingPrecision) || fields.has(.mathPrecision) || fields.has(.expertPrecision)
            ? [quantization(fields)] : nil
        if quantizations == nil {
            assumptions.append(
                Assumption(
                    "precision",
                    "every precision each accelerator has tensor cores for (BF16, FP8, INT8, INT4 weight-only, NVFP4)",
                    source: "ServingSearchSpace.defaultQuantizations"))
        }
        let efficiency = try efficiencyFactors(fields, assumptions: &assumptions)
        let space = ServingSearchSpace(
            model: model, accelerators: accelerators, prices: prices, quantizations: quantizations,
            inputTokens: try fields.integer(.inputTokens) ?? 1000,
            outputTokens: try fields.integer(.outputTokens) ?? 250,
            efficiency: efficiency, memory: .serving, tensorParallel: try fields.integer(.tp),
            expertParallel: try fields.integer(.ep), dataParallelAttention: try fields.integer(.dpAttention),
            pipelineParallel: try fields.integer(.pp), gpuBudget: try fields.integer(.gpus),
            disaggregate: try fields.flag(.disaggregate) ?? false)
        let targets = ServingTargets(
            timeToFirstToken: try fields.quantity(.ttft, Dimensions.Time.self),
            timePerOutputToken: try fields.quantity(.tpot, Dimensions.Time.self),
            concurrency: try fields.integer(.concurrency))
        try targets.validate()
        return SearchResolved(space: space, targets: targets, assumptions: assumptions, notes: notes)
    }

    /// Weights, KV cache, math and expert precisions and the FP4 format as given (KV, math and experts default
    /// from the weights: ``Quantization``).
    static func quantization(_ fields: InputFields) throws -> Quantization {
        let weights = try fields.choice(.servingPrecision, Precision.self) ?? .bf16
        return Quantization(
            weights: weights, kvCache: try fields.choice(.kvPrecision, Precision.self),
            math: try fields.choice(.mathPrecision, Precision.self),
            experts: try fields.choice(.expertPrecision, Precision.self),
            fp4Format: try fields.choice(.fp4Format, FP4Format.self) ?? .nvfp4)
    }

    /// The serving efficiencies with the user's compute and memory overrides.
    static func efficiencyFactors(_ fields: InputFields, assumptions: inout [Assumption]) throws -> EfficiencyFactors {
        var efficiency = EfficiencyFactors.serving
        if let c = try fields.number(.computeEfficiency) {
            efficiency.compute = c
        } else {
            assumptions.append(
                Assumption(
                    "compute_efficiency", NumberFormat.significant(efficiency.compute),
                    source: efficiency.source))
        }
        if let m = try fields.number(.memoryEfficiency) {
            efficiency.memory = m
        } else {
            assumptions.append(
                Assumption(
                    "memory_efficiency",
                    "\(NumberFormat.significant(efficiency.weightStreaming)) weights, "
                        + "\(NumberFormat.significant(efficiency.kvStreaming)) KV cache",
                    source: efficiency.source))
        }
        if let w = try fields.number(.weightStreamingEfficiency) { efficiency.weightStreaming = w }
        if let k = try fields.number(.kvStreamingEfficiency) { efficiency.kvStreaming = k }
        if let a = try fields.number(.attentionEfficiency) { efficiency.attentionCompute = a }
        if let e = try fields.number(.expertEfficiency) { efficiency.expertCompute = e }
        return efficiency
    }

    /// Defaults under the user's fields; a custom model (`params`) does not inherit the default model.
    static func withDefaults(_ input: InputFields, defaults: [String: InputValue]) -> InputFields {
        var base = defaults
        if input.has("params") || input.has(Field.modelConfig.key) { base["model"] = nil }
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
        var priceKnown: Bool
        var utilization: Double
        var offload: Offload?
    }

    /// Model, accelerator, precision, efficiency, price and offload — shared by `infer` and `deploy`.
    static func resolveCommon(
        _ fields: InputFields, catalog: Catalog, assumptions: inout [Assumption],
        notes: inout [String]
    ) throws -> Common {
        let model = try servedModel(fields, catalog: catalog, assumptions: &assumptions, notes: &notes)
        let accelerator = try catalog.accelerator(try fields.catalogID(.gpu) ?? "h100-sxm")
        let quantization = try quantization(fields)
        if !fields.has(.servingPrecision) {
            assumptions.append(Assumption("precision", "bf16", source: "weights as trained (16-bit)"))
        }
        let efficiency = try efficiencyFactors(fields, assumptions: &assumptions)
        let price: USDPerSecond
        var priceKnown = true
        if let p = try fields.quantity(.pricePerHour, Dimensions.MoneyRate.self) {
            price = p
        } else if let p = accelerator.cloudPrice {
            price = p
            assumptions.append(
                Assumption(
                    "price_per_hour", price.formatted,
                    source: "catalog entry '\(accelerator.id)': \(accelerator.source)"))
        } else {
            // Missing data is said, not filled: costs are reported as unknown (a ratio of two costs stays right).
            price = .dollarsPerHour(1)
            priceKnown = false
            notes.append(
                "No published rental price for \(accelerator.name): costs are not computed "
                    + "(give --price-per-hour).")
        }
        let utilization = try fields.number(.utilization) ?? 1
        if !fields.has(.utilization) {
            assumptions.append(
                Assumption(
                    "utilization", "1",
                    source: "assumption: accelerators fully busy (cost per token at full load)"))
        }
        var offload: Offload? = nil
        if let tier = try fields.choice(.offload, Storage.self) {
            let link = try fields.choice(.link, Link.self) ?? .pcie4
            offload = Offload(
                tier: try OffloadTier.named(tier.rawValue), link: try HostLink.named(link.rawValue),
                pipelined: !(try fields.flag(.noPipeline) ?? false))
            if !fields.has(.link) { assumptions.append(Assumption("link", "pcie4", source: HostLink.pcie4.source)) }
        }
        return Common(
            model: model, accelerator: accelerator, quantization: quantization, efficiency: efficiency,
            price: price, priceKnown: priceKnown, utilization: utilization, offload: offload)
    }

    /// A catalog model or a custom one of `params`, with any shape fields on top.
    static func servedModel(
        _ fields: InputFields, catalog: Catalog, assumptions: inout [Assumption],
        notes: inout [String]
    ) throws -> ModelSpec {
        var model: ModelSpec
        let params = try fields.quantity(.params, Dimensions.ParameterCount.self)
        if let fromConfig = try fields.modelFromConfig(assumptions: &assumptions, notes: &notes) {
            model = fromConfig
            if let p = params {
                model.totalParameters = p
                model.activeParameters = p
                model.name += " (params overridden)"
            }
        } else if let id = try fields.catalogID(.model) {
            model = try catalog.model(id)
            if let p = params {
                model.totalParameters = p
                model.activeParameters = p
                model.name += " (params overridden)"
            }
        } else if let p = params {
            model = ModelSpec(
                id: "custom", name: "custom model (\(p.formatted))", totalParameters: p,
                source: "user input", asOf: "-")
        } else {
            throw InputError(field: "model", value: "", allowed: "a catalog model ID or --params N")
        }
        try model.applyShapeOverrides(fields)
        if let e = try fields.integer(.experts) {
            let k = try fields.integer(.activeExperts) ?? min(model.activeExperts, max(1, e - 1))
            guard k >= 1, k < e || e == 1 else {
                throw InputError(
                    field: "active_experts", value: "\(k)",
                    allowed: "from 1 to \(max(1, e - 1)) (fewer than the \(e) experts)")
            }
            model.experts = e
            model.activeExperts = e == 1 ? 1 : k
            if var moe = model.moe {
                moe.routedExperts = e
                moe.expertsPerToken = model.activeExperts
                model.moe = moe
            }
        }
        let shape = ServingShape(model: model)
        if shape.isEstimated {
            assumptions.append(
                Assumption(
                    "layers",
                    "\(shape.layers) layers, hidden \(shape.hiddenSize), \(shape.heads) heads (estimated from the "
                        + "parameter count)",
                    source:
                        "N ≈ 12·L·d² (Kaplan et al. 2020) with GPT-3's d/L = 128; give "
                        + "--layers/--hidden/--heads/--kv-heads to override"
                ))
        }
        if model.isEstimate {
            notes.append("\(model.name) is an outside ESTIMATE, not the developer's figures: \(model.source)")
        }
        return model
    }
}

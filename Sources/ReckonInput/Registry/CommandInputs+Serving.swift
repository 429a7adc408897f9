import ReckonCore

extension CommandInputs {
    /// The model, hardware and serving fields `reckon infer` and `reckon deploy` share.
    static let servingModelUses: [FieldUse] = [
        FieldUse(.model, default: "gpt-3", common: true),
        FieldUse(.modelConfig),
        FieldUse(
            .params,
            help: "Total parameters, e.g. 70B (a custom model; shape estimated unless "
                + "--layers/--hidden/--heads)."),
        FieldUse(.activeParams),
        FieldUse(.layers),
        FieldUse(.hidden),
        FieldUse(.heads),
        FieldUse(.kvHeads),
        FieldUse(.gpu, default: "h100-sxm", common: true),
        FieldUse(.servingPrecision, default: "bf16", common: true),
        FieldUse(.kvPrecision, note: "the weight precision (FP8 under FP4 weights)"),
        FieldUse(.mathPrecision, note: "follows the weights"),
        FieldUse(.expertPrecision, note: "the weight precision"),
        FieldUse(.fp4Format, default: "nvfp4"),
        FieldUse(
            .experts, note: "the catalog's (1 for a custom model)",
            help: "Routed experts per MoE layer (a custom mixture of experts, with --active-params)."),
        FieldUse(
            .activeExperts, note: "the catalog's", help: "Routed experts per token.", requires: [.field("experts")]),
        FieldUse(.pricePerHour, note: "the catalog's; without one, costs are not computed"),
        FieldUse(.priceRange),
        FieldUse(.utilization, default: "1"),
        FieldUse(.offload),
        FieldUse(.link, default: "pcie4", requires: [.field("offload")]),
        FieldUse(.noPipeline, requires: [.field("offload")]),
        FieldUse(.computeEfficiency, default: shortest(EfficiencyFactors.serving.compute)),
        FieldUse(.memoryEfficiency, note: "0.725 for weights, 0.925 for the KV cache (fitted)"),
        FieldUse(.weightStreamingEfficiency, default: shortest(EfficiencyFactors.serving.weightStreaming)),
        FieldUse(.kvStreamingEfficiency, default: shortest(EfficiencyFactors.serving.kvStreaming)),
        FieldUse(.attentionEfficiency, default: EfficiencyFactors.serving.attentionCompute.map(shortest)),
        FieldUse(.expertEfficiency, default: EfficiencyFactors.serving.expertCompute.map(shortest)),
    ]

    /// `reckon infer`.
    public static let infer = CommandInputs(
        "infer",
        servingModelUses + [
            FieldUse(
                .gpus, note: "the minimum that fits", help: "Accelerators (with a search: the GPU budget).",
                common: true),
            FieldUse(.tp, note: "the smallest that fits", help: "Tensor-parallel degree (power of two)."),
            FieldUse(.ep, default: "1", help: "Expert-parallel degree (divides the experts plus any redundant ones)."),
            FieldUse(.dpAttention, default: "1"),
            FieldUse(.pp, default: "1", help: "Pipeline stages of a replica."),
            FieldUse(.redundantExperts, default: "0", requires: [.field("ep")]),
            FieldUse(.batch, note: "the largest that fits"),
            FieldUse(.concurrency, note: "max load"),
            FieldUse(.ttft, common: true),
            FieldUse(.tpot, common: true),
            FieldUse(.disaggregate),
            FieldUse(.inputTokens, default: "1000", common: true),
            FieldUse(.outputTokens, default: "250", common: true),
        ])

    /// `reckon deploy`.
    public static let deploy = CommandInputs(
        "deploy",
        [
            FieldUse(.deployPreset, default: "twitter-1pct-year", common: true),
            FieldUse(.outputTokensPerDay, common: true),
            FieldUse(
                .inputTokensPerDay, note: "in proportion to the request lengths",
                requires: [.field("output_tokens_per_day")]),
            FieldUse(.users),
            FieldUse(.requestsPerDay, default: "10", requires: [.field("users")]),
            FieldUse(.inputTokens, note: "the preset's, else 500"),
            FieldUse(.outputTokens, note: "the preset's, else 200"),
            FieldUse(.peakToAverage, note: "the preset's, else 1"),
            FieldUse(.latencyTarget),
            FieldUse(.ttftTarget),
            FieldUse(.period, note: "the preset's, else 1 year"),
            FieldUse(.trafficGrowth, default: "1"),
            FieldUse(.priceDecline, default: "0"),
        ] + deployServingUses + [
            FieldUse(.trainingTokens, note: "the catalog's, else 20 per parameter"),
            FieldUse(.trainingGpus, default: "1024"),
            FieldUse(.mfu, default: "0.40", help: "MFU of the comparison training run."),
            FieldUse(.pue, default: "1.1"),
            FieldUse(.powerFraction, default: "1"),
            FieldUse(
                .instanceWordsPerDay, default: "1.5e8",
                help: "Cottier's method: words one model instance generates per day (his 150 million)."),
            FieldUse(.instanceGpus, default: "8"),
            FieldUse(.developmentGpuHours, note: "the model's published training GPU-hours, else Reckon's estimate"),
        ])

    /// The serving fields of `reckon deploy`: those of `infer`, but the model and accelerator default to the preset's.
    static let deployServingUses: [FieldUse] = servingModelUses.map { use in
        switch use.key {
        case "model":
            return FieldUse(.model, note: "the preset's (bloom-176b for Cottier's scenarios), else gpt-3", common: true)
        case "gpu":
            return FieldUse(.gpu, note: "the preset's (a100-80gb), else h100-sxm", common: true)
        case "precision":
            return FieldUse(.servingPrecision, note: "the preset's (int8 for chatgpt-2023), else bf16", common: true)
        case "price_per_hour":
            return FieldUse(.pricePerHour, note: "the preset's, else the catalog's, else the paper's $2.5")
        default:
            return use
        }
    }
}

import ReckonCatalog
import ReckonCore

extension CommandInputs {
    /// `reckon choose`.
    public static let choose = CommandInputs(
        "choose",
        [
            FieldUse(
                .model, default: "llama-3.1-405b", help: "Model ID from the catalog (one with a published shape).",
                common: true),
            FieldUse(.modelConfig),
            FieldUse(
                .params,
                help: "Total parameters, with the shape (--layers --hidden --heads --vocab) for a model "
                    + "not in the catalog."),
            FieldUse(.activeParams),
            FieldUse(.tokens, note: "the model's, else 20 per parameter", common: true),
            FieldUse(.tokensPerParam),
            FieldUse(.layers, help: "Layers (overrides the catalog, or gives a custom model its shape)."),
            FieldUse(.hidden),
            FieldUse(.heads),
            FieldUse(.kvHeads, note: "the model's, else --heads"),
            FieldUse(.ffn, note: "the model's, else 4 × hidden"),
            FieldUse(.vocab),
            FieldUse(.seqLen, note: "the model's context length"),
            FieldUse(.deadline, note: "none (the cheapest configuration overall)", common: true),
            FieldUse(.budget, note: "none (the fastest configuration overall)", common: true),
            FieldUse(.gpuChoice, default: "all", common: true),
            FieldUse(.gpuRange, default: "256..65536", common: true),
            FieldUse(.priceBasis, default: "rent", common: true),
            FieldUse(.framework, default: FrameworkProfiles.default.id, common: true),
            FieldUse(
                .precision, default: "bf16", help: "Training precision, whose peak the MFU is counted against.",
                choices: ["bf16", "fp16", "fp8"]),
            FieldUse(.amortizationYears, default: "4"),
            FieldUse(.pue, default: "1.1"),
            FieldUse(.electricityPrice, default: "0.08"),
            FieldUse(.gridIntensity, default: "0.429"),
            FieldUse(.powerFraction, default: "1"),
            FieldUse(
                .failures, default: FailurePreset.defaultPreset().rawValue,
                help: "Failure preset: llama3-observed, rsc-a100-observed or paper-2024 (the paper's Table 3 "
                    + "system)."),
            FieldUse(.optimizer, default: "adam"),
            FieldUse(.stragglerSlowdown, default: "0"),
            FieldUse(
                .noFailures,
                help: "Do not count failures, checkpoints and restarts (by default: the llama3-observed "
                    + "baseline with model-state checkpoints at each cluster size, as `reckon train`)."),
            FieldUse(
                .samples,
                note: "none: each frontier point's p5–p95 from the plan model's residuals alone; 10000 "
                    + "when an input is a distribution",
                help: "Monte Carlo samples per frontier point (the plan model's residual error and any uncertain "
                    + "input)."),
            FieldUse(.seed, default: "1"),
        ])
}

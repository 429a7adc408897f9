import ReckonCatalog
import ReckonCore

extension CommandInputs {
    /// `reckon train`.
    public static let train = CommandInputs(
        "train",
        [
            FieldUse(.model, default: "gpt-3", common: true),
            FieldUse(.modelConfig),
            FieldUse(.params),
            FieldUse(.activeParams),
            FieldUse(.tokens, note: "the model's, else 20 per parameter", common: true),
            FieldUse(.tokensPerParam),
            FieldUse(.computeBudget),
            FieldUse(.fit, default: "hoffmann-2022", requires: [.field("compute_budget")]),
            FieldUse(.rule, default: "6nd"),
            FieldUse(
                .partitions, note: "the model's experts, else 1",
                help: "Partitions K for --rule 120p2.", requires: [.value("rule", ["120p2"])]),
            FieldUse(.attention),
            FieldUse(.layers, help: "Layers (for the attention term and the plan model)."),
            FieldUse(.hidden),
            FieldUse(.heads),
            FieldUse(.seqLen),
            FieldUse(.experts, note: "the model's"),
            FieldUse(.activeExperts, note: "the model's"),
        ] + expertShapeUses + [
            FieldUse(.gpu, default: "h100-sxm", common: true),
            FieldUse(.gpus, default: "1024", common: true),
            FieldUse(
                .mfu,
                note: "predicted by the parallel-plan model (`reckon plan`) when the model has a shape, else 0.40",
                common: true),
            FieldUse(.precision, default: "bf16", common: true),
            FieldUse(
                .framework, default: FrameworkProfiles.default.id,
                help: "Training framework of the plan model that predicts the MFU when --mfu is not given."),
            FieldUse(.pricePerHour, note: "the catalog's; without one, rental cost is not computed", common: true),
            FieldUse(.priceRange),
            FieldUse(.purchasePrice, note: "the catalog's, where published"),
            FieldUse(.amortizationYears, default: "4"),
            FieldUse(.pue, default: "1.1"),
            FieldUse(.electricityPrice, default: "0.08"),
            FieldUse(.gridIntensity, default: "0.429"),
            FieldUse(.powerFraction, default: "1"),
            FieldUse(
                .failures, default: FailurePreset.defaultPreset().rawValue,
                help: "Failure preset: llama3-observed, rsc-a100-observed or paper-2024 (the paper's Table 3 system)."),
            FieldUse(.optimizer, default: "adam"),
            FieldUse(.stragglerSlowdown, default: "0"),
            FieldUse(
                .noFailures,
                help: "Do not count failures, checkpoints and restarts (by default: the llama3-observed "
                    + "baseline with model-state checkpoints at this GPU count, as in `reckon scale`)."),
        ])

    /// `reckon scale`.
    public static let scale = CommandInputs(
        "scale",
        [
            FieldUse(
                .model, note: "a 1.8T-parameter model (GPT-4 class, the paper's Fig. 7)",
                help: "Model ID from the catalog; its total parameters are used.", common: true),
            FieldUse(.params, default: "1.8T", help: "Total parameters, e.g. 1.8T (overrides --model).", common: true),
            FieldUse(
                .partitions, default: "8", help: "Sparsely activated partitions K of the MoE curves.",
                bounds: .integers(2...1_000_000)),
            FieldUse(.moeFlopOnly),
            FieldUse(.gpuCounts, default: "1k...100k", common: true),
            FieldUse(.points, default: "13", common: true),
            FieldUse(.failures, default: FailurePreset.defaultPreset().rawValue, common: true),
            FieldUse(.interval, default: "daly"),
            FieldUse(.amdahl, default: "dp100"),
            FieldUse(.gpuMtbfHours, default: table3("gpu_mtbf_hours"), requires: [.value("failures", ["paper-2024"])]),
            FieldUse(.cpuMtbfHours, default: table3("cpu_mtbf_hours"), requires: [.value("failures", ["paper-2024"])]),
            FieldUse(.gpusPerCpu, default: table3("gpus_per_cpu"), requires: [.value("failures", ["paper-2024"])]),
            FieldUse(.gpuMemory, default: table3("gpu_memory")),
            FieldUse(
                .sustainedTflops, default: table3("sustained_tflops"),
                help: "Sustained FLOP/s per GPU (Table 3: TF32 on A100); "
                    + "or from --gpu and --mfu."),
            FieldUse(
                .gpu,
                help: "Accelerator ID: sustained FLOP/s = its BF16 peak × MFU, and its memory is what gets "
                    + "checkpointed."),
            FieldUse(
                .mfu, note: "predicted by the plan model for --model (a catalog model with a shape) at 16,384 GPUs",
                help: "MFU with --gpu.", requires: [.field("gpu")]),
            FieldUse(.tokenScaling, default: table3("token_scaling")),
            FieldUse(.tokensPerParam, default: table3("tokens_per_param")),
            FieldUse(.flopPerToken, default: table3("flop_per_token")),
            FieldUse(.sequentialFraction, default: table3("sequential_fraction")),
            FieldUse(.tolerate, default: table3("tolerate")),
            FieldUse(.repairHours, default: table3("repair_hours")),
            FieldUse(
                .restartHours,
                note: "detection + rescheduling + checkpoint load + warm-up (~10 min) for observed presets; "
                    + "the repair time, " + table3("restart_hours") + " h, with paper-2024"),
            FieldUse(
                .checkpointBandwidth,
                note: "2TB/s for observed presets (Llama 3's Tectonic), "
                    + table3("checkpoint_bandwidth") + " with paper-2024"),
            FieldUse(.checkpointFraction, default: table3("checkpoint_fraction")),
            FieldUse(
                .optimizedCheckpointBandwidth,
                note: "the baseline's for observed presets, "
                    + table3("optimized_checkpoint_bandwidth") + " with paper-2024"),
            FieldUse(
                .optimizedCheckpointFraction,
                note: "1 for observed presets, " + table3("optimized_checkpoint_fraction")
                    + " with paper-2024"),
            FieldUse(.checkpointBasis, default: "model-state"),
            FieldUse(.checkpointBytesPerParam, default: "14", requires: [.value("checkpoint_basis", ["model-state"])]),
            FieldUse(.checkpointBlockingFraction, default: "1"),
            FieldUse(.nodeStorageBandwidth, default: "50GB/s", requires: observedOnly),
            FieldUse(.checkpointStrategy, default: "synchronous"),
            FieldUse(.optimizedCheckpointStrategy, note: "in-memory for observed presets, synchronous with paper-2024"),
            FieldUse(.checkpointReplicas, default: "1"),
            FieldUse(.snapshotBandwidth, default: "63GB/s"),
            FieldUse(.hotSpares, default: "optimized", requires: observedOnly),
            FieldUse(.hangShare, note: "7/419 ≈ 0.0167, Llama 3's NCCL watchdog timeouts", requires: observedOnly),
            FieldUse(.hangTimeoutMinutes, default: "10", requires: observedOnly),
            FieldUse(
                .rescheduleMinutes, note: "7.33 (440 s, fitted to RSC's 5–20 min restarts)", requires: observedOnly),
            FieldUse(.warmupMinutes, default: "2.5", requires: observedOnly),
            FieldUse(.stragglerSlowdown, default: "0"),
            FieldUse(.pricePerGpuHour, default: table3("price_per_gpu_hour")),
        ])

    /// Fields of the observed system only (the paper-2024 preset has Table 3's fixed restart and no node link).
    static let observedOnly: [Requirement] = [.value("failures", ["llama3-observed", "rsc-a100-observed"])]

    /// A Table 3 value as `reckon scale` shows it (``Table3Parameters/paper2024``).
    static func table3(_ key: String) -> String { ScaleRequest.describe(key, .paper2024) }

    /// `reckon plan`.
    public static let plan = CommandInputs(
        "plan", takesDistributions: false,
        [
            FieldUse(
                .model, note: "none: give a catalog model or a shape with --layers --hidden --heads --vocab",
                common: true),
            FieldUse(.modelConfig),
            FieldUse(.layers, help: "Layers (overrides the catalog, or gives a shape-only model)."),
            FieldUse(.hidden),
            FieldUse(.heads),
            FieldUse(.kvHeads, note: "--heads"),
            FieldUse(.ffn, note: "4 × hidden"),
            FieldUse(.ffnMatrices),
            FieldUse(.vocab),
            FieldUse(.seqLen, note: "the model's context length"),
            FieldUse(.experts),
            FieldUse(.activeExperts),
        ] + expertShapeUses + [
            FieldUse(.gpu, default: "a100-80gb", common: true),
            FieldUse(.gpus, common: true),
            FieldUse(.globalBatch, note: "4M tokens rounded up to a multiple of --gpus", common: true),
            FieldUse(.top, default: "5"),
            FieldUse(.tp, help: "Fix tensor-parallel ways."),
            FieldUse(.cp, help: "Fix context-parallel ways (ring attention; 2·CP must divide --seq-len)."),
            FieldUse(.pp, help: "Fix pipeline stages."),
            FieldUse(.interleave, help: "Fix interleaved model chunks per stage."),
            FieldUse(.ep, help: "Fix expert-parallel ways."),
            FieldUse(.microbatch, help: "Fix the micro-batch size in sequences."),
            FieldUse(.recompute, help: "Fix activation recomputation: none, selective or full."),
            FieldUse(.zero, help: "Fix the ZeRO stage, 0–3."),
            FieldUse(.sequenceParallel, help: "Fix sequence parallelism: true or false."),
            FieldUse(
                .precision, default: "bf16", help: "Training precision: bf16 or fp8.",
                choices: ["bf16", "fp16", "fp8"],
                common: true),
            FieldUse(.framework, default: FrameworkProfiles.default.id, common: true),
            FieldUse(
                .recomputeLayers, note: "the fewest that fit where the framework recomputes layer by layer, else all",
                requires: [.value("recompute", ["full"])]),
            FieldUse(.dpOverlap, note: "the framework's (1 for megatron-core, 0 for megatron-lm-2021)"),
            FieldUse(.tpOverlap, note: "the framework's (1 for megatron-core, 0 for torchtitan without async TP)"),
            FieldUse(.paramGatherOverlap, note: "the framework's (1 for megatron-core and fsdp)"),
            FieldUse(.ppOverlap, note: "the framework's (1 for megatron-core, 0 for torchtitan)"),
            FieldUse(
                .a2aOverlap,
                note: "the framework's (1 for megatron-core and hai-llm, 0 where it has no overlapped "
                    + "all-to-all schedule)"),
            FieldUse(
                .fusedAttention,
                note: "the framework's kernel (fused except for megatron-lm-2021 and megatron-deepspeed)"),
            FieldUse(.etp, help: "Fix expert tensor-parallel ways (a divisor of TP and of the expert FFN size)."),
            FieldUse(.expertOverlap, note: "searched where the framework has an overlapped all-to-all schedule"),
            FieldUse(.expertImbalance, default: "1"),
            FieldUse(
                .fp8Recipe,
                note: "the framework's (tensorwise for megatron-core and torchtitan, blockwise for "
                    + "hai-llm)", requires: [.value("precision", ["fp8"])]),
            FieldUse(
                .fp8ParamGather, note: "the framework's (false for megatron-core)",
                requires: [.value("precision", ["fp8"])]),
        ])

    /// The mixture-of-experts and latent-attention shape fields `plan` and `train` take.
    static let expertShapeUses: [FieldUse] = [
        FieldUse(.sharedExperts, note: "the model's, else 0"),
        FieldUse(.sharedExpertFFN, note: "the routed expert's"),
        FieldUse(.denseLayers, note: "the model's, else 0"),
        FieldUse(.denseFFN, note: "the model's dense FFN size"),
        FieldUse(.moeLayerStride, note: "the model's, else 1"),
        FieldUse(.capacityFactor, note: "the model's, else dropless"),
        FieldUse(.nodeLimit, note: "the model's, else unrestricted"),
        FieldUse(.headDim, note: "hidden / heads"),
        FieldUse(.qRank, note: "the model's latent attention"),
        FieldUse(.kvRank, note: "the model's latent attention"),
        FieldUse(.ropeDim, note: "the model's latent attention"),
        FieldUse(.nopeDim, note: "the model's latent attention"),
        FieldUse(.vHeadDim, note: "the model's latent attention"),
        FieldUse(.mtp, note: "the model's, else 0"),
    ]

    /// `reckon validate`.
    public static let validate = CommandInputs(
        "validate", takesDistributions: false,
        [
            FieldUse(
                .framework, note: "every framework",
                help: "Only the development rows run by this framework profile ("
                    + FrameworkProfiles.all.map(\.id).joined(separator: ", ") + ").")
        ])
}

import ReckonCore

/// `reckon scale`: Table 3 of the paper, failures and checkpoints, every constant a field.
extension Field {
    public static let points = Field(
        "points", "Points", .integer(unit: nil), bounds: .integers(2...1_000_000), group: .hardware,
        help: "Log-spaced points of a --gpus range.")
    public static let failures = Field(
        "failures", "Failure model", .choice(FailureModel.presetNames), group: .failures,
        help:
            "Failure preset: llama3-observed (419 interruptions / 54 days / 16,384 H100), rsc-a100-observed (Meta RSC "
            + "A100 clusters, 7.9 h MTTF at 1,024 GPUs) or paper-2024 (Table 3; with --checkpoint-basis gpu-memory: "
            + "Fig. 7)."
    )
    public static let interval = Field(
        "interval", "Checkpoint interval", .choice(CheckpointInterval.allCases.map(\.rawValue)), group: .failures,
        help: "Checkpoint interval rule: daly or young.")
    public static let amdahl = Field(
        "amdahl", "Amdahl reading", .choice(AmdahlReading.allCases.map(\.rawValue)), group: .failures,
        help: "Amdahl reading of the 1% sequential fraction: none, dp100, dpmem.")
    public static let gpuMtbfHours = Field(
        "gpu_mtbf_hours", "GPU MTBF", .number(unit: "h"), bounds: SpecBounds.mtbfHours, distribution: true,
        group: .failures, help: "GPU mean time between failures in hours.")
    public static let cpuMtbfHours = Field(
        "cpu_mtbf_hours", "CPU MTBF", .number(unit: "h"), bounds: SpecBounds.mtbfHours, distribution: true,
        group: .failures, help: "CPU mean time between failures in hours.")
    public static let gpusPerCpu = Field(
        "gpus_per_cpu", "GPUs per CPU", .number(unit: nil), bounds: .positive(max: 1e6), distribution: true,
        group: .failures, help: "GPUs per CPU, for counting CPUs.")
    public static let gpuMemory = Field(
        "gpu_memory", "GPU memory", .quantity(.bytes), bounds: SpecBounds.memoryGB, distribution: true,
        group: .failures, help: "GPU memory, checkpointed per GPU in the paper's reading.")
    public static let sustainedTflops = Field(
        "sustained_tflops", "Sustained FLOP/s", .quantity(.flopRate), bounds: SpecBounds.peakTFLOPS,
        distribution: true, group: .hardware, help: "Sustained FLOP/s per GPU.")
    public static let tokenScaling = Field(
        "token_scaling", "Token scaling", .number(unit: nil), bounds: .closed(1, 3), distribution: true,
        group: .tokens, help: "Exponent s of parameters in C = 6·20·P^s (2 in theory).")
    public static let flopPerToken = Field(
        "flop_per_token", "FLOP per parameter-token", .number(unit: "FLOP"), bounds: .positive(max: 1e6),
        distribution: true, group: .tokens, help: "Training FLOP per parameter per token.")
    public static let sequentialFraction = Field(
        "sequential_fraction", "Sequential fraction", .number(unit: nil), bounds: .fractionBelowOne,
        distribution: true, group: .failures, help: "Sequential fraction of the computation, in [0, 1).")
    public static let tolerate = Field(
        "tolerate", "Tolerated groups", .syntax(.kOfN), group: .failures,
        help: "Tolerated failed data-parallel groups, K/N.")
    public static let repairHours = Field(
        "repair_hours", "Repair time", .number(unit: "h"), bounds: .positive(max: 1e12), distribution: true,
        group: .failures, help: "Hours to repair one failed group.")
    public static let restartHours = Field(
        "restart_hours", "Restart time", .number(unit: "h"), bounds: .nonNegative(max: 1e12), distribution: true,
        group: .failures, help: "Hours lost per job restart.")
    public static let checkpointBandwidth = Field(
        "checkpoint_bandwidth", "Checkpoint bandwidth", .quantity(.bandwidth), bounds: SpecBounds.bandwidthGBps,
        distribution: true, group: .failures, help: "Baseline checkpoint write bandwidth.")
    public static let checkpointFraction = Field(
        "checkpoint_fraction", "Checkpoint fraction", .number(unit: nil), bounds: .fraction, distribution: true,
        group: .failures, help: "Fraction of GPU memory the baseline checkpoints, in (0, 1].")
    public static let optimizedCheckpointBandwidth = Field(
        "optimized_checkpoint_bandwidth", "Checkpoint bandwidth (optimized)", .quantity(.bandwidth),
        bounds: SpecBounds.bandwidthGBps, distribution: true, group: .failures,
        help: "Optimized checkpoint write bandwidth.")
    public static let optimizedCheckpointFraction = Field(
        "optimized_checkpoint_fraction", "Checkpoint fraction (optimized)", .number(unit: nil), bounds: .fraction,
        distribution: true, group: .failures, help: "Fraction of GPU memory the optimized system checkpoints.")
    public static let checkpointBasis = Field(
        "checkpoint_basis", "Checkpoint basis", .choice(ScaleRequest.Basis.allCases.map(\.rawValue)),
        group: .failures,
        help: "What a checkpoint holds: model-state (weights + optimizer state) or gpu-memory "
            + "(all of every GPU's memory, the paper's reading).")
    public static let checkpointBytesPerParam = Field(
        "checkpoint_bytes_per_param", "Checkpoint bytes per parameter", .number(unit: "B"),
        bounds: .positive(max: 1000), distribution: true, group: .failures,
        help: "Bytes per parameter with --checkpoint-basis model-state.")
    public static let checkpointBlockingFraction = Field(
        "checkpoint_blocking_fraction", "Blocking fraction", .number(unit: nil), bounds: .fraction,
        distribution: true, group: .failures,
        help: "Fraction of a checkpoint write that blocks training (asynchronous writes < 1).")
    public static let pricePerGpuHour = Field(
        "price_per_gpu_hour", "Price per GPU-hour", .quantity(.dollarsPerHour), bounds: .nonNegative(max: 1e6),
        distribution: true, group: .economics, help: "Price per GPU-hour in USD.")

    // Issue 21: the observed system's parts, each a field.
    public static let nodeStorageBandwidth = Field(
        "node_storage_bandwidth", "Storage link per node", .quantity(.bandwidth), bounds: SpecBounds.bandwidthGBps,
        distribution: true, group: .failures,
        help: "Storage link of one node; checkpoints are written at min(link × nodes, --checkpoint-bandwidth).")
    public static let checkpointStrategy = Field(
        "checkpoint_strategy", "Checkpoint strategy", .choice(ScaleRequest.Strategy.allCases.map(\.rawValue)),
        group: .failures,
        help:
            "How the baseline checkpoints: synchronous (training waits for the write), asynchronous (snapshot to host "
            + "memory, persist in the background) or in-memory (snapshot kept in peer nodes' memory).")
    public static let optimizedCheckpointStrategy = Field(
        "optimized_checkpoint_strategy", "Checkpoint strategy (optimized)",
        .choice(ScaleRequest.Strategy.allCases.map(\.rawValue)), group: .failures,
        help: "How the optimized system checkpoints: synchronous, asynchronous or in-memory.")
    public static let checkpointReplicas = Field(
        "checkpoint_replicas", "In-memory replicas", .integer(unit: nil), bounds: .integers(1...16), group: .failures,
        help: "Peer nodes holding each node's in-memory checkpoint.")
    public static let snapshotBandwidth = Field(
        "snapshot_bandwidth", "Snapshot bandwidth per GPU", .quantity(.bandwidth), bounds: SpecBounds.bandwidthGBps,
        distribution: true, group: .failures,
        help: "Device-to-host copy bandwidth per GPU for asynchronous and in-memory checkpoints.")
    public static let hotSpares = Field(
        "hot_spares", "Hot spares", .choice(ScaleRequest.Spares.allCases.map(\.rawValue)), group: .failures,
        help: "Which systems keep booted spare nodes (no wait for a replacement; the spares are paid for): none, "
            + "optimized or both.")
    public static let hangShare = Field(
        "hang_share", "Share of hangs", .number(unit: nil), bounds: .closedFraction, distribution: true,
        group: .failures,
        help: "Share of interruptions that are hangs, found only when the collective watchdog fires.")
    public static let hangTimeoutMinutes = Field(
        "hang_timeout_minutes", "Watchdog timeout", .number(unit: "min"), bounds: .nonNegative(max: 1e6),
        distribution: true, group: .failures, help: "Collective-communication watchdog timeout in minutes.")
    public static let rescheduleMinutes = Field(
        "reschedule_minutes", "Rescheduling", .number(unit: "min"), bounds: .nonNegative(max: 1e6), distribution: true,
        group: .failures, help: "Minutes to drain a failed node and get a replacement (skipped with hot spares).")
    public static let warmupMinutes = Field(
        "warmup_minutes", "Warm-up", .number(unit: "min"), bounds: .nonNegative(max: 1e6), distribution: true,
        group: .failures, help: "Minutes from relaunch to training again (launch, communicators, first steps).")
    public static let stragglerSlowdown = Field(
        "straggler_slowdown", "Straggler slowdown", .number(unit: nil), bounds: .nonNegative(max: 10),
        distribution: true,
        group: .failures, help: "Slowdown from stragglers as a fraction of the compute time (FALCON measured 0.34).")
    public static let optimizer = Field(
        "optimizer", "Optimizer", .choice(Optimizer.allCases.map(\.rawValue)), group: .failures,
        help: "Optimizer whose state a model-state checkpoint holds: adam (8 B/parameter), sgd-momentum (4) or sgd (0)."
    )
}

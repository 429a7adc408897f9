import ReckonUnits

/// What `train`, `scale` and `roadmap` assume about failures when the user says nothing, and the one place that
/// decides it: observed failure rates (``FailurePreset/defaultPreset(reproducingFigure7:)``), model-state checkpoints
/// (``TimeToTrain/CheckpointBasis/defaultBasis(reproducingFigure7:)``), and the system each preset comes with.
///
/// - `paper-2024` (or hand-set MTBFs): Table 3's system — checkpoints at 500 GB/s (optimized 2 TB/s, half the memory),
///   `restart_hours` = 2 h; ``ResilienceVariant/baseline(_:)`` and ``ResilienceVariant/optimized(_:)``.
/// - `llama3-observed`, `rsc-a100-observed`: observed practice — ``CheckpointStorage/llama3Class``,
///   ``RestartParts/observed``; ``ResilienceVariant/observedBaseline(_:restart:)`` and
///   ``ResilienceVariant/observedOptimized(_:storage:restart:)``.
///
/// Reproducing the paper's Fig. 7 takes `paper-2024` with the `gpu-memory` basis.
public enum ReliabilityDefaults {
    /// Values a caller (CLI flag, scenario key) sets on top of a preset's system; `nil` keeps the preset's value.
    public struct Overrides: Sendable, Hashable {
        /// File-system throughput of the baseline (`checkpoint_bandwidth`).
        public var fileSystem: BytesPerSecond?
        /// File-system throughput of the optimized system (`optimized_checkpoint_bandwidth`).
        public var optimizedFileSystem: BytesPerSecond?
        /// Checkpoint fractions (`checkpoint_fraction`, `optimized_checkpoint_fraction`).
        public var checkpointFraction: Double?
        public var optimizedCheckpointFraction: Double?
        /// A fixed restart time for both systems (`restart_hours`).
        public var restart: Seconds?
        /// Per-node storage link (`node_storage_bandwidth`).
        public var nodeLink: BytesPerSecond?
        /// Checkpoint strategy of each system (`checkpoint_strategy`, `optimized_checkpoint_strategy`).
        public var strategy: CheckpointStrategy?
        public var optimizedStrategy: CheckpointStrategy?
        /// Hot spares in the baseline / optimized system (`hot_spares`).
        public var hotSpares: Bool?
        public var optimizedHotSpares: Bool?
        /// Restart parts (detection, rescheduling, warm-up) of both systems; hot spares stay per system.
        public var restartParts: RestartParts?

        public init(
            fileSystem: BytesPerSecond? = nil, optimizedFileSystem: BytesPerSecond? = nil,
            checkpointFraction: Double? = nil, optimizedCheckpointFraction: Double? = nil,
            restart: Seconds? = nil, nodeLink: BytesPerSecond? = nil, strategy: CheckpointStrategy? = nil,
            optimizedStrategy: CheckpointStrategy? = nil, hotSpares: Bool? = nil, optimizedHotSpares: Bool? = nil,
            restartParts: RestartParts? = nil
        ) {
            self.fileSystem = fileSystem
            self.optimizedFileSystem = optimizedFileSystem
            self.checkpointFraction = checkpointFraction
            self.optimizedCheckpointFraction = optimizedCheckpointFraction
            self.restart = restart
            self.nodeLink = nodeLink
            self.strategy = strategy
            self.optimizedStrategy = optimizedStrategy
            self.hotSpares = hotSpares
            self.optimizedHotSpares = optimizedHotSpares
            self.restartParts = restartParts
        }
    }

    /// Whether `preset` is evaluated on the paper's Table 3 system (rather than observed practice).
    public static func usesPaperSystem(_ preset: FailurePreset) -> Bool { preset == .paper2024 || preset == .custom }

    /// The baseline system for `preset`, with `overrides` applied.
    public static func baseline(
        for preset: FailurePreset, table3 t: Table3Parameters = .paper2024,
        overrides o: Overrides = Overrides()
    ) throws -> ResilienceVariant {
        var v = usesPaperSystem(preset) ? try ResilienceVariant.baseline(t) : try ResilienceVariant.observedBaseline()
        try apply(
            o, fileSystem: o.fileSystem, fraction: o.checkpointFraction, strategy: o.strategy, spares: o.hotSpares,
            to: &v)
        return v
    }

    /// The optimized ("supercomputing technology") system for `preset`, with `overrides` applied.
    public static func optimized(
        for preset: FailurePreset, table3 t: Table3Parameters = .paper2024,
        overrides o: Overrides = Overrides()
    ) throws -> ResilienceVariant {
        var v =
            usesPaperSystem(preset) ? try ResilienceVariant.optimized(t) : try ResilienceVariant.observedOptimized(t)
        try apply(
            o, fileSystem: o.optimizedFileSystem, fraction: o.optimizedCheckpointFraction,
            strategy: o.optimizedStrategy, spares: o.optimizedHotSpares, to: &v)
        return v
    }

    static func apply(
        _ o: Overrides, fileSystem: BytesPerSecond?, fraction: Double?, strategy: CheckpointStrategy?,
        spares: Bool?, to v: inout ResilienceVariant
    ) throws {
        if let fileSystem {
            try Check.positive(fileSystem.value, "checkpoint_bandwidth")
            v.storage.fileSystem = fileSystem
        }
        if let link = o.nodeLink {
            try Check.positive(link.value, "node_storage_bandwidth")
            v.storage.nodeLink = link
        }
        if let fraction {
            try Check.fraction(fraction, "checkpoint_fraction")
            v.checkpointFraction = fraction
        }
        if let strategy {
            try strategy.validate()
            v.strategy = strategy
        }
        if let r = o.restart {
            try Check.nonNegative(r.value, "restart_hours")
            v.restart = .fixed(r)
        } else if case .parts(var parts) = v.restart {
            if let given = o.restartParts {
                let keep = parts.hotSpares
                parts = given
                parts.hotSpares = keep
            }
            if let spares { parts.hotSpares = spares }
            v.restart = .parts(parts)
        }
    }

    /// The time-to-train model for `preset` (its rates unless `failures` is given) and `basis` (the default basis
    /// unless given; `gpu-memory` only when reproducing Fig. 7).
    public static func model(
        preset: FailurePreset = .defaultPreset(), table3: Table3Parameters = .paper2024,
        failures: FailureModel? = nil, basis: TimeToTrain.CheckpointBasis? = nil,
        interval: CheckpointInterval = .daly, amdahl: AmdahlReading = .dp100,
        slowdowns: Slowdowns = .notStated
    ) throws -> TimeToTrain {
        let rates =
            failures ?? (preset == .paper2024 || preset == .custom ? FailureModel(table3: table3) : preset.failures)
        return try TimeToTrain(
            table3: table3, failures: rates, interval: interval, amdahl: amdahl,
            checkpointBasis: basis ?? .defaultBasis(), slowdowns: slowdowns)
    }

    /// The failure overhead `reckon train` applies: the default preset's baseline system for a model of `parameters`
    /// trained in `precision` with `optimizer` on `gpus` GPUs. The overhead factor `f` does not depend on the compute.
    /// Throws (naming `checkpoint_bandwidth`) when checkpoints cannot be secured within the MTTI, and (naming `gpus`)
    /// when restarts take longer than the MTTI.
    public static func training(
        parameters: Parameters, gpus: Int, precision: Precision = .bf16,
        optimizer: Optimizer = .adam, preset: FailurePreset = .defaultPreset(),
        slowdowns: Slowdowns = .notStated
    ) throws -> TimeToTrainResult {
        try Check.positive(parameters.value, "params", max: 1e16)
        let model = try model(
            preset: preset, basis: .modelState(CheckpointContents(precision: precision, optimizer: optimizer)),
            slowdowns: slowdowns)
        let variant = try baseline(for: preset)
        try model.checkFeasible(parameters: parameters, gpus: gpus, variant: variant)
        try model.checkRestartFits(parameters: parameters, gpus: gpus, variant: variant)
        return model.evaluate(compute: FLOP(1), parameters: parameters, gpus: gpus, variant: variant)
    }

    /// What the observed system assumes, as (field, value, source) — for assumption lists of `scale` and `train`.
    public static let observedAssumptions: [(key: String, value: String, source: String)] = [
        ("failures", FailurePreset.llama3Observed.rawValue, FailurePreset.defaultSource),
        (
            "checkpoint_basis", "model-state",
            "weights + fp32 master + Adam moments, 14 B/parameter for BF16 (ZeRO, "
                + "arXiv:1910.02054 Sec. 3.1); the paper's gpu-memory reading is 13-50x the real checkpoints of "
                + "175B-class runs"
        ),
        ("checkpoint_bandwidth", "2TB/s", "Llama 3 Tectonic sustained throughput (arXiv:2407.21783 Sec. 3.3.1)"),
        (
            "node_storage_bandwidth", "50GB/s",
            "2 x 200 GbE converged storage network per HGX node (NVIDIA HGX AI Factory "
                + "reference architecture); write bandwidth = min(link x nodes, file system)"
        ),
        (
            "hang_share", "7/419",
            "NCCL watchdog timeouts among Llama 3 405B's unexpected interruptions (arXiv:2407.21783 Table 5)"
        ),
        ("hang_timeout_minutes", "10", "PyTorch ProcessGroupNCCL default timeout (pytorch/pytorch PR #110947)"),
        (
            "reschedule_minutes", "7.33",
            "fitted once: RSC restart overhead u0 = 5-20 min (Kokolis et al. 2024, "
                + "arXiv:2410.21680), geometric midpoint 10 min minus warm-up and detection"
        ),
        (
            "warmup_minutes", "2.5",
            "FlashRecovery restores training on 4,800 devices in 150 s (arXiv:2509.03047, abstract)"
        ),
        (
            "optimized_checkpoint_strategy", "in-memory",
            "one peer replica: GEMINI (Wang et al., SOSP '23); Gemini's goodput rose from 85% "
                + "to 97% with in-memory redundant state (Gemini Team 2023, via "
                + "glennklockwood.com/garden/job-reliability)"
        ),
        (
            "snapshot_bandwidth", "63GB/s",
            "per GPU: 504 GB/s GPU-PCIe per 8-GPU HGX H200 node (MLCommons Inference v4.1 "
                + "system description)"
        ),
        (
            "hot_spares", "optimized",
            "spares = ceil(rho + 3 sqrt(rho)) nodes, rho = failures per repair time "
                + "(Table 3 TTR_h = 2 h), paid for the whole run"
        ),
        (
            "straggler_slowdown", "0",
            "not stated for this preset; FALCON's 1.34x (shared >10k-GPU cluster, arXiv:2410.12588) "
                + "would contradict Llama 3's >90% effective training time"
        ),
    ]

    /// ``observedAssumptions`` by field.
    public static var observedSources: [String: String] {
        Dictionary(uniqueKeysWithValues: observedAssumptions.map { ($0.key, $0.source) })
    }
}

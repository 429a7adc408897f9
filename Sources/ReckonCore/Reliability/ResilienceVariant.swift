import ReckonUnits

/// How a system copes with failures: where and how it checkpoints, how it restarts, and whether it rides out
/// failed data-parallel groups. The paper compares ``baseline(_:)`` and ``optimized(_:)``; the observed-practice
/// pair is ``observedBaseline(_:)`` and ``observedOptimized(_:)``.
public struct ResilienceVariant: Sendable, Hashable {
    /// Short name for tables and JSON: `baseline`, `optimized`, or the caller's.
    public var name: String
    /// File system and per-node storage link (``CheckpointStorage``).
    public var storage: CheckpointStorage
    /// Multiplier on the checkpoint size (1 = save all of it; the paper's optimized system saves 0.5).
    public var checkpointFraction: Double
    /// Fraction of a synchronous checkpoint write during which training is blocked (1 = all of it).
    public var blockingFraction: Double
    /// Synchronous, asynchronous or in-memory checkpoints (``CheckpointStrategy``).
    public var strategy: CheckpointStrategy
    /// K-of-N tolerance of failed data-parallel groups; `nil` = every failure interrupts the job.
    public var tolerance: KOfNTolerance?
    /// Time lost per interrupt; `nil` = Table 3's `restart_hours` (the paper's reading, ``TimeToTrain/table3``).
    public var restart: RestartModel?

    public init(
        name: String, checkpointBandwidth: BytesPerSecond, checkpointFraction: Double,
        blockingFraction: Double = 1, tolerance: KOfNTolerance?, nodeLink: BytesPerSecond? = nil,
        gpusPerNode: Double = 8, strategy: CheckpointStrategy = .synchronous,
        restart: RestartModel? = nil
    ) throws {
        try Check.fraction(checkpointFraction, "checkpoint_fraction")
        try Check.fraction(blockingFraction, "checkpoint_blocking_fraction")
        try strategy.validate()
        if case .fixed(let r) = restart { try Check.nonNegative(r.value, "restart_hours") }
        self.name = name
        self.storage = try CheckpointStorage(
            fileSystem: checkpointBandwidth, nodeLink: nodeLink, gpusPerNode: gpusPerNode)
        self.checkpointFraction = checkpointFraction
        self.blockingFraction = blockingFraction
        self.tolerance = tolerance
        self.strategy = strategy
        self.restart = restart
    }

    /// Aggregate file-system write bandwidth (``CheckpointStorage/fileSystem``).
    public var checkpointBandwidth: BytesPerSecond {
        get { storage.fileSystem }
        set { storage.fileSystem = newValue }
    }

    /// Today's system in the paper: checkpoints all GPU memory (`checkpointFraction` = 1) at `FS_base_bw` (500 GB/s),
    /// no failure tolerance, Table 3's restart time.
    /// Source: Faraboschi et al. 2024, Table 3.
    public static func baseline(_ p: Table3Parameters = .paper2024) throws -> ResilienceVariant {
        try ResilienceVariant(
            name: "baseline", checkpointBandwidth: p.checkpointBandwidth, checkpointFraction: p.checkpointFraction,
            tolerance: nil)
    }

    /// The paper's "optimized" (supercomputing) system: 2 TB/s checkpointing, half the checkpoint memory,
    /// and a runtime that tolerates 5 failed data-parallel groups out of 100 (each back after `TTR_h`).
    /// Source: Faraboschi et al. 2024, Sec. 3.1, and Table 3 (`FT_KN`, `TTR_h`).
    public static func optimized(_ p: Table3Parameters = .paper2024) throws -> ResilienceVariant {
        try ResilienceVariant(
            name: "optimized", checkpointBandwidth: p.optimizedCheckpointBandwidth,
            checkpointFraction: p.optimizedMemoryFraction,
            tolerance: KOfNTolerance(
                tolerated: p.toleratedGroups, groups: p.dataParallelGroups,
                timeToRepair: p.timeToRepair))
    }

    /// Observed practice: synchronous checkpoints of the whole state to a Llama-3-class file system through each
    /// node's storage link (``CheckpointStorage/llama3Class``), restarts in parts (``RestartParts/observed``,
    /// about 10 minutes), no tolerance.
    public static func observedBaseline(
        _ storage: CheckpointStorage = .llama3Class,
        restart: RestartParts = .observed
    ) throws -> ResilienceVariant {
        try ResilienceVariant(
            name: "baseline", checkpointBandwidth: storage.fileSystem, checkpointFraction: 1,
            tolerance: nil, nodeLink: storage.nodeLink, gpusPerNode: storage.gpusPerNode,
            restart: .parts(restart))
    }

    /// The same cluster with the techniques the paper calls supercomputing technology, as practised today:
    /// asynchronous snapshots kept in the host memory of one peer node (in-memory redundancy, restored from there),
    /// hot spares (no wait for a replacement node), and the paper's K-of-N runtime (Table 3 `FT_KN`, `TTR_h`).
    /// The checkpoint is not halved: model state cannot be.
    public static func observedOptimized(
        _ p: Table3Parameters = .paper2024, storage: CheckpointStorage = .llama3Class,
        restart: RestartParts = .observed
    ) throws -> ResilienceVariant {
        var spares = restart
        spares.hotSpares = true
        return try ResilienceVariant(
            name: "optimized", checkpointBandwidth: storage.fileSystem, checkpointFraction: 1,
            tolerance: KOfNTolerance(
                tolerated: p.toleratedGroups, groups: p.dataParallelGroups,
                timeToRepair: p.timeToRepair),
            nodeLink: storage.nodeLink, gpusPerNode: storage.gpusPerNode,
            strategy: .inMemory(replicas: 1, snapshotPerGPU: CheckpointStrategy.hgxSnapshotPerGPU),
            restart: .parts(spares))
    }
}

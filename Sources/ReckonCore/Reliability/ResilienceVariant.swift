import ReckonUnits

/// How a system copes with failures: how fast and how much it checkpoints, and whether it rides out
/// failed data-parallel groups. The paper compares two: ``baseline(_:)`` and ``optimized(_:)``.
public struct ResilienceVariant: Sendable, Hashable {
    /// Short name for tables and JSON: `baseline`, `optimized`, or the caller's.
    public var name: String
    /// Aggregate checkpoint write bandwidth.
    public var checkpointBandwidth: BytesPerSecond
    /// Multiplier on the checkpoint size (1 = save all of it; the paper's optimized system saves 0.5).
    public var checkpointFraction: Double
    /// Fraction of each checkpoint write during which training is blocked (1 = synchronous).
    public var blockingFraction: Double
    /// K-of-N tolerance of failed data-parallel groups; `nil` = every failure interrupts the job.
    public var tolerance: KOfNTolerance?

    public init(name: String, checkpointBandwidth: BytesPerSecond, checkpointFraction: Double,
                blockingFraction: Double = 1, tolerance: KOfNTolerance?) throws {
        try Check.positive(checkpointBandwidth.value, "checkpoint_bandwidth")
        try Check.fraction(checkpointFraction, "checkpoint_fraction")
        try Check.fraction(blockingFraction, "checkpoint_blocking_fraction")
        self.name = name; self.checkpointBandwidth = checkpointBandwidth; self.checkpointFraction = checkpointFraction
        self.blockingFraction = blockingFraction; self.tolerance = tolerance
    }

    /// Today's system in the paper: checkpoints all GPU memory (`checkpointFraction` = 1) at `FS_base_bw` (500 GB/s),
    /// no failure tolerance.
    /// Source: Faraboschi et al. 2024, Table 3.
    public static func baseline(_ p: Table3Parameters = .paper2024) throws -> ResilienceVariant {
        try ResilienceVariant(name: "baseline", checkpointBandwidth: p.checkpointBandwidth, checkpointFraction: p.checkpointFraction,
                              tolerance: nil)
    }

    /// The paper's "optimized" (supercomputing) system: 2 TB/s checkpointing, half the checkpoint memory,
    /// and a runtime that tolerates 5 failed data-parallel groups out of 100 (each back after `TTR_h`).
    /// Source: Faraboschi et al. 2024, Sec. 3.1, and Table 3 (`FT_KN`, `TTR_h`).
    public static func optimized(_ p: Table3Parameters = .paper2024) throws -> ResilienceVariant {
        try ResilienceVariant(name: "optimized", checkpointBandwidth: p.optimizedCheckpointBandwidth,
                              checkpointFraction: p.optimizedMemoryFraction,
                              tolerance: KOfNTolerance(tolerated: p.toleratedGroups, groups: p.dataParallelGroups,
                                                       timeToRepair: p.timeToRepair))
    }
}

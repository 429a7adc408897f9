import ReckonUnits

/// Where the wall clock of a training run goes: productive compute and what failures and slowdowns add.
///
/// ```
/// T_wall   = T_s + T_strag + T_ckpt + T_lost + T_restart + T_degraded
/// goodput  = T_s / T_wall
/// ```
/// - `T_s`: productive time, the compute the run needs with no failures or slowdowns, s
/// - `T_strag`: straggler slowdown (``Slowdowns``); `T_ckpt`: training blocked by checkpoints
/// - `T_lost`: work redone after interrupts (since the last safe checkpoint, including ``CheckpointTiming/exposure``)
/// - `T_restart`: detection, rescheduling, loading and warm-up (``RestartModel``)
/// - `T_degraded`: throughput lost while failed groups repair under K-of-N tolerance
///   (``KOfNTolerance/availability(rate:)``)
///
/// The parts come from ``DalyWallTime/shares(δ:τ:R:M:)``; they add up to the wall clock exactly.
public struct GoodputBreakdown: Sendable, Hashable {
    public var productive: Seconds
    public var stragglers: Seconds
    public var checkpointStalls: Seconds
    public var lostWork: Seconds
    public var restarts: Seconds
    public var degraded: Seconds

    public init(
        productive: Seconds, stragglers: Seconds, checkpointStalls: Seconds, lostWork: Seconds,
        restarts: Seconds, degraded: Seconds
    ) {
        self.productive = productive
        self.stragglers = stragglers
        self.checkpointStalls = checkpointStalls
        self.lostWork = lostWork
        self.restarts = restarts
        self.degraded = degraded
    }

    /// The sum of the parts, `T_wall`.
    public var wallClock: Seconds { productive + stragglers + checkpointStalls + lostWork + restarts + degraded }

    /// `T_s / T_wall`; 0 when the wall clock is infinite.
    public var goodput: Double {
        let wall = wallClock.value
        return wall.isFinite && wall > 0 ? productive.value / wall : 0
    }

    /// Each part as a fraction of the wall clock, in the order of the stored properties, with JSON/CSV names.
    public var fractions: [(name: String, fraction: Double)] {
        let wall = wallClock.value
        let parts: [(String, Seconds)] = [
            ("productive", productive), ("stragglers", stragglers),
            ("checkpoint_stalls", checkpointStalls), ("lost_work", lostWork),
            ("restarts", restarts), ("degraded", degraded),
        ]
        return parts.map { ($0.0, wall.isFinite && wall > 0 ? $0.1.value / wall : .nan) }
    }
}

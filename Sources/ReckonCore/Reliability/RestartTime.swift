import ReckonUnits

/// Time lost per job interrupt before training computes again.
///
/// ```
/// fixed:  R = R₀                                                    (the paper: TTR_h = 2 h)
/// parts:  R = D + Q + L + U
///         D = h · T_hang                                            detection
///         Q = 0 with hot spares, else T_resched                     waiting for a replacement node
///         L = checkpoint load time (``CheckpointTiming/load``)       from the file system or a peer's memory
///         U = warm-up (launch, communicator set-up, first steps)
/// ```
/// - `h`: share of interruptions that are hangs, found only when the collective watchdog fires after `T_hang`
///   (crashes are assumed to be noticed at once); `T_resched`: time to drain the failed node and get another, s
///
/// Hot spares are booted nodes kept in the allocation: they remove `Q` and cost their GPU-hours (see ``HotSpares``).
public enum RestartModel: Sendable, Hashable {
    case fixed(Seconds)
    case parts(RestartParts)

    /// `R` in seconds for a checkpoint that loads in `load` seconds.
    @inlinable
    public func time(load: Double) -> Double {
        switch self {
        case .fixed(let r): r.value
        case .parts(let p): p.total(load: load)
        }
    }

    /// Whether the wait for a replacement node is skipped (hot spares).
    public var usesHotSpares: Bool {
        if case .parts(let p) = self { return p.hotSpares }
        return false
    }
}

/// The parts of a restart (see ``RestartModel``), each with its source.
public struct RestartParts: Sendable, Hashable {
    /// `h`: share of interruptions that are hangs.
    public var hangShare: Double
    /// `T_hang`: collective-communication watchdog timeout.
    public var hangTimeout: Seconds
    /// `T_resched`: wait for a replacement node without hot spares.
    public var rescheduling: Seconds
    /// `U`: warm-up after the job is relaunched.
    public var warmUp: Seconds
    /// Hot spares in the allocation: `Q = 0`.
    public var hotSpares: Bool

    public init(
        hangShare: Double, hangTimeout: Seconds, rescheduling: Seconds, warmUp: Seconds,
        hotSpares: Bool
    ) throws {
        guard hangShare.isFinite, hangShare >= 0, hangShare <= 1 else {
            throw InputError(field: "hang_share", value: Check.shown(hangShare), allowed: "a number in [0, 1]")
        }
        try Check.nonNegative(hangTimeout.value, "hang_timeout_minutes")
        try Check.nonNegative(rescheduling.value, "reschedule_minutes")
        try Check.nonNegative(warmUp.value, "warmup_minutes")
        self.init(
            unchecked: hangShare, hangTimeout: hangTimeout, rescheduling: rescheduling, warmUp: warmUp,
            hotSpares: hotSpares)
    }

    init(unchecked hangShare: Double, hangTimeout: Seconds, rescheduling: Seconds, warmUp: Seconds, hotSpares: Bool) {
        self.hangShare = hangShare
        self.hangTimeout = hangTimeout
        self.rescheduling = rescheduling
        self.warmUp = warmUp
        self.hotSpares = hotSpares
    }

    /// `D = h · T_hang`, s.
    @inlinable
    public var detection: Double { hangShare * hangTimeout.value }

    /// `Q`, s.
    @inlinable
    public var wait: Double { hotSpares ? 0 : rescheduling.value }

    /// `R = D + Q + L + U`, s.
    @inlinable
    public func total(load: Double) -> Double { detection + wait + load + warmUp.value }

    /// Observed-practice restart: 10 s detection, 440 s rescheduling, the load, 150 s warm-up (≈ 10 min in all).
    ///
    /// ```
    /// h       = 7 / 419 = 1.7%      NCCL watchdog timeouts among Llama 3's interruptions (Table 5)
    /// T_hang  = 10 min              PyTorch's ProcessGroupNCCL default timeout (pytorch/pytorch#110947)
    /// U       = 150 s               FlashRecovery restores a 4,800-device job in 150 s (arXiv:2509.03047): the
    ///                               relaunch floor of a tuned system, used as the warm-up
    /// T_resched = 440 s             fitted once: RSC's restart overhead u₀ is 5–20 min (Kokolis et al. 2024,
    ///                               dev-2026 RSC-RESTART); its geometric midpoint 10 min − U − D = 440 s
    /// ```
    public static let observed = RestartParts(
        unchecked: Llama3Table5.watchdogHangShare, hangTimeout: .minutes(10),
        rescheduling: .seconds(440), warmUp: .seconds(150), hotSpares: false)
}

/// Spare nodes kept booted in the allocation so that a failed node is replaced without waiting.
///
/// ```
/// ρ  = λ(N) · T_repair                 nodes under repair at once, on average
/// s  = g · max(1, ⌈ρ + 3·√ρ⌉)          spare GPUs (enough for all but ~0.1% of the time, normal approximation)
/// cost × (N + s) / N                   spares are paid for the whole run
/// ```
/// - `λ`: job interruption rate, 1/s; `T_repair`: time to repair a node (Table 3 `TTR_h` = 2 h); `g`: GPUs per node
public enum HotSpares {
    /// `s`, spare GPUs for a job failing at `rate` (1/s) whose nodes take `repair` seconds to fix.
    @inlinable
    public static func spareGPUs(rate: Double, repair: Double, gpusPerNode: Double) -> Double {
        let ρ = rate * repair
        return gpusPerNode * Swift.max(1, (ρ + 3 * ρ.squareRoot()).rounded(.up))
    }
}

/// Slowdowns that are not failures: stragglers (fail-slow GPUs, links or hosts) stretch the compute time.
///
/// ```
/// T_c = T_s · (1 + s)
/// ```
/// - `T_s`: solve time without failures or slowdowns, s; `s`: straggler slowdown as a fraction of `T_s`
/// - `T_c`: compute time the checkpoint/restart model (``DalyWallTime``) then stretches further
///
/// Hangs are counted where they cost time: a hang is an interruption found late, by the watchdog
/// (``RestartParts/hangShare``, ``RestartParts/hangTimeout``).
public struct Slowdowns: Sendable, Hashable {
    /// `s`, ≥ 0.
    public var stragglers: Double
    /// Where `s` comes from; `nil` when no source states it (then `s` = 0 and the report says so).
    public var source: String?

    public init(stragglers: Double, source: String?) throws {
        try Check.nonNegative(stragglers, "straggler_slowdown")
        guard stragglers <= 10 else {
            throw InputError(
                field: "straggler_slowdown", value: Check.shown(stragglers), allowed: "a fraction from 0 to 10")
        }
        self.stragglers = stragglers
        self.source = source
    }

    /// Not stated: no straggler slowdown counted. The default of every preset — the Llama 3 and RSC sources in the
    /// development data state none, and Llama 3's ">90% effective training time" leaves no room for FALCON's 1.34×.
    public static let notStated = Slowdowns(unchecked: 0, source: nil)

    /// FALCON's production measurement: fail-slows delay the average job by 1.34× on a shared cluster of more than
    /// 10,000 GPUs (Wu et al. 2024, arXiv:2410.12588, abstract, "collectively delaying the average job completion time
    /// by 1.34×"). An upper reference for jobs without straggler mitigation.
    public static let falcon2024 = Slowdowns(
        unchecked: 0.34,
        source: "Wu et al. 2024, FALCON, arXiv:2410.12588: fail-slows "
            + "delay the average job completion time by 1.34× on a shared >10,000-GPU cluster")

    init(unchecked stragglers: Double, source: String?) {
        self.stragglers = stragglers
        self.source = source
    }
}

import Foundation
import ReckonUnits

/// A runtime that keeps training while fewer than K of its N data-parallel groups are down.
///
/// ```
/// ρ      = λ · TTR                                  mean number of groups under repair
/// P_K    = P[Poisson(ρ) ≥ K] = Σ_{i ≥ K} e^(−ρ) ρ^i / i!
/// M_eff  = 1 / (λ · P_K)                            mean time to an interrupt that stops the job
/// A      = 1 − ρ / N                                 fraction of the throughput left while groups repair
/// ```
/// - `λ`: failure rate of the whole job, 1/s; `TTR`: time to repair one group, s
/// - `K`: failed groups that stop the job; `N`: data-parallel groups
/// - `M_eff`: effective mean time to interrupt, s (feeds Daly's formula); `A`: availability of throughput
///
/// Assumes each failure takes out one group for exactly the repair time, failures arrive as a Poisson
/// process (so groups down at a failure ~ Poisson(ρ)), and the job needs only N − K + 1 groups to run.
/// Source: Faraboschi et al. 2024, Table 3 (`FT_KN` = [5, 100], `TTR_h` = 2 h); framework.md §3.1 B9.
public struct KOfNTolerance: Sendable, Hashable {
    /// K: failed groups at which the job stops.
    public var tolerated: Int
    /// N: data-parallel groups.
    public var groups: Int
    /// Time to repair (or replace) one failed group.
    public var timeToRepair: Seconds

    public init(tolerated: Int, groups: Int, timeToRepair: Seconds) throws {
        try Check.integer(groups, "tolerate", in: 2...1_000_000)
        guard tolerated >= 1, tolerated < groups else {
            throw InputError(
                field: "tolerate", value: "\(tolerated)/\(groups)",
                allowed: "K/N with 1 ≤ K < N, e.g. 5/100")
        }
        try Check.positive(timeToRepair.value, "repair_hours")
        self.tolerated = tolerated
        self.groups = groups
        self.timeToRepair = timeToRepair
    }

    /// The paper's runtime: tolerate 5 failed groups out of 100, 2 h to repair one.
    public static let paper2024 = try! KOfNTolerance(tolerated: 5, groups: 100, timeToRepair: .hours(2))

    /// Mean number of groups under repair, `ρ = λ · TTR`, for job failure rate `rate` (1/s).
    @inlinable
    public func groupsDown(rate: Double) -> Double { rate * timeToRepair.value }

    /// Rate of interrupts that stop the job, `λ · P[Poisson(ρ) ≥ K]`, 1/s (uncapped: 0 when nothing can stop it).
    @inlinable
    public func interruptRate(rate: Double) -> Double {
        rate * Self.poissonTail(mean: groupsDown(rate: rate), atLeast: tolerated)
    }

    /// `M_eff = 1 / (λ · P[Poisson(ρ) ≥ K])`, s; capped at ``DalyWallTime/mttiCap``.
    @inlinable
    public func effectiveMTTI(rate: Double) -> Double {
        let tail = Self.poissonTail(mean: groupsDown(rate: rate), atLeast: tolerated)
        let m = 1 / (rate * tail)
        return m.isFinite ? Swift.min(m, DalyWallTime.mttiCap) : DalyWallTime.mttiCap
    }

    /// `A = 1 − ρ/N`, the throughput left while groups repair; 0 when every group is always down.
    @inlinable
    public func availability(rate: Double) -> Double {
        Swift.max(0, 1 - groupsDown(rate: rate) / Double(groups))
    }

    /// `P[X ≥ k]` for `X ~ Poisson(mean)`, without cancellation.
    ///
    /// Below the mean's neighbourhood (k > mean) sums the tail upward from `k`, each term from the last
    /// (`t_{i+1} = t_i · mean/(i+1)`) until terms stop mattering; otherwise returns `1 − P[X < k]`,
    /// which is then at least ~0.5 and safe to subtract. Allocation-free.
    @inlinable
    public static func poissonTail(mean ρ: Double, atLeast k: Int) -> Double {
        guard k > 0 else { return 1 }
        guard ρ > 0 else { return 0 }
        if Double(k) > ρ {
            // t_k = e^(−ρ) ρ^k / k!, in logs to avoid overflow of ρ^k and k!.
            var term = exp(-ρ + Double(k) * log(ρ) - lgamma(Double(k) + 1))
            var sum = 0.0
            var i = k
            while term > sum * 1e-17, i < k + 10_000 {
                sum += term
                i += 1
                term *= ρ / Double(i)
            }
            return Swift.min(sum, 1)
        }
        var term = exp(-ρ)
        var below = 0.0
        for i in 0..<k {
            below += term
            term *= ρ / Double(i + 1)
        }
        return Swift.max(0, 1 - below)
    }
}

/// A collective operation over a group of ranks.
public enum Collective: Sendable, Hashable {
    case allReduce, reduceScatter, allGather
}

/// α–β time of collectives and point-to-point sends over the scale-up and scale-out tiers.
///
/// A group is described as the parallelism rank order lays it out (``ParallelPlan``): `n` ranks
/// `x` apart (stride). It stays in one scale-up domain of `D` accelerators when `x·n ≤ D`; otherwise
/// `max(1, ⌊D/x⌋)` members share each domain and the rest of the ring crosses the scale-out network.
///
/// ```
/// ring:  T = k·(α₀ + s_up·α_up + s_out·α_out) + (s/n)·V / B
/// tree:  T = k·(α₀ + 2·(⌈log₂ n_d⌉·α_up + ⌈log₂ N_d⌉·α_out)) + (s/n)·V / B     all-reduce across domains
///        T = k·(α₀ + 2·⌈log₂ n⌉·α_up) + (s/n)·V / B                             all-reduce inside one domain
/// s = 2(n−1) all-reduce, n−1 reduce-scatter / all-gather;  s_out = 2(N_d−1) or N_d−1,  s_up = s − s_out
/// B = B_up(n)·ε_up inside a domain (``PlanHardware/scaleUpBandwidth(groupSize:)``), else B_out·ε_out
/// ```
/// - `V` bytes of the whole buffer (the result's size: an all-gather's output, a reduce-scatter's input),
///   `k` messages it is sent in (gradient buckets, layers), `n_d` members per domain, `N_d` domains spanned.
/// - `α₀` base latency per collective, `α_up`, `α_out` latency per ring step on each tier
///   (``StepTimeConstants``); the all-reduce takes the faster of ring and tree, as NCCL's tuner does, with
///   the tree at the ring's bus bandwidth (an assumption: NCCL caps tree bandwidth below the ring's only on
///   some topologies). Inside a domain a tree (or the switch's own reduction, NVLS) needs `2·⌈log₂ n⌉` hops:
///   so a group never gets slower by moving into a larger domain.
/// Sources: Patarasuk & Yuan 2009 (ring all-reduce volume `2(n−1)/n·V`); the latency structure
/// `(steps − inter-node steps)·α_intra + inter-node steps·α_inter` and the tree's `2·log₂(nodes)` are NCCL's
/// own cost model (NVIDIA/nccl `src/graph/tuning.cc`, `ncclTopoTuneModel`); NCCL chains the ranks of a node in its
/// tree (`n_d − 1` hops), the model takes a tree there too (`⌈log₂ n_d⌉`, as NVLS reduces in the switch), so that
/// a larger domain never lengthens the tree.
public enum CollectiveCost {
    /// Seconds for `kind` over `n` ranks of stride `x` moving `bytes` in `messages` pieces.
    @inlinable
    public static func seconds(
        _ kind: Collective, ranks n: Int, stride x: Int, bytes: Double, messages: Double = 1,
        hardware hw: PlanHardware, constants c: StepTimeConstants
    ) -> Double {
        guard n > 1, bytes > 0 else { return 0 }
        let steps = kind == .allReduce ? 2 * (n - 1) : n - 1
        let volume = Double(steps) / Double(n) * bytes
        let domain = hw.scaleUpDomain
        if x * n <= domain {
            let bandwidth = hw.scaleUpBandwidth(groupSize: n) * c.scaleUpEfficiency
            var hops = Double(steps)
            if kind == .allReduce { hops = min(hops, 2 * Double(ceilLog2(n))) }
            return messages * (c.collectiveBaseLatency + hops * c.scaleUpStepLatency) + volume / bandwidth
        }
        let perDomain = max(1, domain / max(1, x))
        let domains = (n + perDomain - 1) / perDomain
        let interSteps = kind == .allReduce ? 2 * (domains - 1) : domains - 1
        let ringLatency =
            c.collectiveBaseLatency + Double(steps - interSteps) * c.scaleUpStepLatency
            + Double(interSteps) * c.scaleOutStepLatency
        var latency = ringLatency
        if kind == .allReduce {
            let inside = Double(ceilLog2(perDomain)) * c.scaleUpStepLatency
            let across = Double(ceilLog2(domains)) * c.scaleOutStepLatency
            let tree = c.collectiveBaseLatency + 2 * (inside + across)
            latency = min(latency, tree)
        }
        return messages * latency + volume / (hw.scaleOutBandwidth * c.scaleOutEfficiency)
    }

    /// `⌈log₂ n⌉` for n ≥ 1.
    @inlinable @usableFromInline
    static func ceilLog2(_ n: Int) -> Int {
        var depth = 0
        var span = 1
        while span < n {
            span <<= 1
            depth += 1
        }
        return depth
    }

    /// Seconds for one point-to-point send of `bytes` between neighbours `x` ranks apart in a chain of `n`
    /// (pipeline stages): inside the domain when the whole chain fits (`x·n ≤ D`), else across the network.
    ///
    /// ```
    /// T = α₀ + V / B        B = B_up(2)·ε_up  or  B_out·ε_out
    /// ```
    @inlinable
    public static func sendSeconds(
        bytes: Double, chain n: Int, stride x: Int, hardware hw: PlanHardware,
        constants c: StepTimeConstants
    ) -> Double {
        guard n > 1, bytes > 0 else { return 0 }
        let bandwidth =
            x * n <= hw.scaleUpDomain
            ? hw.scaleUpBandwidth(groupSize: 2) * c.scaleUpEfficiency
            : hw.scaleOutBandwidth * c.scaleOutEfficiency
        return c.collectiveBaseLatency + bytes / bandwidth
    }

    /// True when a group of `n` ranks of stride `x` can run on `hw`: inside one domain, or the part has a
    /// scale-out network.
    @inlinable
    public static func fits(ranks n: Int, stride x: Int, hardware hw: PlanHardware) -> Bool {
        n <= 1 || x * n <= hw.scaleUpDomain || hw.hasScaleOut
    }
}

/// Time left over when `overlapped` seconds of communication run behind `window` seconds of compute
/// with a fraction `o` of it overlappable.
///
/// ```
/// exposed(T, W, o) = T − min(o·T, W)
/// ```
/// Monotone: more overlap (`o`) or a longer window never exposes more.
@inlinable
public func exposedSeconds(_ overlapped: Double, window: Double, overlap o: Double) -> Double {
    overlapped - min(o * overlapped, window)
}

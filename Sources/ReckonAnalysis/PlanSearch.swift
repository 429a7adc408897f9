import Dispatch
import ReckonCore

/// One plan and what it achieves.
public struct RankedPlan: Sendable, Hashable {
    public var plan: ParallelPlan
    public var estimate: PlanEstimate
}

/// The best plans of an exhaustive search, best (shortest step) first, with how many were looked at.
public struct PlanSearchResult: Sendable, Hashable {
    public var plans: [RankedPlan]
    /// Structurally valid plans evaluated.
    public var evaluated: Int
    /// Of those, the ones that fit in memory.
    public var feasible: Int
}

/// Exhaustive search over every structurally valid parallel plan the framework can run.
///
/// Enumerates TP (divides the heads and key/value heads and N; wider than a scale-up domain only when the
/// accelerator has a scale-out network), CP (1, and from 16,384 tokens on the powers of two with `2·CP`
/// dividing the sequence: ``PlanConstraints/contextParallelChoices(sequenceLength:gpus:fixed:supported:)``),
/// PP (divides the layers, or any depth up to the layer count with uneven stages), `DP = N/(TP·CP·PP)`, for a mixture
/// of experts EP (divides the experts) and expert TP (divides TP and the expert FFN) with `EP·ETP` dividing the
/// `TP·CP·DP` ranks of a stage, and the overlapped all-to-all schedule on and off where the framework has one,
/// micro-batch sizes that divide the per-replica batch `B/DP`, interleave `v`
/// dividing the fullest stage's layers (with the micro-batch count a multiple of PP), sequence parallelism
/// (TP > 1), recomputation none / selective / full, and the framework's ZeRO stages (DP·CP > 1); every
/// feature only where the ``FrameworkProfile`` offers it, and every group only where it can reach its peers
/// (``CollectiveCost/fits(ranks:stride:hardware:)``). With full recomputation and a framework that can
/// recompute some layers only, the plan takes the fewest recomputed layers that fit: fewer is always faster,
/// so this keeps the search exhaustive. Each plan is evaluated with
/// ``StepTimeModel/estimate(plan:problem:layer:memory:)``; the `k` shortest steps that fit in memory are kept.
///
/// Speed: the inner loop is a pure function on value types, with no allocation (the top-k buffer is
/// reserved beforehand) and no strings; ``LayerCost`` is computed once per (TP, CP, EP, ETP, micro-batch), the
/// ``StageLayout``, the parameters' memory and their collectives (``ParameterSharding``) once per ZeRO stage of a
/// combination (``CombinationSpace``), a layer's activations once per (micro-batch, SP, recomputation); the
/// (combination, micro-batch) parts are dealt in runs of about equal work to `threads` workers (``WorkDealer``) and
/// the results merged (the ranking is a total order, so the merge does not depend on who searched what).
public enum PlanSearch {
    /// Runs the search. `progress`, if given, is called after each run of parts of the search (a part is one
    /// micro-batch size of one (TP, CP, PP, EP, ETP) combination) with (parts done, parts in total), from worker
    /// threads. Constraints the framework cannot honour give no plans (``PlanConstraints/check(framework:)`` says why).
    public static func run(
        problem: PlanProblem, constraints: PlanConstraints = PlanConstraints(), top k: Int = 5,
        threads: Int = 2, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> PlanSearchResult {
        precondition(k >= 1 && threads >= 1, "top and threads must be at least 1")
        guard (try? constraints.check(framework: problem.framework)) != nil else {
            return PlanSearchResult(plans: [], evaluated: 0, feasible: 0)
        }
        let spaces = combinations(problem: problem, constraints: constraints).compactMap {
            CombinationSpace($0, problem: problem, constraints: constraints)
        }
        // The work is dealt by (combination, micro-batch): a combination with a small DP has many micro-batch sizes
        // and can hold a large share of the plans.
        let units = spaces.indices.flatMap { i in spaces[i].microbatches.map { (space: i, microbatch: $0) } }
        let workers = max(1, min(threads, units.count))
        let results = UnsafeMutableBufferPointer<PlanSearchResult>.allocate(capacity: workers)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        // 64 parts a worker: fine enough that the last ones even out, coarse enough that dealing costs nothing.
        let dealer = WorkDealer(
            weights: units.map { spaces[$0.space].plansPerMicrobatch }, parts: 64 * workers, report: progress)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var top: [RankedPlan] = []
            top.reserveCapacity(k + 1)
            var evaluated = 0
            var feasible = 0
            while let part = dealer.next() {
                for unit in units[part] {
                    searchMicrobatch(
                        spaces[unit.space], microbatch: unit.microbatch, problem: problem, constraints: constraints,
                        k: k, top: &top, evaluated: &evaluated, feasible: &feasible)
                }
                dealer.finished(part)
            }
            (slots.baseAddress! + worker).initialize(
                to: PlanSearchResult(
                    plans: top, evaluated: evaluated,
                    feasible: feasible))
        }
        var merged: [RankedPlan] = []
        var evaluated = 0
        var feasible = 0
        for worker in 0..<workers {
            merged += results[worker].plans
            evaluated += results[worker].evaluated
            feasible += results[worker].feasible
        }
        results.baseAddress!.deinitialize(count: workers)
        merged.sort(by: isBetter)
        return PlanSearchResult(plans: Array(merged.prefix(k)), evaluated: evaluated, feasible: feasible)
    }

    /// Ranking: shorter step first; ties broken by less memory, then by the plan's fields.
    @inlinable
    static func isBetter(_ a: RankedPlan, _ b: RankedPlan) -> Bool {
        if a.estimate.stepSeconds != b.estimate.stepSeconds { return a.estimate.stepSeconds < b.estimate.stepSeconds }
        if a.estimate.memory.total != b.estimate.memory.total {
            return a.estimate.memory.total < b.estimate.memory.total
        }
        let x = a.plan
        let y = b.plan
        if x.tp != y.tp { return x.tp < y.tp }
        if x.cp != y.cp { return x.cp < y.cp }
        if x.pp != y.pp { return x.pp < y.pp }
        if x.ep != y.ep { return x.ep < y.ep }
        if x.etp != y.etp { return x.etp < y.etp }
        if x.expertOverlap != y.expertOverlap { return !x.expertOverlap }
        if x.interleave != y.interleave { return x.interleave < y.interleave }
        if x.microbatch != y.microbatch { return x.microbatch < y.microbatch }
        if x.recompute != y.recompute { return x.recompute.rawValue < y.recompute.rawValue }
        if x.recomputeLayers != y.recomputeLayers { return (x.recomputeLayers ?? .max) < (y.recomputeLayers ?? .max) }
        if x.zeroStage != y.zeroStage { return x.zeroStage < y.zeroStage }
        return !x.sequenceParallel && y.sequenceParallel
    }

    struct Combination: Sendable { var tp: Int, cp: Int, pp: Int, ep: Int, etp: Int, dp: Int }

    /// Pipeline depths to try: the divisors of the layer count, or with uneven stages every depth up to it
    /// that divides what TP·CP leave of the GPUs.
    static func pipelineChoices(problem: PlanProblem, constraints: PlanConstraints, remaining n: Int) -> [Int] {
        let f = problem.framework
        let layers = problem.shape.layers
        guard f.pipelineParallel else { return constraints.pp.map { $0 == 1 ? [1] : [] } ?? [1] }
        if !f.unevenPipeline { return PlanConstraints.divisors(of: layers, fixed: constraints.pp) }
        if let fixed = constraints.pp { return fixed >= 1 && fixed <= layers ? [fixed] : [] }
        return PlanConstraints.divisors(of: n, fixed: nil).filter { $0 <= layers }
    }

    /// Every (TP, CP, PP, DP, EP, ETP) with `TP·CP·PP·DP = N` whose replicas divide the global batch, whose expert
    /// groups divide a stage's ranks and whose groups can reach each other (CP = 1 first, so that short-context
    /// searches enumerate as before).
    static func combinations(problem: PlanProblem, constraints: PlanConstraints) -> [Combination] {
        let shape = problem.shape
        let n = problem.gpus
        let hw = problem.hardware
        let f = problem.framework
        let cps = PlanConstraints.contextParallelChoices(
            sequenceLength: shape.sequenceLength, gpus: n,
            fixed: constraints.cp,
            supported: f.contextParallel)
        let tps =
            f.tensorParallel
            ? PlanConstraints.divisors(of: shape.heads, fixed: constraints.tp)
            : (constraints.tp ?? 1) == 1 ? [1] : []
        let moe = shape.isMixtureOfExperts
        let eps =
            moe && f.expertParallel
            ? PlanConstraints.divisors(of: shape.experts, fixed: constraints.ep)
            : (constraints.ep ?? 1) == 1 ? [1] : []
        var list: [Combination] = []
        for tp in tps where shape.kvHeads % tp == 0 && n % tp == 0 && (tp <= hw.scaleUpDomain || hw.hasScaleOut) {
            let etps =
                moe
                ? PlanConstraints.divisors(of: tp, fixed: constraints.etp).filter { shape.ffn % $0 == 0 }
                : (constraints.etp ?? 1) == 1 ? [1] : []
            for cp in cps where n % (tp * cp) == 0 {
                for pp in pipelineChoices(problem: problem, constraints: constraints, remaining: n / (tp * cp))
                where n % (tp * cp * pp) == 0 {
                    let dp = n / (tp * cp * pp)
                    guard problem.globalBatch % dp == 0 else { continue }
                    let fits =
                        CollectiveCost.fits(ranks: cp, stride: tp, hardware: hw)
                        && CollectiveCost.fits(ranks: dp * cp, stride: tp, hardware: hw)
                        && CollectiveCost.fits(ranks: pp, stride: tp * cp * dp, hardware: hw)
                    guard fits else { continue }
                    for ep in eps {
                        for etp in etps where (tp * cp * dp) % (ep * etp) == 0 {
                            guard CollectiveCost.fits(ranks: ep, stride: etp, hardware: hw),
                                CollectiveCost.fits(ranks: etp, stride: 1, hardware: hw)
                            else { continue }
                            list.append(Combination(tp: tp, cp: cp, pp: pp, ep: ep, etp: etp, dp: dp))
                        }
                    }
                }
            }
        }
        return list
    }

    /// The inner loops for one micro-batch size `b` of one combination: SP × recompute × interleave × ZeRO ×
    /// all-to-all overlap.
    static func searchMicrobatch(
        _ space: CombinationSpace, microbatch b: Int, problem: PlanProblem, constraints: PlanConstraints, k: Int,
        top: inout [RankedPlan], evaluated: inout Int, feasible: inout Int
    ) {
        let combo = space.combo
        let layout = space.layout
        let zeros = space.zeros
        let overlaps = space.overlaps
        let stageLayers = space.stageLayers
        let usable = space.usable
        let layer = LayerCost(
            tp: combo.tp, cp: combo.cp, ep: combo.ep, etp: combo.etp, microbatch: b,
            precision: space.precision, problem: problem)
        let microbatches = space.perReplica / b
        for sp in space.sequenceParallel {
            for rc in space.recomputes {
                // A layer's activations do not depend on the interleave, the overlap or the ZeRO stage.
                var first = ParallelPlan(
                    tp: combo.tp, cp: combo.cp, pp: combo.pp, dp: combo.dp, ep: combo.ep, etp: combo.etp,
                    sequenceParallel: sp, microbatch: b, recompute: rc, zeroStage: zeros.first ?? 0,
                    precision: space.precision)
                let layers = LayerActivations(plan: first, problem: problem)
                for v in space.interleaves where v == 1 || microbatches % combo.pp == 0 {
                    first.interleave = v
                    let activations = MemoryModel.activationBytes(
                        plan: first, problem: problem, layout: layout, layers: layers)
                    // Nor does memory depend on the expert-overlap schedule: each ZeRO stage's fit is found once.
                    for (zi, z) in zeros.enumerated() {
                        var plan = first
                        plan.zeroStage = z
                        evaluated += overlaps.count
                        // Memory first: a plan that does not fit is never timed.
                        var memory = space.parameterMemory[zi]
                        memory.activations = activations
                        if rc == .full {
                            if let fixed = constraints.recomputeLayers {
                                guard fixed <= stageLayers else { continue }
                                plan.recomputeLayers = fixed
                                memory.activations = MemoryModel.activationBytes(
                                    plan: plan, problem: problem, layout: layout, layers: layers)
                            } else if problem.framework.partialRecompute, memory.total <= usable, stageLayers > 1 {
                                fewestRecomputedLayers(
                                    &plan, memory: &memory, stageLayers: stageLayers,
                                    problem: problem, usable: usable, layout: layout, layers: layers)
                            }
                        }
                        guard memory.total <= usable else { continue }
                        feasible += overlaps.count
                        for overlap in overlaps {
                            plan.expertOverlap = overlap
                            let estimate = StepTimeModel.estimate(
                                plan: plan, problem: problem, layer: layer,
                                memory: memory, layout: layout, sharding: space.sharding[zi])
                            // Most plans are slower than the k-th best: rejected on the step time, before copying.
                            if top.count == k, estimate.stepSeconds > top[k - 1].estimate.stepSeconds { continue }
                            insert(RankedPlan(plan: plan, estimate: estimate), into: &top, k: k)
                        }
                    }
                }
            }
        }
    }

    /// Keeps `candidate` in `top` (sorted best first, at most `k`) if it is among the `k` best seen.
    @inline(__always)
    static func insert(_ candidate: RankedPlan, into top: inout [RankedPlan], k: Int) {
        if top.count == k, !isBetter(candidate, top[k - 1]) { return }
        var i = top.count
        while i > 0, isBetter(candidate, top[i - 1]) { i -= 1 }
        top.insert(candidate, at: i)
        if top.count > k { top.removeLast() }
    }

    /// The fewest layers per stage to recompute so that `plan` fits (memory falls as more are recomputed):
    /// a bisection between 1 and the stage's layers; `memory` holds the fit with all of them on entry. Only the
    /// activations change with the count (``MemoryModel/activationBytes(plan:problem:layout:layers:)``).
    static func fewestRecomputedLayers(
        _ plan: inout ParallelPlan, memory: inout MemoryBreakdown, stageLayers: Int,
        problem: PlanProblem, usable: Double, layout: StageLayout, layers: LayerActivations
    ) {
        var low = 1
        var high = stageLayers  // high fits
        var best = memory
        while low < high {
            let mid = (low + high) / 2
            plan.recomputeLayers = mid
            var m = memory
            m.activations = MemoryModel.activationBytes(plan: plan, problem: problem, layout: layout, layers: layers)
            if m.total <= usable {
                high = mid
                best = m
            } else {
                low = mid + 1
            }
        }
        plan.recomputeLayers = high == stageLayers ? nil : high
        memory = high == stageLayers ? memory : best
    }
}

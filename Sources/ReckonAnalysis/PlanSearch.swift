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
/// reserved beforehand) and no strings; ``LayerCost`` is computed once per (TP, CP, EP, ETP, micro-batch) and the
/// ``StageLayout`` once per combination; the (TP, CP, PP, EP, ETP) combinations are dealt round-robin to `threads`
/// workers and the results merged.
public enum PlanSearch {
    /// Runs the search. `progress`, if given, is called after each (TP, CP, PP, EP, ETP) combination with
    /// (combinations done, combinations in total), from worker threads. Constraints the framework cannot
    /// honour give no plans (``PlanConstraints/check(framework:)`` says why).
    public static func run(
        problem: PlanProblem, constraints: PlanConstraints = PlanConstraints(), top k: Int = 5,
        threads: Int = 2, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> PlanSearchResult {
        precondition(k >= 1 && threads >= 1, "top and threads must be at least 1")
        guard (try? constraints.check(framework: problem.framework)) != nil else {
            return PlanSearchResult(plans: [], evaluated: 0, feasible: 0)
        }
        let outer = combinations(problem: problem, constraints: constraints)
        let workers = max(1, min(threads, outer.count))
        let results = UnsafeMutableBufferPointer<PlanSearchResult>.allocate(capacity: workers)
        defer { results.deallocate() }
        nonisolated(unsafe) let slots = results
        let counter = ProgressCounter(total: outer.count, report: progress)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var top: [RankedPlan] = []
            top.reserveCapacity(k + 1)
            var evaluated = 0
            var feasible = 0
            var index = worker
            while index < outer.count {
                searchCombination(
                    outer[index], problem: problem, constraints: constraints, k: k,
                    top: &top, evaluated: &evaluated, feasible: &feasible)
                counter.advance()
                index += workers
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

    /// The inner loops for one (TP, CP, PP, DP, EP, ETP): micro-batch × interleave × SP × all-to-all overlap ×
    /// recompute × ZeRO.
    static func searchCombination(
        _ combo: Combination, problem: PlanProblem, constraints: PlanConstraints, k: Int,
        top: inout [RankedPlan], evaluated: inout Int, feasible: inout Int
    ) {
        let f = problem.framework
        let perReplica = problem.globalBatch / combo.dp
        let stageLayers = PipelineStages(layers: problem.shape.layers, stages: combo.pp).firstLayers
        // Interleave: the divisors of the stage's layers; a fixed one that does not divide them only with uneven
        // stages (Megatron-Core's custom pipeline layouts split a stage into unequal chunks).
        var interleaves =
            combo.pp == 1 || !f.interleavedSchedule
            ? (constraints.interleave == nil || constraints.interleave == 1 ? [1] : [])
            : PlanConstraints.divisors(of: stageLayers, fixed: constraints.interleave)
        if interleaves.isEmpty, combo.pp > 1, f.interleavedSchedule, f.unevenPipeline, let v = constraints.interleave,
            v >= 1, v <= stageLayers
        {
            interleaves = [v]
        }
        let spAllowed = combo.tp > 1 && f.sequenceParallel
        let spChoices: [Bool] =
            constraints.sequenceParallel.map { spAllowed || !$0 ? [$0] : [] }
            ?? (spAllowed ? [false, true] : [false])
        let recomputes = constraints.recompute.map { [$0] } ?? Recompute.allCases
        let sharded = combo.dp * combo.cp > 1  // ZeRO shards over the DP × CP group
        let expertSharded = combo.ep > 1 && (combo.tp * combo.cp * combo.dp) / (combo.ep * combo.etp) > 1
        let stages = sharded || expertSharded ? f.zeroStages.stages : [0]
        // A fixed stage the framework offers is kept even with nothing to shard (one rank: it changes nothing).
        let zeros = constraints.zeroStage.map { $0 == 0 || f.zeroStages.contains($0) ? [$0] : [] } ?? stages
        let usable = MemoryModel.usableBytes(problem)
        let precision = constraints.precision
        guard precision == .bf16 || (f.fp8 && problem.hardware.fp8PeakFLOPPerSecond > 0) else { return }
        let layout = StageLayout(shape: problem.shape, stages: combo.pp)
        let overlapAllowed = combo.ep > 1 && f.overlap.expertAllToAll > 0
        let overlaps: [Bool] =
            constraints.expertOverlap.map { overlapAllowed || !$0 ? [$0] : [] }
            ?? (overlapAllowed ? [false, true] : [false])
        let dualPipe = f.pipelineSchedule == .dualPipe && combo.pp > 1
        if dualPipe, combo.pp % 2 != 0 { return }
        for b in PlanConstraints.divisors(of: perReplica, fixed: constraints.microbatch) {
            let layer = LayerCost(
                tp: combo.tp, cp: combo.cp, ep: combo.ep, etp: combo.etp, microbatch: b,
                precision: precision, problem: problem)
            let microbatches = perReplica / b
            if dualPipe, microbatches % 2 != 0 { continue }
            for v in interleaves where v == 1 || microbatches % combo.pp == 0 {
                for sp in spChoices {
                    for rc in recomputes {
                        // Activations do not depend on the overlap or the ZeRO stage: computed once for them.
                        var first = ParallelPlan(
                            tp: combo.tp, cp: combo.cp, pp: combo.pp, interleave: v, dp: combo.dp,
                            ep: combo.ep, etp: combo.etp, sequenceParallel: sp, microbatch: b,
                            recompute: rc, precision: precision)
                        first.zeroStage = zeros.first ?? 0
                        let activations = MemoryModel.activationBytes(plan: first, problem: problem, layout: layout)
                        // Nor does memory depend on the expert-overlap schedule: each ZeRO stage's fit is found once.
                        for z in zeros {
                            var plan = first
                            plan.zeroStage = z
                            evaluated += overlaps.count
                            // Memory first: a plan that does not fit is never timed.
                            var memory = MemoryModel.perGPU(
                                plan: plan, problem: problem, layout: layout,
                                activations: activations)
                            if rc == .full {
                                if let fixed = constraints.recomputeLayers {
                                    guard fixed <= stageLayers else { continue }
                                    plan.recomputeLayers = fixed
                                    memory = MemoryModel.perGPU(plan: plan, problem: problem, layout: layout)
                                } else if f.partialRecompute, memory.total <= usable, stageLayers > 1 {
                                    fewestRecomputedLayers(
                                        &plan, memory: &memory, stageLayers: stageLayers,
                                        problem: problem, usable: usable, layout: layout)
                                }
                            }
                            guard memory.total <= usable else { continue }
                            feasible += overlaps.count
                            for overlap in overlaps {
                                plan.expertOverlap = overlap
                                let estimate = StepTimeModel.estimate(
                                    plan: plan, problem: problem, layer: layer,
                                    memory: memory, layout: layout)
                                let candidate = RankedPlan(plan: plan, estimate: estimate)
                                if top.count == k, !isBetter(candidate, top[k - 1]) { continue }
                                var i = top.count
                                while i > 0, isBetter(candidate, top[i - 1]) { i -= 1 }
                                top.insert(candidate, at: i)
                                if top.count > k { top.removeLast() }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The fewest layers per stage to recompute so that `plan` fits (memory falls as more are recomputed):
    /// a bisection between 1 and the stage's layers; `memory` holds the fit with all of them on entry.
    static func fewestRecomputedLayers(
        _ plan: inout ParallelPlan, memory: inout MemoryBreakdown, stageLayers: Int,
        problem: PlanProblem, usable: Double, layout: StageLayout
    ) {
        var low = 1
        var high = stageLayers  // high fits
        var best = memory
        while low < high {
            let mid = (low + high) / 2
            plan.recomputeLayers = mid
            let m = MemoryModel.perGPU(plan: plan, problem: problem, layout: layout)
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

/// Counts finished combinations across workers and forwards them to the caller's progress callback.
final class ProgressCounter: @unchecked Sendable {
    private let total: Int
    private let report: (@Sendable (Int, Int) -> Void)?
    private var done = 0
    private let queue = DispatchQueue(label: "reckon.plan-search.progress")

    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.report = report
    }

    func advance() {
        guard let report else { return }
        let now = queue.sync { () -> Int in
            done += 1
            return done
        }
        report(now, total)
    }
}

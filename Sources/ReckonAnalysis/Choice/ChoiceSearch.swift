import Dispatch
import ReckonCore

/// Why a configuration has, or has not, a cost to compare.
public enum ChoiceStatus: String, Sendable, CaseIterable {
    /// A plan fits, the run finishes and it has a cost: it competes for the frontier.
    case priced
    /// The catalog lacks a figure the plan model needs (memory bandwidth, scale-up domain, …).
    case planModel = "plan_model"
    /// No structurally valid plan: the model's dimensions, the batch or the network cannot be split over this many
    /// accelerators (e.g. groups that must leave a scale-up domain with no published scale-out network).
    case noPlan = "no_plan"
    /// Valid plans exist but none fits in memory.
    case memory
    /// Failures, checkpoints and restarts: the run never finishes at this size.
    case failures
    /// A plan fits and the run finishes, but no published price to cost it on the chosen basis.
    case noPrice = "no_price"
}

/// One configuration — an accelerator at a size — with its fastest plan and what the run takes on it.
public struct ChoicePoint: Sendable {
    /// Index into ``ChoiceProblem/candidates``.
    public var candidate: Int
    public var gpus: Int
    public var status: ChoiceStatus
    /// The fastest plan that fits (nil unless one does).
    public var plan: RankedPlan?
    /// Plans evaluated and plans that fit in memory.
    public var evaluated: Int
    public var feasible: Int
    /// ``PlanMFU/mfu(_:peak:)`` of ``plan``.
    public var mfu: Double?
    /// Sequences per step the plan was searched with.
    public var globalBatch: Int
    public var failureOverhead: Double
    /// Compute, time, cost and energy of the run as `reckon train` computes them (nil unless a plan fits and the
    /// run finishes).
    public var figures: TrainingFigures?
    /// The cost on the problem's basis, USD (nil without a price).
    public var cost: Double?

    /// Wall-clock days (nil unless a plan fits and the run finishes).
    public var days: Double? { figures.map { $0.wallClock.value / 86_400 } }
}

/// Every configuration of a ``ChoiceProblem``, each with its fastest plan (``PlanSearch``, exhaustive) and the
/// run's figures on it (``TrainingNumbers/figures()``, the formulas of `reckon train`).
///
/// Per configuration (accelerator `a`, size `N`):
/// ```
/// plan*  = argmin_plan step(plan)                       over every plan that fits (PlanSearch, top 1)
/// MFU    = min(1, F_model(plan*) / F_peak,a)            PlanMFU
/// t_wall = 6·N_active·D / (N · F_peak,a · MFU) · f_fail(N)        days
/// cost   = N · t_wall · price_a                         rent
///        = N · price_a · t_wall / life + E · tariff      own (E = N · TDP · u · PUE · t_wall)
/// ```
/// Speed: the configurations are independent searches of a few thousand plans each; they run on `threads`
/// workers (libdispatch hands out configurations one at a time, so long and short searches balance), each
/// search single-threaded, each result written into its own slot: the output does not depend on the thread count.
public enum ChoiceSearch {
    /// Evaluates every configuration, in candidate order and then size order. Once `cancelled` returns true (it is
    /// asked before each configuration), the remaining configurations are skipped (left with no plan).
    public static func run(
        _ problem: ChoiceProblem, threads: Int = 2,
        cancelled: (@Sendable () -> Bool)? = nil
    ) -> [ChoicePoint] {
        var list: [(candidate: Int, gpus: Int)] = []
        list.reserveCapacity(problem.configurationCount)
        for (c, candidate) in problem.candidates.enumerated() {
            for n in candidate.sizes { list.append((c, n)) }
        }
        let tasks = list
        guard !tasks.isEmpty else { return [] }
        let slots = UnsafeMutableBufferPointer<ChoicePoint>.allocate(capacity: tasks.count)
        defer { slots.deallocate() }
        nonisolated(unsafe) let output = slots
        let one: @Sendable (Int) -> ChoicePoint = { i in
            if let cancelled, cancelled() { return skipped(problem, tasks[i].candidate, tasks[i].gpus) }
            return evaluate(problem, tasks[i].candidate, tasks[i].gpus)
        }
        if threads <= 1 {
            for i in tasks.indices { (output.baseAddress! + i).initialize(to: one(i)) }
        } else {
            DispatchQueue.concurrentPerform(iterations: tasks.count) { i in
                (output.baseAddress! + i).initialize(to: one(i))
            }
        }
        let points = Array(slots)
        slots.baseAddress!.deinitialize(count: tasks.count)
        return points
    }

    /// A configuration left unevaluated.
    static func skipped(_ problem: ChoiceProblem, _ c: Int, _ gpus: Int) -> ChoicePoint {
        ChoicePoint(
            candidate: c, gpus: gpus, status: .noPlan, plan: nil, evaluated: 0, feasible: 0, mfu: nil,
            globalBatch: problem.globalBatch(gpus), failureOverhead: problem.failureOverhead[gpus] ?? 1,
            figures: nil, cost: nil)
    }

    /// One configuration: the fastest plan, then the run's figures on it.
    public static func evaluate(_ problem: ChoiceProblem, _ c: Int, _ gpus: Int) -> ChoicePoint {
        let candidate = problem.candidates[c]
        let batch = problem.globalBatch(gpus)
        let overhead = problem.failureOverhead[gpus] ?? 1
        var point = ChoicePoint(
            candidate: c, gpus: gpus, status: .planModel, plan: nil, evaluated: 0, feasible: 0,
            mfu: nil, globalBatch: batch, failureOverhead: overhead, figures: nil, cost: nil)
        guard let hardware = candidate.hardware,
            let planProblem = try? PlanProblem(
                shape: problem.shape, hardware: hardware, gpus: gpus,
                globalBatch: batch, framework: problem.framework,
                constants: problem.constants)
        else { return point }
        let training = PlanMFU.trainingPrecision(problem.precision, hardware: hardware, framework: problem.framework)
        let constraints = PlanConstraints(precision: training)
        let search = PlanSearch.run(problem: planProblem, constraints: constraints, top: 1, threads: 1)
        point.evaluated = search.evaluated
        point.feasible = search.feasible
        guard let best = search.plans.first else {
            point.status = search.evaluated == 0 ? .noPlan : .memory
            return point
        }
        point.plan = best
        let mfu = PlanMFU.mfu(
            best.estimate, peak: candidate.numbers.peak, gpus: gpus,
            flopPerToken: problem.flopPerToken)
        point.mfu = mfu
        guard overhead.isFinite else {
            point.status = .failures
            return point
        }
        var numbers = candidate.numbers
        numbers.count = Double(gpus)
        numbers.mfu = mfu
        numbers.failureOverhead = overhead
        let figures = numbers.figures()
        point.figures = figures
        point.cost = problem.price == .rent ? figures.rentalCost?.value : figures.ownershipCost?.value
        point.status = point.cost == nil ? .noPrice : .priced
        return point
    }
}

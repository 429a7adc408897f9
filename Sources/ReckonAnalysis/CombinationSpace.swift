import ReckonCore

/// What one (TP, CP, PP, DP, EP, ETP) combination of ``PlanSearch`` tries beyond it, and what is the same for all of
/// those plans: the micro-batch sizes (divisors of the per-replica batch `B/DP`), interleaves, sequence parallelism,
/// recomputations, ZeRO stages (with the parameters' memory of each) and all-to-all schedules, each only where the
/// framework offers it and the constraints allow it.
struct CombinationSpace: Sendable {
    var combo: PlanSearch.Combination
    var precision: TrainingPrecision
    var perReplica: Int
    /// Layers of the fullest pipeline stage.
    var stageLayers: Int
    var layout: StageLayout
    var microbatches: [Int]
    var interleaves: [Int]
    var sequenceParallel: [Bool]
    var recomputes: [Recompute]
    var zeros: [Int]
    /// ``MemoryModel/parameterMemory(plan:problem:layout:)`` for each of `zeros`.
    var parameterMemory: [MemoryBreakdown]
    /// ``ParameterSharding`` for each of `zeros`.
    var sharding: [ParameterSharding]
    var overlaps: [Bool]
    /// ``MemoryModel/usableBytes(_:)``.
    var usable: Double

    /// Plans evaluated for each micro-batch size (the weight of one part of the search): an upper bound, the
    /// interleaves that need a whole number of rounds being skipped for some sizes.
    var plansPerMicrobatch: Int {
        sequenceParallel.count * recomputes.count * interleaves.count * zeros.count * overlaps.count
    }

    /// nil when the combination can run no plan: an FP8 search where the framework or the accelerator has no FP8,
    /// or DualPipe with an odd number of stages.
    init?(_ combo: PlanSearch.Combination, problem: PlanProblem, constraints: PlanConstraints) {
        let f = problem.framework
        precision = constraints.precision
        guard precision == .bf16 || (f.fp8 && problem.hardware.fp8PeakFLOPPerSecond > 0) else { return nil }
        let dualPipe = f.pipelineSchedule == .dualPipe && combo.pp > 1
        if dualPipe, combo.pp % 2 != 0 { return nil }
        self.combo = combo
        let perReplica = problem.globalBatch / combo.dp
        self.perReplica = perReplica
        stageLayers = PipelineStages(layers: problem.shape.layers, stages: combo.pp).firstLayers
        layout = StageLayout(shape: problem.shape, stages: combo.pp)
        microbatches = PlanConstraints.divisors(of: perReplica, fixed: constraints.microbatch).filter {
            !dualPipe || (perReplica / $0) % 2 == 0
        }
        interleaves = Self.interleaves(combo, stageLayers: stageLayers, framework: f, constraints: constraints)
        let spAllowed = combo.tp > 1 && f.sequenceParallel
        sequenceParallel =
            constraints.sequenceParallel.map { spAllowed || !$0 ? [$0] : [] }
            ?? (spAllowed ? [false, true] : [false])
        recomputes = constraints.recompute.map { [$0] } ?? Recompute.allCases
        let sharded = combo.dp * combo.cp > 1  // ZeRO shards over the DP × CP group
        let expertSharded = combo.ep > 1 && (combo.tp * combo.cp * combo.dp) / (combo.ep * combo.etp) > 1
        let stages = sharded || expertSharded ? f.zeroStages.stages : [0]
        // A fixed stage the framework offers is kept even with nothing to shard (one rank: it changes nothing).
        zeros = constraints.zeroStage.map { $0 == 0 || f.zeroStages.contains($0) ? [$0] : [] } ?? stages
        let overlapAllowed = combo.ep > 1 && f.overlap.expertAllToAll > 0
        overlaps =
            constraints.expertOverlap.map { overlapAllowed || !$0 ? [$0] : [] }
            ?? (overlapAllowed ? [false, true] : [false])
        usable = MemoryModel.usableBytes(problem)
        // Weights, gradients and optimizer states, and the collectives that move them, depend on the combination and
        // the ZeRO stage only.
        let precision = precision
        let layout = layout
        let plans = zeros.map { z in
            ParallelPlan(
                tp: combo.tp, cp: combo.cp, pp: combo.pp, dp: combo.dp, ep: combo.ep, etp: combo.etp,
                zeroStage: z, precision: precision)
        }
        parameterMemory = plans.map { MemoryModel.parameterMemory(plan: $0, problem: problem, layout: layout) }
        sharding = plans.map { ParameterSharding(plan: $0, problem: problem, layout: layout) }
    }

    /// Interleave: the divisors of the stage's layers; a fixed one that does not divide them only with uneven
    /// stages (Megatron-Core's custom pipeline layouts split a stage into unequal chunks).
    static func interleaves(
        _ combo: PlanSearch.Combination, stageLayers: Int, framework f: FrameworkProfile,
        constraints: PlanConstraints
    ) -> [Int] {
        let fixed = constraints.interleave
        if combo.pp == 1 || !f.interleavedSchedule { return fixed == nil || fixed == 1 ? [1] : [] }
        let divisors = PlanConstraints.divisors(of: stageLayers, fixed: fixed)
        if divisors.isEmpty, f.unevenPipeline, let v = fixed, v >= 1, v <= stageLayers { return [v] }
        return divisors
    }
}

/// What a plan's activations take per GPU: per layer, and on the fullest pipeline stage.
extension MemoryModel {
    /// Activation bytes of `plan` on the fullest candidate stage of `layout` (the `act_k` of
    /// ``perGPU(plan:problem:)``).
    @inlinable
    public static func activationBytes(plan: ParallelPlan, problem: PlanProblem, layout: StageLayout) -> Double {
        activationBytes(
            plan: plan, problem: problem, layout: layout, layers: LayerActivations(plan: plan, problem: problem))
    }

    /// The same with the plan's ``LayerActivations`` supplied: they do not depend on the interleave, so the search
    /// computes them once for every interleave of a micro-batch size, sequence parallelism and recomputation.
    @inlinable
    public static func activationBytes(
        plan: ParallelPlan, problem: PlanProblem, layout: StageLayout, layers: LayerActivations
    ) -> Double {
        let shape = problem.shape
        let t = Double(plan.tp)
        let p = Double(plan.pp)
        let v = Double(plan.interleave)
        let c = Double(plan.cp)
        let b = Double(plan.microbatch)
        let s = Double(shape.sequenceLength)
        let h = Double(shape.hidden)
        let vocab = Double(shape.vocabulary)
        let microbatches = Double(problem.globalBatch) / (Double(plan.dp) * b)
        let denseNone = layers.denseNone
        let denseKept = layers.denseKept
        let moeNone = layers.moeNone
        let moeKept = layers.moeKept
        @inline(__always) func stageActivations(_ k: StageComposition) -> Double {
            guard plan.recompute == .full else { return Double(k.dense) * denseKept + Double(k.moe) * moeKept }
            let n = k.dense + k.moe
            let recomputed = min(n, plan.recomputeLayers ?? n)
            let rd = min(k.dense, recomputed)
            let rm = min(k.moe, recomputed - rd)
            return Double(rd) * denseKept + Double(k.dense - rd) * denseNone
                + Double(rm) * moeKept + Double(k.moe - rm) * moeNone
        }
        let workingSet = plan.recompute == .full ? max(denseNone, moeNone) : 0
        let buffers =
            shape.isMixtureOfExperts && plan.ep > 1
            ? 2 * routedTokenFactor(problem) * Double(shape.activeExperts) * (s / c) * b / t * h * 2 : 0
        let interleaveFactor = plan.interleave > 1 ? 1 + (p - 1) / (p * v) : 1
        let logits = 2 * 4 * (plan.cp == 1 ? s : s / c) * b * vocab / t
        var activations = 0.0
        for i in 0..<layout.count {
            let k = layout[i]
            let inFlight = k.isLast ? 1 : min(p - Double(k.index), microbatches)
            var act = stageActivations(k) * inFlight * (k.isLast ? 1 : interleaveFactor) + workingSet + buffers
            if k.isLast {
                act += logits + Double(shape.multiTokenPrediction) * (moeNone + logits)
            }
            activations = max(activations, act)
        }
        return activations
    }

    /// The activations a layer of `kind` keeps at the plan's recomputation (`none` given, as computed).
    @inlinable
    static func keptActivations(_ kind: LayerKind, plan: ParallelPlan, problem: PlanProblem, none: Double) -> Double {
        switch plan.recompute {
        case .none: return none
        case .full: return activationBytes(kind: kind, plan: plan, problem: problem, recompute: .full)
        case .selective:
            let selective = activationBytes(kind: kind, plan: plan, problem: problem, recompute: .selective)
            guard problem.framework.selectiveRecompute == .perOperator else { return selective }
            let shape = problem.shape
            let linear: Double
            if isKorthikantiLayer(kind, plan: plan, problem: problem) {
                linear = linearActivationBytes(
                    seq: Double(shape.sequenceLength), microbatch: Double(plan.microbatch),
                    hidden: Double(shape.hidden), tp: Double(plan.tp),
                    sequenceParallel: plan.sequenceParallel, cp: Double(plan.cp))
            } else {
                linear =
                    activationBytes(kind: kind, plan: plan, problem: problem, recompute: .selective)
                    - (problem.framework.attention.isFused
                        ? 4 * Double(shape.heads) * Double(shape.sequenceLength) / Double(plan.cp)
                            * Double(plan.microbatch) / Double(plan.tp) : 0)
            }
            return selective - 0.5 * linear
        }
    }

    /// The linear (sequence-length-independent) part of ``activationBytesPerLayer`` without recomputation:
    /// `s'·b·h·(10 + 24/t)`, or `s'·b·h·34/t` with sequence parallelism, `s' = s/c`.
    @inlinable
    public static func linearActivationBytes(
        seq s: Double, microbatch b: Double, hidden h: Double, tp t: Double,
        sequenceParallel sp: Bool, cp c: Double = 1
    ) -> Double {
        let sbh = (c == 1 ? s : s / c) * b * h
        return sp ? sbh * 34 / t : sbh * (10 + 24 / t)
    }
}

/// The activation bytes one layer of each kind keeps for one micro-batch on one GPU, without recomputation (`none`)
/// and at the plan's recomputation (`kept`): the `A_none` and `A_layer` of ``MemoryModel/perGPU(plan:problem:)``. They
/// depend on TP, CP, EP, ETP, the micro-batch, sequence parallelism, the recomputation and the precision, not on the
/// pipeline's interleave or ZeRO stage.
public struct LayerActivations: Sendable, Hashable {
    /// A dense layer's bytes without recomputation, and at the plan's recomputation.
    public var denseNone, denseKept: Double
    /// The same for an MoE layer (a dense model's dense ones).
    public var moeNone, moeKept: Double

    @inlinable
    public init(plan: ParallelPlan, problem: borrowing PlanProblem) {
        let moe = problem.shape.isMixtureOfExperts
        denseNone = MemoryModel.activationBytes(kind: .dense, plan: plan, problem: problem, recompute: .none)
        denseKept = MemoryModel.keptActivations(.dense, plan: plan, problem: problem, none: denseNone)
        moeNone =
            moe ? MemoryModel.activationBytes(kind: .moe, plan: plan, problem: problem, recompute: .none) : denseNone
        moeKept = moe ? MemoryModel.keptActivations(.moe, plan: plan, problem: problem, none: moeNone) : denseKept
    }
}

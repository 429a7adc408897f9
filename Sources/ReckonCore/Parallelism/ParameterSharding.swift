/// The data-parallel side of a plan's step: what each GPU holds of the parameters and what gathering, reducing and
/// updating them costs. It depends on TP, CP, PP, DP, EP, ETP, the precision and the ZeRO stage only (not on the
/// micro-batch, interleave, sequence parallelism, recomputation or all-to-all schedule), so the plan search computes
/// it once per ZeRO stage of a combination; ``StepTimeModel/estimate(plan:problem:layer:memory:layout:sharding:)``
/// then only sets it against the windows of compute that hide it.
///
/// ```
/// per stage k (ZeRO 0–2, some group to reduce over):
///   RS_k   = RS_g(Φ_dense·q_g, k_d) + RS_EDP(Φ_expert·q_g, k_e)     (AR for ZeRO 0)      k_x = ⌈bytes/bucket⌉
///   last_k = RS_k/(k_d + k_e)                                        the last bucket, never hidden
///   AG_k   = AG_g(Φ_dense·2, k_d) + AG_EDP(Φ_expert·2, k_e)          ZeRO ≥ 1
/// per layer kind (ZeRO-3, some group to shard over):
///   AG_l = AG_g(P_dense·w₃) + AG_EDP(P_expert·w₃),   RS_l = RS_g(P_dense·q_g) + RS_EDP(P_expert·q_g)
/// T_opt = max_k (Φ_dense/g + Φ_expert/EDP if ZeRO ≥ 1, else Φ) · (q + 2·(q_o − 12)) / B_hbm
/// ```
/// Symbols as in ``StepTimeModel``: `g = d·c` ranks of stride `t` for the dense part, `EDP` ranks of stride `EP·ETP`
/// for the expert part; `w₃` 2 bytes, or 1 with ``FrameworkProfile/fp8ParameterGather`` in an FP8 plan.
public struct ParameterSharding: Sendable, Hashable {
    /// One candidate stage's parameters and data-parallel collectives (seconds; 0 where they do not run).
    public struct Stage: Sendable, Hashable {
        /// The stage's parameters per GPU, before ZeRO sharding.
        public var parameters: LayerParameters
        /// True when the stage reduces gradients between steps (ZeRO 0–2 with a group of more than one rank).
        public var reduces: Bool
        public var reduce = 0.0, lastBucket = 0.0, gather = 0.0

        @inlinable public init(parameters: LayerParameters, reduces: Bool) {
            self.parameters = parameters
            self.reduces = reduces
        }
    }

    /// ZeRO-3's per-layer collectives of one layer kind (seconds; `applies` false leaves them out).
    public struct LayerCollectives: Sendable, Hashable {
        public var applies = false
        public var gather = 0.0, reduce = 0.0

        @inlinable public init(applies: Bool = false, gather: Double = 0, reduce: Double = 0) {
            self.applies = applies
            self.gather = gather
            self.reduce = reduce
        }
    }

    /// One dense and one MoE layer's parameters per GPU (the MoE one is the dense one for a dense model).
    public var dense: LayerParameters, moe: LayerParameters
    public var denseZero3 = LayerCollectives(), moeZero3 = LayerCollectives()
    /// The optimizer step, seconds.
    public var optimizerSeconds: Double
    @usableFromInline var first: Stage, second: Stage, third: Stage, fourth: Stage

    /// Candidate stage `i` of the layout it was computed for (``StageLayout`` order).
    @inlinable public subscript(i: Int) -> Stage {
        switch i {
        case 0: return first
        case 1: return second
        case 2: return third
        default: return fourth
        }
    }

    @inlinable
    public init(plan: ParallelPlan, problem: borrowing PlanProblem, layout: StageLayout) {
        let c = problem.constants
        let fw = problem.framework
        let g = plan.dp * plan.cp
        let edp = plan.expertDataParallel
        dense = MemoryModel.layerParameters(.dense, plan: plan, problem: problem)
        moe = problem.shape.isMixtureOfExperts ? MemoryModel.layerParameters(.moe, plan: plan, problem: problem) : dense
        let gatherBytes = plan.precision == .fp8 && fw.fp8ParameterGather ? 1.0 : c.activationElementBytes
        if plan.zeroStage >= 3 {
            denseZero3 = Self.zero3(dense, plan: plan, problem: problem, gatherBytes: gatherBytes)
            moeZero3 = Self.zero3(moe, plan: plan, problem: problem, gatherBytes: gatherBytes)
        }
        var optimizerParams = 0.0
        let none = Stage(parameters: LayerParameters(dense: 0, expert: 0), reduces: false)
        var candidates = (none, none, none, none)
        for i in 0..<layout.count {
            let params = MemoryModel.stageParameters(layout[i], dense: dense, moe: moe, plan: plan, problem: problem)
            optimizerParams = max(
                optimizerParams,
                plan.zeroStage >= 1
                    ? params.dense / Double(g) + params.expert / Double(edp)
                    : params.total)
            let stage = Self.stage(params, plan: plan, problem: problem)
            switch i {
            case 0: candidates.0 = stage
            case 1: candidates.1 = stage
            case 2: candidates.2 = stage
            default: candidates.3 = stage
            }
        }
        (first, second, third, fourth) = candidates
        let optimizerBytes = c.optimizerBytesPerParameter + 2 * (fw.optimizerStateBytes - 12)
        optimizerSeconds = optimizerParams * optimizerBytes / problem.hardware.memoryBandwidth
    }

    /// ZeRO-3's gather and reduce-scatter of one layer's parameters `params`, if some group shards them.
    @inlinable
    static func zero3(
        _ params: LayerParameters, plan: ParallelPlan, problem: borrowing PlanProblem, gatherBytes: Double
    ) -> LayerCollectives {
        let g = plan.dp * plan.cp
        let edp = plan.expertDataParallel
        guard g > 1 || (params.expert > 0 && edp > 1) else { return LayerCollectives() }
        let c = problem.constants
        let gradientBytes = problem.framework.gradientBytes
        let stride = plan.ep * plan.etp
        @inline(__always) func both(_ kind: Collective, _ bytes: Double) -> Double {
            CollectiveCost.seconds(
                kind, ranks: g, stride: plan.tp, bytes: params.dense * bytes, hardware: problem.hardware, constants: c)
                + CollectiveCost.seconds(
                    kind, ranks: edp, stride: stride, bytes: params.expert * bytes, hardware: problem.hardware,
                    constants: c)
        }
        return LayerCollectives(
            applies: true, gather: both(.allGather, gatherBytes), reduce: both(.reduceScatter, gradientBytes))
    }

    /// The data-parallel collectives of one stage holding `params` (ZeRO 0–2).
    @inlinable
    static func stage(_ params: LayerParameters, plan: ParallelPlan, problem: borrowing PlanProblem) -> Stage {
        let g = plan.dp * plan.cp
        let edp = plan.expertDataParallel
        var stage = Stage(parameters: params, reduces: plan.zeroStage < 3 && (g > 1 || (params.expert > 0 && edp > 1)))
        guard stage.reduces else { return stage }
        let c = problem.constants
        let fw = problem.framework
        let stride = plan.ep * plan.etp
        let denseBytes = params.dense * fw.gradientBytes
        let expertBytes = params.expert * fw.gradientBytes
        @inline(__always) func buckets(_ bytes: Double) -> Double {
            guard bytes > 0 else { return 0 }
            return fw.gradientBucketBytes.map { max(1, (bytes / $0).rounded(.up)) } ?? 1
        }
        let kd = buckets(denseBytes)
        let ke = buckets(expertBytes)
        let kind: Collective = plan.zeroStage >= 1 ? .reduceScatter : .allReduce
        stage.reduce =
            CollectiveCost.seconds(
                kind, ranks: g, stride: plan.tp, bytes: denseBytes, messages: kd,
                hardware: problem.hardware, constants: c)
            + CollectiveCost.seconds(
                kind, ranks: edp, stride: stride, bytes: expertBytes, messages: ke,
                hardware: problem.hardware, constants: c)
        stage.lastBucket = stage.reduce / max(1, kd + ke)
        if plan.zeroStage >= 1 {
            stage.gather =
                CollectiveCost.seconds(
                    .allGather, ranks: g, stride: plan.tp,
                    bytes: params.dense * c.activationElementBytes, messages: kd,
                    hardware: problem.hardware, constants: c)
                + CollectiveCost.seconds(
                    .allGather, ranks: edp, stride: stride,
                    bytes: params.expert * c.activationElementBytes, messages: ke,
                    hardware: problem.hardware, constants: c)
        }
        return stage
    }

    /// Exposed data-parallel communication of stage `i` (ZeRO 0–2) with `backward` and `forward` seconds of one
    /// micro-batch on that stage to hide it behind:
    ///
    /// ```
    /// exposed = last + exposed(RS − last, W_b, o_rs) + exposed(AG, W_f, o_ag)        AG: ZeRO ≥ 1
    /// ```
    @inlinable
    public func exposure(stage i: Int, backward: Double, forward: Double, plan: ParallelPlan, overlap o: OverlapProfile)
        -> Double
    {
        let s = self[i]
        var exposed =
            s.lastBucket + exposedSeconds(s.reduce - s.lastBucket, window: backward, overlap: o.gradientReduce)
        if plan.zeroStage >= 1 { exposed += exposedSeconds(s.gather, window: forward, overlap: o.parameterGather) }
        return exposed
    }
}

/// The parameters each GPU holds: per layer, per stage, and the memory left for them.
extension MemoryModel {
    /// Parameters of one layer of `kind` held by one GPU (``LayerParameters``):
    ///
    /// ```
    /// dense:  (P_attn − P_rep)/t + P_rep + m·h·f_d/t + c·h
    /// MoE:    (P_attn − P_rep)/t + P_rep + S·m·h·f_s/t + h·E + c·h    +    (E/e)·m·h·f/u
    /// ```
    @inlinable
    public static func layerParameters(_ kind: LayerKind, plan: ParallelPlan, problem: PlanProblem)
        -> LayerParameters
    {
        let n = problem.counts
        let t = Double(plan.tp)
        let attention = (n.attention - n.replicatedAttention) / t + n.replicatedAttention + n.small
        switch kind {
        case .dense:
            return LayerParameters(dense: attention + n.denseMLP / t, expert: 0)
        case .moe:
            let local = Double(problem.shape.experts) / Double(plan.ep) * n.expert / Double(plan.etp)
            return LayerParameters(dense: attention + n.sharedExperts / t + n.router, expert: local)
        }
    }

    /// Parameters of one dense layer (of a dense model: of its one kind of layer) held by one GPU:
    /// `P_attn/t + m·h·f/t + c·h` for standard attention.
    @inlinable
    public static func layerParameters(plan: ParallelPlan, problem: PlanProblem) -> Double {
        let kind: LayerKind = problem.shape.isMixtureOfExperts ? .moe : .dense
        return layerParameters(kind, plan: plan, problem: problem).total
    }

    /// What the last stage holds besides its layers: the output layer `V·h/t`, and per multi-token-prediction module
    /// one more layer of the model's MoE kind (`moe`) and its `2h × h` projection (split by TP).
    @inlinable
    static func lastStageExtras(plan: ParallelPlan, problem: PlanProblem, moe: LayerParameters) -> LayerParameters {
        let shape = problem.shape
        let t = Double(plan.tp)
        let h = Double(shape.hidden)
        var extra = LayerParameters(dense: shape.outputParameters / t, expert: 0)
        if shape.multiTokenPrediction > 0 {
            let module = moe + LayerParameters(dense: 2 * h * h / t, expert: 0)
            extra = extra + Double(shape.multiTokenPrediction) * module
        }
        return extra
    }

    /// Parameters held by one GPU of the fullest of the candidate pipeline stages, before ZeRO sharding.
    ///
    /// ```
    /// Φ = max_k Σ_{layers of stage k} P_l  (+ (V·h + s·h)/t on the first)  (+ V·h/t on the last)
    /// ```
    @inlinable
    public static func stageParameters(plan: ParallelPlan, problem: PlanProblem) -> Double {
        stageParameterSplit(plan: plan, problem: problem, layout: StageLayout(shape: problem.shape, stages: plan.pp))
            .map(\.total).max() ?? 0
    }

    /// The parameters of each candidate stage of `layout`, split by sharding group.
    public static func stageParameterSplit(plan: ParallelPlan, problem: PlanProblem, layout: StageLayout)
        -> [LayerParameters]
    {
        let dense = layerParameters(.dense, plan: plan, problem: problem)
        let moe = problem.shape.isMixtureOfExperts ? layerParameters(.moe, plan: plan, problem: problem) : dense
        return (0..<layout.count).map { i in
            stageParameters(layout[i], dense: dense, moe: moe, plan: plan, problem: problem)
        }
    }

    /// The parameters of stage `k` held by one GPU: its layers of each kind (`dense`, `moe`: one layer's), the
    /// embedding on the first stage, the output layer and multi-token prediction on the last. A one-stage pipeline
    /// of a model with tied embeddings holds the shared matrix once.
    @inlinable
    public static func stageParameters(
        _ k: StageComposition, dense: LayerParameters, moe: LayerParameters,
        plan: ParallelPlan, problem: PlanProblem
    ) -> LayerParameters {
        let shape = problem.shape
        let t = Double(plan.tp)
        var params = Double(k.dense) * dense + Double(k.moe) * moe
        if k.isFirst { params.dense += shape.embeddingParameters / t }
        if k.isLast {
            params = params + lastStageExtras(plan: plan, problem: problem, moe: moe)
            if k.isFirst, shape.tiedEmbeddings {
                params.dense -= min(shape.embeddingParameters, shape.outputParameters) / t
            }
        }
        return params
    }

    /// Bytes a plan may use per GPU: device memory less the CUDA context, less the allocator's reserve.
    ///
    /// ```
    /// usable = (M − C) · (1 − r)        C contextBytes, r allocatorReserveFraction (StepTimeConstants)
    /// ```
    @inlinable
    public static func usableBytes(_ problem: PlanProblem) -> Double {
        let c = problem.constants
        return max(0, problem.hardware.memoryBytes - c.contextBytes) * (1 - c.allocatorReserveFraction)
    }
}

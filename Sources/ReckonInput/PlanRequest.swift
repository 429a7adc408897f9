import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `reckon plan`: the fields it reads, and how they become a ``PlanProblem`` and ``PlanConstraints``.
public enum PlanRequest {
    /// Every key `reckon plan` accepts (flags and scenario-file keys alike): the field registry's.
    public static var keys: Set<String> { CommandInputs.plan.keys }

    /// Tokens per optimizer step assumed when no global batch is given: 4M (2²²), the batch of Llama 2
    /// (Touvron et al. 2023, 'All models are trained with a global batch-size of 4M tokens').
    public static let defaultBatchTokens = 4_194_304.0
    public static let defaultBatchSource = "Touvron et al. 2023 (Llama 2), Sec. 2.2: global batch of 4M tokens"

    /// Why `reckon plan` and `reckon train` assume a fused attention kernel unless told otherwise.
    public static let fusedAttentionSource =
        "FlashAttention-style kernels (Dao et al. 2022, arXiv:2205.14135) are standard in current training stacks; "
        + "the calibration preset (Megatron-LM 2021) has none"

    /// A resolved request.
    public struct Resolved: Sendable {
        public var problem: PlanProblem
        public var constraints: PlanConstraints
        public var top: Int
        public var modelName: String
        public var gpuName: String
        public var assumptions: [Assumption]
    }

    /// The global batch used when none is given: 4M tokens in sequences, rounded up to a multiple of the GPU count.
    ///
    /// ```
    /// B = N · ⌈(4,194,304 / s) / N⌉
    /// ```
    public static func defaultGlobalBatch(gpus: Int, sequenceLength: Int) -> Int {
        let sequences = max(1, Int((defaultBatchTokens / Double(sequenceLength)).rounded(.up)))
        return gpus * ((sequences + gpus - 1) / gpus)
    }

    /// Validates `input` against the field registry and the catalog and builds the search. Errors name the field.
    public static func resolve(_ input: InputFields, catalog: Catalog = .builtin) throws -> Resolved {
        try CommandInputs.plan.validate(input)
        var assumptions: [Assumption] = []
        let model = try planModel(input, catalog: catalog, assumptions: &assumptions)
        let seqLen = try input.integer(.seqLen)
        var shape = try TransformerShape(model: model, sequenceLength: seqLen)
        if let m = try input.integer(.ffnMatrices) {
            shape.ffnMatrices = m
        } else if model.id == "custom" {
            shape.ffnMatrices = 2
        }
        if seqLen == nil {
            assumptions.append(
                Assumption(
                    "seq_len", "\(shape.sequenceLength)",
                    source: "the model's context length (catalog '\(model.id)')"))
        }
        let accelerator = try catalog.accelerator(try input.catalogID(.gpu) ?? "a100-80gb")
        if !input.has(.gpu) {
            assumptions.append(Assumption("gpu", accelerator.id, source: "default accelerator of `reckon plan`"))
        }
        let hardware = try BuiltinPlanDetails.hardware(for: accelerator)
        guard let gpus = try input.integer(.gpus) else {
            throw InputError(field: "gpus", value: "", allowed: "a whole number of accelerators ≥ 1")
        }
        let batch: Int
        if let b = try input.integer(.globalBatch) {
            batch = b
        } else {
            batch = defaultGlobalBatch(gpus: gpus, sequenceLength: shape.sequenceLength)
            assumptions.append(
                Assumption(
                    "global_batch", "\(batch) sequences (4M tokens, rounded up to a multiple of --gpus)",
                    source: defaultBatchSource))
        }
        let framework = try planFramework(input, assumptions: &assumptions)
        let recipe = try input.word(.fp8Recipe).flatMap(FP8Recipe.init(label:))
        let imbalance = try input.number(.expertImbalance)
        if shape.isMixtureOfExperts, imbalance == nil {
            assumptions.append(
                Assumption(
                    "expert_imbalance", "1 (balanced routing)",
                    source: "stated assumption: the busiest expert-parallel rank gets its "
                        + "fair share of tokens, as Megatron-Bridge's MoE benchmarks force it; "
                        + "give --expert-imbalance for a real router"))
        }
        let problem = try PlanProblem(
            shape: shape, hardware: hardware, gpus: gpus, globalBatch: batch,
            framework: framework, constants: .default,
            expertLoadImbalance: imbalance ?? 1, fp8Recipe: recipe)
        let constraints = try planConstraints(input, hardware: hardware, accelerator: accelerator)
        try constraints.check(framework: framework)
        try checkExperts(constraints, shape: shape)
        return Resolved(
            problem: problem, constraints: constraints, top: try input.integer(.top) ?? 5,
            modelName: model.name, gpuName: accelerator.name, assumptions: assumptions)
    }

    /// A catalog entry and/or a shape given field by field.
    static func planModel(_ input: InputFields, catalog: Catalog, assumptions: inout [Assumption]) throws -> ModelSpec {
        var model = ModelSpec(
            id: "custom", name: "custom model", totalParameters: Parameters(1), source: "user input",
            asOf: "-")
        var configNotes: [String] = []
        if let fromConfig = try input.modelFromConfig(assumptions: &assumptions, notes: &configNotes) {
            model = fromConfig
            for note in configNotes { assumptions.append(Assumption("model_config", model.name, source: note)) }
        } else if let id = try input.catalogID(.model) {
            model = try catalog.model(id)
        } else if !input.has(.layers) {
            throw InputError(
                field: "model", value: "",
                allowed: "a catalog model ID, or a shape with --layers --hidden --heads --vocab")
        }
        if let v = try input.integer(.layers) { model.layers = v }
        if let v = try input.integer(.hidden) { model.hiddenSize = v }
        if let v = try input.integer(.heads) {
            model.heads = v
            if !input.has(.kvHeads) { model.kvHeads = v }
        }
        if let v = try input.integer(.kvHeads) { model.kvHeads = v }
        if let v = try input.integer(.ffn) { model.ffnSize = v }
        if let v = try input.integer(.vocab) { model.vocabulary = v }
        try model.applyExpertOverrides(input)
        if model.id == "custom", model.ffnSize == nil, let h = model.hiddenSize {
            assumptions.append(
                Assumption(
                    "ffn", "\(4 * h) (4 × hidden)",
                    source: "GPT convention (Radford et al. 2019; Brown et al. 2020)"))
        }
        return model
    }

    /// The framework profile (``FrameworkProfiles``) with the user's overlap and attention-kernel overrides.
    static func planFramework(_ input: InputFields, assumptions: inout [Assumption]) throws -> FrameworkProfile {
        var framework = FrameworkProfiles.default
        if let id = try input.word(.framework) {
            framework = try FrameworkProfiles.profile(id)
        } else {
            assumptions.append(Assumption("framework", framework.id, source: frameworkSource))
        }
        if let o = try input.number(.dpOverlap) { framework.overlap.gradientReduce = o }
        if let o = try input.number(.tpOverlap) { framework.overlap.tensorParallel = o }
        if let o = try input.number(.paramGatherOverlap) { framework.overlap.parameterGather = o }
        if let o = try input.number(.ppOverlap) { framework.overlap.pipeline = o }
        if let o = try input.number(.a2aOverlap) { framework.overlap.expertAllToAll = o }
        if let g = try input.flag(.fp8ParamGather) { framework.fp8ParameterGather = g }
        if let f = try input.flag(.fusedAttention) {
            if !f {
                framework.attention = .unfused
            } else if !framework.attention.isFused {
                framework.attention = .flashAttention2
            }
        }
        return framework
    }

    /// Why `plan` and `train` assume Megatron-Core unless told otherwise.
    public static let frameworkSource =
        "FrameworkProfiles.default: Megatron-Core as in NVIDIA's published performance "
        + "configurations (overlaps on); `reckon plan --framework` lists the others"

    /// The parts of the plan the user fixed.
    static func planConstraints(_ input: InputFields, hardware: PlanHardware, accelerator: AcceleratorSpec) throws
        -> PlanConstraints
    {
        var c = PlanConstraints()
        c.tp = try input.integer(.tp)
        c.cp = try input.integer(.cp)
        c.pp = try input.integer(.pp)
        c.interleave = try input.integer(.interleave)
        c.ep = try input.integer(.ep)
        c.etp = try input.integer(.etp)
        c.expertOverlap = try input.flag(.expertOverlap)
        c.microbatch = try input.integer(.microbatch)
        c.zeroStage = try input.integer(.zero)
        c.recomputeLayers = try input.integer(.recomputeLayers)
        c.sequenceParallel = try input.flag(.sequenceParallel)
        if let r = try input.word(.recompute) { c.recompute = Recompute(label: r) }
        if let p = try input.word(.precision) {
            c.precision = p == "fp8" ? .fp8 : .bf16
            if c.precision == .fp8, hardware.fp8PeakFLOPPerSecond <= 0 {
                throw InputError(
                    field: "precision", value: p,
                    allowed: "bf16 (\(accelerator.id) has no FP8 peak in the catalog)")
            }
        }
        return c
    }

    /// Expert parallelism the model can take: EP dividing the routed experts (1 for a dense model), ETP dividing
    /// the expert FFN size; each refused naming its field.
    static func checkExperts(_ c: PlanConstraints, shape: TransformerShape) throws {
        if let ep = c.ep, shape.experts % ep != 0 {
            throw InputError(
                field: "ep", value: "\(ep)",
                allowed: shape.isMixtureOfExperts
                    ? "a divisor of the \(shape.experts) routed experts"
                    : "1 (a dense model has no experts)")
        }
        if let etp = c.etp, etp > 1 {
            guard shape.isMixtureOfExperts else {
                throw InputError(field: "etp", value: "\(etp)", allowed: "1 (a dense model has no experts)")
            }
            guard shape.ffn % etp == 0 else {
                throw InputError(
                    field: "etp", value: "\(etp)",
                    allowed: "a divisor of the expert FFN size (\(shape.ffn))")
            }
        }
        if c.expertOverlap == true, !shape.isMixtureOfExperts {
            throw InputError(field: "expert_overlap", value: "true", allowed: "false (a dense model has no all-to-all)")
        }
    }

    /// Runs the search. When nothing fits and the user fixed the whole plan, throws an ``InputError``
    /// that says why that plan cannot run (memory or a structural rule).
    public static func search(_ r: Resolved, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> PlanSearchResult
    {
        let result = PlanSearch.run(problem: r.problem, constraints: r.constraints, top: r.top, progress: progress)
        if result.plans.isEmpty {
            let c = r.constraints
            let p = r.problem
            if let tp = c.tp, let pp = c.pp {
                let ep = c.ep ?? 1
                let cp = c.cp ?? 1
                let dp = max(1, p.gpus / max(1, tp * cp * pp))
                let plan = ParallelPlan(
                    tp: tp, cp: cp, pp: pp, interleave: c.interleave ?? 1, dp: dp, ep: ep,
                    etp: c.etp ?? 1, expertOverlap: c.expertOverlap ?? false,
                    sequenceParallel: c.sequenceParallel ?? (tp > 1), microbatch: c.microbatch ?? 1,
                    recompute: c.recompute ?? .full, zeroStage: c.zeroStage ?? (dp * cp > 1 ? 3 : 0),
                    precision: c.precision)
                do { _ = try StepTimeModel.evaluate(plan: plan, problem: p) } catch {
                    throw InputError(
                        field: error.field, value: plan.summary, allowed: "a plan that can run", hint: error.description
                    )
                }
            }
            throw InputError(
                field: "plan", value: "\(result.evaluated) plans evaluated", allowed: "at least one plan that fits",
                hint: result.evaluated == 0
                    ? "no plan satisfies the fixed parts (check --tp/--cp/--pp/--ep against heads, sequence length, "
                        + "layers, GPUs and batch)"
                    : "none fits in memory: add GPUs, allow recompute/ZeRO, or use a GPU with more memory")
        }
        return result
    }

    /// The MFU `reckon train` uses when none is given: the best plan's, against the peak at `precision`.
    /// Nil when the model has no shape or the accelerator lacks a figure the plan model needs.
    ///
    /// With `flopPerToken` (the compute rule's FLOP per trained token, e.g. `6·N_active`) the MFU is put in that
    /// rule's terms, so that `C / (n·F·MFU)` is the plan model's predicted time:
    /// ```
    /// MFU_rule = (C/D) · r / F          r the best plan's tokens/s per GPU, F the peak at the precision
    /// ```
    /// (the plan model's own MFU also counts attention scores, the output layer and multi-token prediction, which
    /// `6·N·D` leaves out; for DeepSeek-V3 at 4K tokens they add a third).
    public static func predictedMFU(
        model: ModelSpec, accelerator: AcceleratorSpec, gpus: Int, precision: Precision,
        framework: FrameworkProfile = FrameworkProfiles.default,
        flopPerToken: Double? = nil
    )
        -> (mfu: Double, assumption: Assumption)?
    {
        let key = PredictedMFUMemo.Key(
            model: model, accelerator: accelerator, gpus: gpus, precision: precision, framework: framework,
            flopPerToken: flopPerToken)
        return PredictedMFUMemo.shared.value(key) {
            searchedMFU(
                model: model, accelerator: accelerator, gpus: gpus, precision: precision, framework: framework,
                flopPerToken: flopPerToken)
        }
    }

    /// ``predictedMFU(model:accelerator:gpus:precision:framework:flopPerToken:)`` without the memo: the search.
    static func searchedMFU(
        model: ModelSpec, accelerator: AcceleratorSpec, gpus: Int, precision: Precision,
        framework: FrameworkProfile, flopPerToken: Double?
    ) -> (mfu: Double, assumption: Assumption)? {
        guard let shape = try? TransformerShape(model: model),
            let hardware = try? BuiltinPlanDetails.hardware(for: accelerator),
            let peak = accelerator.peak(at: precision)?.value, peak > 0
        else { return nil }
        let batch = defaultGlobalBatch(gpus: gpus, sequenceLength: shape.sequenceLength)
        guard
            let problem = try? PlanProblem(
                shape: shape, hardware: hardware, gpus: gpus, globalBatch: batch,
                framework: framework)
        else { return nil }
        let training = PlanMFU.trainingPrecision(precision, hardware: hardware, framework: framework)
        let constraints = PlanConstraints(precision: training)
        guard let best = PlanSearch.run(problem: problem, constraints: constraints, top: 1).plans.first
        else { return nil }
        let perGPU = best.estimate.tokensPerSecond / Double(gpus)
        let mfu = PlanMFU.mfu(best.estimate, peak: peak, gpus: gpus, flopPerToken: flopPerToken)
        let text = NumberFormat.significant(mfu, digits: 3)
        var value =
            "\(text) predicted by the plan model (best plan \(best.plan.summary), global batch \(batch) "
            + "sequences, framework \(framework.id)"
        if flopPerToken != nil {
            let own = NumberFormat.significant(best.estimate.mfu, digits: 3)
            value +=
                "; \(NumberFormat.grouped(perGPU.rounded())) tokens/s per GPU × the compute rule's FLOP per "
                + "token ÷ the \(precision.rawValue) peak; plan-model MFU \(own) of the BF16 peak with attention"
            if let fp8 = best.estimate.mfuAgainstFP8Peak, training == .fp8 {
                value += ", \(NumberFormat.significant(fp8, digits: 3)) of the FP8 peak"
            }
        }
        return (
            mfu,
            Assumption(
                "mfu", value + ")",
                source: "reckon plan: step-time model v2 (StepTimeModel), StepTimeConstants.default")
        )
    }
}

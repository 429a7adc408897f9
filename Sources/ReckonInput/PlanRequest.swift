import ReckonAnalysis
import ReckonCatalog
import ReckonCore
import ReckonUnits

/// `reckon plan`: the fields it reads, and how they become a ``PlanProblem`` and ``PlanConstraints``.
public enum PlanRequest {
    /// Every key `reckon plan` accepts (flags and scenario-file keys alike).
    public static let keys: Set<String> = [
        "model", "layers", "hidden", "heads", "kv_heads", "ffn", "ffn_matrices", "vocab", "seq_len", "experts",
        "active_experts", "gpu", "gpus", "global_batch", "top", "tp", "cp", "pp", "interleave", "ep", "microbatch",
        "recompute", "zero", "sequence_parallel", "precision", "dp_overlap", "fused_attention",
    ]

    /// Tokens per optimizer step assumed when no global batch is given: 4M (2²²), the batch of Llama 2
    /// (training_runs.csv, 'All models are trained with a global batch-size of 4M tokens').
    public static let defaultBatchTokens = 4_194_304.0
    public static let defaultBatchSource = "Touvron et al. 2023 (Llama 2): global batch of 4M tokens (training_runs.csv)"

    /// Why `reckon plan` and `reckon train` assume a fused attention kernel unless told otherwise.
    public static let fusedAttentionSource = "FlashAttention-style kernels (Dao et al. 2022, arXiv:2205.14135) are standard in current training stacks; the calibration preset (Megatron-LM 2021) has none"

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

    /// Validates `input` against the catalog and builds the search. Errors name the field.
    public static func resolve(_ input: InputFields, catalog: Catalog = .builtin) throws -> Resolved {
        try input.rejectUnknownKeys(allowed: keys, command: "plan")
        var assumptions: [Assumption] = []

        // Model: a catalog entry and/or a shape given flag by flag.
        var model = ModelSpec(id: "custom", name: "custom model", totalParameters: Parameters(1), source: "user input", asOf: "-")
        if let id = try input.string("model") { model = try catalog.model(id) }
        else if !input.has("layers") {
            throw InputError(field: "model", value: "", allowed: "a catalog model ID, or a shape with --layers --hidden --heads --vocab")
        }
        func positive(_ key: String) throws -> Int? {
            guard let x = try input.int(key) else { return nil }
            try Check.integer(x, key, in: 1...100_000_000)
            return x
        }
        if let v = try positive("layers") { model.layers = v }
        if let v = try positive("hidden") { model.hiddenSize = v }
        if let v = try positive("heads") { model.heads = v; if !input.has("kv_heads") { model.kvHeads = v } }
        if let v = try positive("kv_heads") { model.kvHeads = v }
        if let v = try positive("ffn") { model.ffnSize = v }
        if let v = try positive("vocab") { model.vocabulary = v }
        if let v = try positive("experts") { model.experts = v }
        if let v = try positive("active_experts") { model.activeExperts = v }
        if model.id == "custom", model.ffnSize == nil, let h = model.hiddenSize {
            assumptions.append(Assumption("ffn", "\(4 * h) (4 × hidden)", source: "GPT convention (Radford et al. 2019; Brown et al. 2020)"))
        }
        let seqLen = try positive("seq_len")
        var shape = try TransformerShape(model: model, sequenceLength: seqLen)
        if let m = try input.int("ffn_matrices") { shape.ffnMatrices = m }
        else if model.id == "custom" { shape.ffnMatrices = 2 }
        if seqLen == nil {
            assumptions.append(Assumption("seq_len", "\(shape.sequenceLength)", source: "the model's context length (catalog '\(model.id)')"))
        }

        // Hardware.
        let accelerator = try catalog.accelerator(try input.string("gpu") ?? "a100-80gb")
        if !input.has("gpu") { assumptions.append(Assumption("gpu", accelerator.id, source: "default accelerator of `reckon plan`")) }
        let hardware = try BuiltinPlanDetails.hardware(for: accelerator)
        guard let gpus = try positive("gpus") else {
            throw InputError(field: "gpus", value: "", allowed: "a whole number of accelerators ≥ 1")
        }
        let batch: Int
        if let b = try positive("global_batch") { batch = b } else {
            batch = defaultGlobalBatch(gpus: gpus, sequenceLength: shape.sequenceLength)
            assumptions.append(Assumption("global_batch", "\(batch) sequences (4M tokens, rounded up to a multiple of --gpus)", source: defaultBatchSource))
        }
        // Framework: the catalog's default profile until the input layer offers a choice (issue 13); the report
        // names it.
        var framework = FrameworkProfiles.default
        if let o = try input.double("dp_overlap") {
            guard o >= 0, o <= 1 else { throw InputError(field: "dp_overlap", value: Check.shown(o), allowed: "a fraction in [0, 1]") }
            framework.overlap.gradientReduce = o
        }
        if let f = try input.bool("fused_attention"), !f { framework.attention = .unfused }
        let problem = try PlanProblem(shape: shape, hardware: hardware, gpus: gpus, globalBatch: batch,
                                      framework: framework, constants: .default)

        // Constraints.
        var c = PlanConstraints()
        c.tp = try positive("tp"); c.cp = try positive("cp"); c.pp = try positive("pp"); c.interleave = try positive("interleave")
        c.ep = try positive("ep"); c.microbatch = try positive("microbatch")
        if let z = try input.int("zero") { try Check.integer(z, "zero", in: 0...3); c.zeroStage = z }
        c.sequenceParallel = try input.bool("sequence_parallel")
        if let r = try input.string("recompute") {
            guard let mode = Recompute(label: r) else {
                throw InputError(field: "recompute", value: r, allowed: "one of none, selective, full")
            }
            c.recompute = mode
        }
        if let p = try input.string("precision") {
            switch p.lowercased() {
            case "bf16", "fp16": c.precision = .bf16
            case "fp8": c.precision = .fp8
            default: throw InputError(field: "precision", value: p, allowed: "bf16 or fp8")
            }
            if c.precision == .fp8, hardware.fp8PeakFLOPPerSecond <= 0 {
                throw InputError(field: "precision", value: p, allowed: "bf16 (\(accelerator.id) has no FP8 peak in the catalog)")
            }
        }
        let top = try positive("top") ?? 5
        return Resolved(problem: problem, constraints: c, top: min(top, 1000), modelName: model.name,
                        gpuName: accelerator.name, assumptions: assumptions)
    }

    /// Runs the search. When nothing fits and the user fixed the whole plan, throws an ``InputError``
    /// that says why that plan cannot run (memory or a structural rule).
    public static func search(_ r: Resolved, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> PlanSearchResult {
        let result = PlanSearch.run(problem: r.problem, constraints: r.constraints, top: r.top, progress: progress)
        if result.plans.isEmpty {
            let c = r.constraints, p = r.problem
            if let tp = c.tp, let pp = c.pp {
                let ep = c.ep ?? 1, cp = c.cp ?? 1
                let dp = max(1, p.gpus / max(1, tp * cp * pp * ep))
                let plan = ParallelPlan(tp: tp, cp: cp, pp: pp, interleave: c.interleave ?? 1, dp: dp, ep: ep,
                                        sequenceParallel: c.sequenceParallel ?? (tp > 1), microbatch: c.microbatch ?? 1,
                                        recompute: c.recompute ?? .full, zeroStage: c.zeroStage ?? (dp * cp > 1 ? 3 : 0),
                                        precision: c.precision)
                do { _ = try StepTimeModel.evaluate(plan: plan, problem: p) } catch {
                    throw InputError(field: error.field, value: plan.summary, allowed: "a plan that can run", hint: error.description)
                }
            }
            throw InputError(field: "plan", value: "\(result.evaluated) plans evaluated", allowed: "at least one plan that fits",
                             hint: result.evaluated == 0 ? "no plan satisfies the fixed parts (check --tp/--cp/--pp/--ep against heads, sequence length, layers, GPUs and batch)"
                                                         : "none fits in memory: add GPUs, allow recompute/ZeRO, or use a GPU with more memory")
        }
        return result
    }

    /// The MFU `reckon train` uses when none is given: the best plan's, against the peak at `precision`.
    /// Nil when the model has no shape or the accelerator lacks a figure the plan model needs.
    public static func predictedMFU(model: ModelSpec, accelerator: AcceleratorSpec, gpus: Int, precision: Precision)
        -> (mfu: Double, assumption: Assumption)? {
        guard let shape = try? TransformerShape(model: model),
              let hardware = try? BuiltinPlanDetails.hardware(for: accelerator),
              let peak = accelerator.peak(at: precision)?.value, peak > 0 else { return nil }
        let batch = defaultGlobalBatch(gpus: gpus, sequenceLength: shape.sequenceLength)
        guard let problem = try? PlanProblem(shape: shape, hardware: hardware, gpus: gpus, globalBatch: batch,
                                             framework: FrameworkProfiles.default) else { return nil }
        let training: TrainingPrecision = precision == .fp8 && hardware.fp8PeakFLOPPerSecond > 0 ? .fp8 : .bf16
        guard let best = PlanSearch.run(problem: problem, constraints: PlanConstraints(precision: training), top: 1).plans.first
        else { return nil }
        let mfu = min(1, best.estimate.modelFLOPPerSecondPerGPU / peak)
        let text = NumberFormat.significant(mfu, digits: 3)
        return (mfu, Assumption("mfu", "\(text) predicted by the plan model (best plan \(best.plan.summary), global batch \(batch) sequences, framework \(problem.framework.id))",
                                source: "reckon plan: step-time model v2 (StepTimeModel), StepTimeConstants.default"))
    }
}

import ReckonAnalysis
import ReckonCore
import ReckonCatalog

/// What a published figure measures, and so how the plan model's prediction is put in its terms.
///
/// Every metric is a fixed multiple of tokens per second per GPU, so the error of any row is the error
/// of the predicted throughput (and of the step time, its inverse).
public enum ValidationMetric: String, Sendable, Hashable {
    /// Hardware FLOP/s per GPU counting recomputation by Narayanan et al. 2021 eq. (3), TFLOP/s.
    case hardwareTFLOPsPerGPU = "hardware_tflops_per_gpu"
    /// Tokens per second per GPU.
    case tokensPerSecondPerGPU = "tokens_per_second_per_gpu"
    /// 6·N·(tokens/s) / (GPUs · peak): MFU as derived from GPU-hours with the 6ND rule.
    case sixNDMFU = "mfu_6nd"
    /// NeMo's "model TFLOP/s per GPU" by its Llama 2 formula (NVIDIA/NeMo `nemo/utils/flops_formulas.py`,
    /// `llama2`: per token `L·h²·(12 + 12·k/a + 18·f/h + 12·s/h + 6·V/(L·h))`, attention not halved for causality).
    case nemoModelTFLOPsPerGPU = "nemo_model_tflops_per_gpu"
    /// Megatron-Core MoE README TFLOP/s: the throughput Megatron-LM's training loop logs, by its
    /// `num_floating_point_operations` of mid-2024 (not restated in the README; the Megatron-LM code its v0.8
    /// runs logged with), per token `12·L·h²·((1 + k/a + s/h)·(a·d_h/h) + (f/h)·E_a·γ + (S·f_s/h)·γ + V/(2·L·h))`,
    /// `γ` = 3/2 for SwiGLU.
    case megatronMoETFLOPsPerGPU = "megatron_moe_tflops_per_gpu"
}

/// One published training measurement: the job, the plan as far as it is published, the framework that ran
/// it, and the figure. Rows that cannot be modelled keep their reason in ``notModelled`` and are still reported.
public struct ValidationCase: Sendable {
    public var id: String
    /// The development-set group the row belongs to (`Megatron-LM Table 1`, `NeMo 24.07 perf summary`, …).
    public var suite: String
    public var label: String
    /// Nil when the row cannot be modelled.
    public var shape: TransformerShape?
    public var hardware: PlanHardware?
    public var gpus: Int
    public var globalBatch: Int
    /// The published parts of the plan; the search chooses the rest.
    public var constraints: PlanConstraints
    public var framework: FrameworkProfile
    public var metric: ValidationMetric
    public var published: Double
    /// Parameters N in the published 6ND derivation (``ValidationMetric/sixNDMFU`` only).
    public var nominalParameters: Double = 0
    /// True for the rows the fitted constants of ``StepTimeConstants/default`` were fitted on.
    public var calibration: Bool
    /// Why the row is not modelled, when it is not.
    public var notModelled: String?
    /// The FP8 scaling recipe of an FP8 row, as printed (nil: the framework's).
    public var fp8Recipe: FP8Recipe?
    public var source: String
    public var note: String

    public init(
        id: String, suite: String, label: String, shape: TransformerShape?, hardware: PlanHardware?, gpus: Int,
        globalBatch: Int, constraints: PlanConstraints, framework: FrameworkProfile, metric: ValidationMetric,
        published: Double, nominalParameters: Double = 0, calibration: Bool, notModelled: String? = nil,
        fp8Recipe: FP8Recipe? = nil, source: String, note: String
    ) {
        self.id = id
        self.suite = suite
        self.label = label
        self.shape = shape
        self.hardware = hardware
        self.gpus = gpus
        self.globalBatch = globalBatch
        self.constraints = constraints
        self.framework = framework
        self.metric = metric
        self.published = published
        self.nominalParameters = nominalParameters
        self.calibration = calibration
        self.notModelled = notModelled
        self.fp8Recipe = fp8Recipe
        self.source = source
        self.note = note
    }

    /// True for a mixture-of-experts row.
    public var isMixtureOfExperts: Bool { shape?.isMixtureOfExperts ?? false }

    /// The row's figure for a predicted throughput of `tokens` tokens/s per GPU.
    ///
    /// ```
    /// hardware TFLOP/s (eq. 3):  r · 96·L·h²·(1 + s/(6h) + V/(16·L·h)) / 1e12
    /// NeMo model TFLOP/s:        r · L·h²·(12 + 12·k/a + 18·f/h + 12·s/h + 6·V/(L·h)) / 1e12
    /// Megatron MoE TFLOP/s:      r · 12·L·h²·((1 + k/a + s/h)·(a·d_h/h) + (f/h)·E_a·γ + (S·f_s/h)·γ
    ///                                             + V/(2·L·h)) / 1e12
    /// 6ND MFU:                   r · 6·N / F_bf16
    /// ```
    public func value(tokensPerSecondPerGPU r: Double) -> Double? {
        guard let shape, let hardware else { return nil }
        let l = Double(shape.layers)
        let h = Double(shape.hidden)
        let s = Double(shape.sequenceLength)
        let v = Double(shape.vocabulary)
        switch metric {
        case .tokensPerSecondPerGPU: return r
        case .hardwareTFLOPsPerGPU: return r * 96 * l * h * h * (1 + s / (6 * h) + v / (16 * l * h)) / 1e12
        case .nemoModelTFLOPsPerGPU:
            let k = Double(shape.kvHeads) / Double(shape.heads)
            let f = Double(shape.ffn)
            return r * l * h * h * (12 + 12 * k + 18 * f / h + 12 * s / h + 6 * v / (l * h)) / 1e12
        case .sixNDMFU: return r * 6 * nominalParameters / hardware.peakFLOPPerSecond
        case .megatronMoETFLOPsPerGPU:
            let a = Double(shape.heads)
            let k = Double(shape.kvHeads)
            let q = a * Double(shape.headDim) / h
            let gamma = shape.ffnMatrices == 3 ? 1.5 : 1
            let shared = Double(shape.sharedExperts * shape.sharedExpertFFNWidth)
            let experts = Double(shape.ffn) / h * Double(shape.activeExperts) * gamma
            let perToken = 12 * l * h * h * ((1 + k / a + s / h) * q + experts + shared / h * gamma + v / (2 * l * h))
            return r * perToken / 1e12
        }
    }
}

/// Ground truth embedded in the binary (users have no `shared/ground-truth/`), each row with its citation:
/// Narayanan et al. 2021 Table 1, the training runs of `training_runs.csv` that give hardware and a
/// throughput, and every row of `dev-2026/training_throughput.csv` (``devSet2026``).
///
/// Not modelled from `training_runs.csv`: GPT-3 (V100 has no scale-out bandwidth in the catalog), Gopher/Gemma
/// (TPU runs without a published plan or throughput), rows with only GPU-hours and no batch.
public enum GroundTruth {
    static let catalog = Catalog.builtin

    /// The catalog's accelerator `id` with its plan details (``BuiltinPlanDetails``).
    static func hardware(_ id: String) -> PlanHardware {
        guard let spec = try? catalog.accelerator(id), let hardware = try? BuiltinPlanDetails.hardware(for: spec) else {
            preconditionFailure("the built-in catalog lacks a figure the plan model needs for \(id)")
        }
        return hardware
    }

    public static let megatronSuite = "Megatron-LM Table 1"
    public static let trainingRunsSuite = "Published training runs"

    /// Narayanan et al. 2021 Table 1: hardware TFLOP/s per GPU at the published TP/PP/DP, full recomputation,
    /// run by the `megatron-lm-2021` profile.
    public static var megatron: [ValidationCase] {
        MegatronTable1.rows.map { row in
            ValidationCase(
                id: "megatron-\(row.label.lowercased())", suite: megatronSuite,
                label: "Megatron-LM GPT \(row.label), \(row.gpus) A100", shape: row.shape,
                hardware: hardware("a100-80gb"), gpus: row.gpus, globalBatch: row.globalBatch,
                constraints: row.publishedConstraints, framework: FrameworkProfiles.megatronLM2021,
                metric: .hardwareTFLOPsPerGPU, published: row.publishedFLOPPerSecondPerGPU / 1e12,
                calibration: true, source: MegatronTable1.source,
                note: "TP \(row.tp), PP \(row.pp), DP \(row.dp), full recompute")
        }
    }

    /// Rows of training_runs.csv with hardware and a throughput or a derivable MFU.
    public static var trainingRuns: [ValidationCase] {
        let a100 = hardware("a100-80gb")
        let a100_40 = hardware("a100-40gb")
        let mtnlg = TransformerShape(layers: 105, hidden: 20480, heads: 128, vocabulary: 51_200, sequenceLength: 2048)
        let mtnlgSource =
            "Smith et al. 2022, MT-NLG, arXiv:2201.11990, Sec. 2.4 (as quoted in "
            + "cli99/llm-analysis examples/megatron-turing-nlg/README.md)"
        var cases = [(2240, 126.0), (2800, 121), (3360, 113)].map { gpus, tflops in
            ValidationCase(
                id: "mt-nlg-530b-\(gpus)", suite: trainingRunsSuite, label: "MT-NLG 530B, \(gpus) A100",
                shape: mtnlg, hardware: a100, gpus: gpus, globalBatch: 1920,
                constraints: PlanConstraints(
                    tp: 8, pp: 35, sequenceParallel: false, recompute: .full,
                    zeroStage: 1),
                framework: FrameworkProfiles.megatronDeepSpeed, metric: .hardwareTFLOPsPerGPU,
                published: tflops,
                calibration: true, source: mtnlgSource,
                note: "TP 8, PP 35, batch 1920 (paper); vocabulary 51,200 assumed (padded GPT-2 BPE)")
        }
        let meta =
            "Meta's 2023 stack (xformers attention, model and sequence parallelism) modelled with the "
            + "megatron-core profile"
        // LLaMA-65B: 80 layers, h 8192, 64 heads, f 22016 (SwiGLU), V 32000, s 2048; 2048 A100-80GB; batch 4M tokens.
        cases.append(
            ValidationCase(
                id: "llama-65b", suite: trainingRunsSuite, label: "LLaMA 65B, 2048 A100",
                shape: TransformerShape(
                    layers: 80, hidden: 8192, heads: 64, ffn: 22_016, vocabulary: 32_000,
                    sequenceLength: 2048,
                    ffnMatrices: 3),
                hardware: a100, gpus: 2048, globalBatch: 2048, constraints: PlanConstraints(),
                framework: FrameworkProfiles.megatronCore, metric: .tokensPerSecondPerGPU, published: 380,
                calibration: true,
                source:
                    "Touvron et al. 2023, LLaMA, arXiv:2302.13971, Sec. 2.4 ('around 380 tokens/sec/GPU on 2048 A100 "
                    + "GPU with 80GB')",
                note: "plan not published: best plan of the search; \(meta)"))
        // Llama 2: MFU implied by GPU-hours (training_runs.csv, derived column); 4M-token batch, s = 4096.
        let llama2: [(String, Int, Int, Int, Int, Int, Double, Double)] = [
            ("7B", 32, 4096, 32, 32, 11_008, 7e9, 0.406), ("13B", 40, 5120, 40, 40, 13_824, 13e9, 0.377),
            ("70B", 80, 8192, 64, 8, 28_672, 70e9, 0.435),
        ]
        for (label, l, h, a, kv, f, n, mfu) in llama2 {
            cases.append(
                ValidationCase(
                    id: "llama-2-\(label.lowercased())", suite: trainingRunsSuite,
                    label: "Llama 2 \(label), A100 (2048 "
                        + "assumed)",
                    shape: TransformerShape(
                        layers: l, hidden: h, heads: a, kvHeads: kv, ffn: f, vocabulary: 32_000,
                        sequenceLength: 4096, ffnMatrices: 3),
                    hardware: a100, gpus: 2048, globalBatch: 1024, constraints: PlanConstraints(),
                    framework: FrameworkProfiles.megatronCore, metric: .sixNDMFU, published: mfu, nominalParameters: n,
                    calibration: true,
                    source: "Touvron et al. 2023, Llama 2, Table 1 / meta-llama/llama MODEL_CARD.md GPU-hours; MFU "
                        + "derived by Reckon",
                    note:
                        "GPU count not published (2048 assumed); GPU-hours include downtime, so the published MFU is a "
                        + "floor; "
                        + meta))
        }
        // GPT-NeoX-20B: 96 A100-40GB, TP 2, PP 4, ZeRO-1; 1,830 h for ~472B tokens → MFU 29.5% (derived).
        cases.append(
            ValidationCase(
                id: "gpt-neox-20b", suite: trainingRunsSuite, label: "GPT-NeoX-20B, 96 A100-40GB",
                shape: TransformerShape(layers: 44, hidden: 6144, heads: 64, vocabulary: 50_432, sequenceLength: 2048),
                hardware: a100_40, gpus: 96, globalBatch: 1536,
                constraints: PlanConstraints(tp: 2, pp: 4, sequenceParallel: false, recompute: .full, zeroStage: 1),
                framework: FrameworkProfiles.megatronDeepSpeed, metric: .sixNDMFU,
                published: 6 * 20.556e9 * 472e9 / (175_680 * 3600 * a100_40.peakFLOPPerSecond),
                nominalParameters: 20.556e9,
                calibration: true,
                source: "Black et al. 2022, GPT-NeoX-20B, arXiv:2204.06745 (96 GPUs, TP 2, PP 4, "
                    + "1,830 h, ~472B tokens)",
                note: "MFU = 6·N·D/(GPU-hours·312 TFLOP/s), derived; batch 1536 = 12 replicas × 128 (the source says "
                    + "~1538); "
                    + "GPT-NeoX is built on Megatron-DeepSpeed"))
        // TinyLlama 1.1B: 16 A100-40GB, 3,456 GPU-h per 300B tokens → 51% (derived in training_runs.csv).
        cases.append(
            ValidationCase(
                id: "tinyllama-1.1b", suite: trainingRunsSuite, label: "TinyLlama 1.1B, 16 A100-40GB",
                shape: TransformerShape(
                    layers: 22, hidden: 2048, heads: 32, kvHeads: 4, ffn: 5632, vocabulary: 32_000,
                    sequenceLength: 2048, ffnMatrices: 3),
                hardware: a100_40, gpus: 16, globalBatch: 1024, constraints: PlanConstraints(),
                framework: FrameworkProfiles.fsdp,
                metric: .sixNDMFU, published: 6 * 1.1e9 * 300e9 / (3456 * 3600 * a100_40.peakFLOPPerSecond),
                nominalParameters: 1.1e9, calibration: true,
                source: "Zhang et al. 2024, TinyLlama README (jzhang38/TinyLlama)",
                note: "PyTorch FSDP with FlashAttention-2 (README); its fused kernels are not modelled; 2M-token batch")
        )
        return cases
    }

    /// Every case `reckon validate` reports, suite by suite.
    public static var all: [ValidationCase] { megatron + trainingRuns + devSet2026 }

    // Helpers of the generated development set.

    /// The hardware of a development row.
    enum DevGPU {
        case catalog(String)
        /// Meta's Grand Teton H100: 96 GB HBM2e at a 500 W power limit (dev-2026 README), modelled as the
        /// catalog's H100 SXM with 96 GB of memory (its bandwidth and clocks unknown: the SXM's are used).
        case h100At500W
        case notInCatalog(String)

        var hardware: PlanHardware? {
            switch self {
            case let .catalog(id): return GroundTruth.hardware(id)
            case .h100At500W:
                var h = GroundTruth.hardware("h100-sxm")
                h.memoryBytes = 96e9
                return h
            case .notInCatalog: return nil
            }
        }
    }

    /// The framework of a development row.
    enum DevFramework {
        case megatronCore, nemo
        /// Megatron-Core v0.8 (mid-2024): the all-to-all MoE dispatcher, no overlapped all-to-all schedule
        /// (`--overlap-moe-expert-parallel-comm` and the flex dispatcher came in 2025).
        case megatronCore2024
        case torchtitan(asyncTP: Bool, fp8Gather: Bool)

        var profile: FrameworkProfile {
            switch self {
            case .megatronCore: return FrameworkProfiles.megatronCore
            case .megatronCore2024:
                var p = FrameworkProfiles.megatronCore
                p.expertDispatcher = .allToAll
                p.overlap.expertAllToAll = 0
                return p
            case .nemo: return FrameworkProfiles.nemo
            case let .torchtitan(asyncTP, fp8Gather):
                var p = FrameworkProfiles.torchtitan
                if asyncTP { p.overlap.tensorParallel = FrameworkProfiles.torchtitanAsyncTensorParallelOverlap }
                p.fp8ParameterGather = fp8Gather
                return p
            }
        }
    }

    /// A shape in the notation of ``TransformerShape`` (`L` layers, `h` hidden, `a` heads, `kv` key/value heads,
    /// `f` feed-forward or expert width, `V` vocabulary, `s` sequence length).
    static func shape(
        L: Int, h: Int, a: Int, kv: Int, f: Int, V: Int, s: Int, gated: Bool = true, experts: Int = 1,
        top: Int = 1
    ) -> TransformerShape {
        TransformerShape(
            layers: L, hidden: h, heads: a, kvHeads: kv, ffn: f, vocabulary: V, sequenceLength: s,
            ffnMatrices: gated ? 3 : 2, experts: experts, activeExperts: top)
    }

    /// The catalog's shape of model `id` at sequence length `s` with `mtp` multi-token-prediction modules (the
    /// development rows of mixtures of experts take their shapes from the same released configurations).
    static func catalogShape(_ id: String, s: Int, mtp: Int = 0) -> TransformerShape? {
        guard let model = try? catalog.model(id), var shape = try? TransformerShape(model: model, sequenceLength: s)
        else { preconditionFailure("the built-in catalog lacks the shape of \(id)") }
        shape.multiTokenPrediction = mtp
        return shape
    }

    /// One development row as a case: the printed plan fixed, `dp = GPUs/(TP·PP·CP)` (experts inside the DP ranks,
    /// as Megatron-Core lays them out).
    static func dev(
        _ id: String, _ suite: String, _ label: String, shape: TransformerShape?, gpu: DevGPU, gpus: Int,
        batch: Int, tp: Int, pp: Int, v: Int? = nil, cp: Int = 1, ep: Int = 1, b: Int? = nil,
        recompute: Recompute? = nil, zero: Int? = nil, fp8: Bool = false, recipe: FP8Recipe? = nil,
        framework: DevFramework,
        metric: ValidationMetric, published: Double, calibration: Bool, notModelled: String? = nil,
        source: String, note: String
    ) -> ValidationCase {
        var constraints = PlanConstraints(
            tp: tp, cp: cp, pp: pp, interleave: v, ep: ep, microbatch: b,
            recompute: recompute,
            zeroStage: zero, precision: fp8 ? .fp8 : .bf16)
        if case .torchtitan = framework { constraints.sequenceParallel = tp > 1 }
        let hardware = gpu.hardware
        let reason = notModelled ?? (hardware == nil ? "accelerator not in the catalog" : nil)
        return ValidationCase(
            id: id, suite: suite, label: label, shape: reason == nil ? shape : nil,
            hardware: reason == nil ? hardware : nil, gpus: gpus, globalBatch: batch,
            constraints: constraints, framework: framework.profile, metric: metric,
            published: published,
            calibration: calibration, notModelled: reason, fp8Recipe: recipe, source: source,
            note: note)
    }
}

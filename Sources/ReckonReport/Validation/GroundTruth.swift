import ReckonAnalysis
import ReckonCore
import ReckonCatalog

/// What a published figure measures, and so what the plan model is asked for.
public enum ValidationMetric: String, Sendable, Hashable {
    /// Hardware FLOP/s per GPU counting recomputation (Megatron-LM's convention), TFLOP/s.
    case hardwareTFLOPsPerGPU = "hardware_tflops_per_gpu"
    /// Tokens per second per GPU.
    case tokensPerSecondPerGPU = "tokens_per_second_per_gpu"
    /// 6·N·(tokens/s) / (GPUs · peak): MFU as derived from GPU-hours with the 6ND rule.
    case sixNDMFU = "mfu_6nd"
}

/// One published training measurement Reckon can model: the job, the plan as far as it is published,
/// and the figure.
public struct ValidationCase: Sendable {
    public var id: String
    public var label: String
    public var shape: TransformerShape
    public var hardware: PlanHardware
    public var gpus: Int
    public var globalBatch: Int
    /// The published parts of the plan; the search chooses the rest.
    public var constraints: PlanConstraints
    public var metric: ValidationMetric
    public var published: Double
    /// Parameters N in the published 6ND derivation (``ValidationMetric/sixNDMFU`` only).
    public var nominalParameters: Double
    public var source: String
    public var note: String
    /// Whether the run used a fused attention kernel (``StepTimeConstants/fusedAttention``).
    public var fusedAttention: Bool = false
}

/// Ground truth embedded in the binary (users have no `shared/ground-truth/`), each with its citation.
///
/// Rows of `shared/ground-truth/training_runs.csv` are used only where the hardware, the GPU count (or a
/// stated assumption for it) and an MFU or throughput are known. Not modelled: GPT-3 (V100 has no
/// scale-out bandwidth in the catalog), Gopher/Gemma (TPU), rows with only GPU-hours and no batch.
public enum GroundTruth {
    /// The catalog's A100 40GB (its figures and sources: `reckon catalog show a100-40gb`).
    static let a100_40GB: PlanHardware = {
        guard let hardware = try? PlanHardware(accelerator: BuiltinAccelerators.a100_40GB) else {
            preconditionFailure("the built-in A100 40GB entry lacks a figure the plan model needs")
        }
        return hardware
    }()

    /// Narayanan et al. 2021 Table 1: hardware TFLOP/s per GPU at the published TP/PP/DP, full recomputation.
    public static var megatron: [ValidationCase] {
        MegatronTable1.rows.map { row in
            ValidationCase(id: "megatron-\(row.label.lowercased())", label: "Megatron-LM GPT \(row.label), \(row.gpus) A100",
                           shape: row.shape, hardware: .a100SXM80GB, gpus: row.gpus, globalBatch: row.globalBatch,
                           constraints: row.publishedConstraints, metric: .hardwareTFLOPsPerGPU,
                           published: row.publishedFLOPPerSecondPerGPU / 1e12, nominalParameters: 0,
                           source: MegatronTable1.source, note: "TP \(row.tp), PP \(row.pp), DP \(row.dp), full recompute")
        }
    }

    /// Rows of training_runs.csv with hardware and a throughput or a derivable MFU.
    public static var trainingRuns: [ValidationCase] {
        let mtnlg = TransformerShape(layers: 105, hidden: 20480, heads: 128, vocabulary: 51_200, sequenceLength: 2048)
        let mtnlgSource = "Smith et al. 2022, MT-NLG, arXiv:2201.11990, Sec. 2.4 (training_runs.csv row 'Megatron-Turing NLG 530B')"
        let runs: [(Int, Double)] = [(2240, 126), (2800, 121), (3360, 113)]
        var cases = runs.map { gpus, tflops in
            ValidationCase(id: "mt-nlg-530b-\(gpus)", label: "MT-NLG 530B, \(gpus) A100", shape: mtnlg, hardware: .a100SXM80GB,
                           gpus: gpus, globalBatch: 1920,
                           constraints: PlanConstraints(tp: 8, pp: 35, sequenceParallel: false, recompute: .full, zeroStage: 1),
                           metric: .hardwareTFLOPsPerGPU, published: tflops, nominalParameters: 0, source: mtnlgSource,
                           note: "TP 8, PP 35, batch 1920 (paper); vocabulary 51,200 assumed (padded GPT-2 BPE)")
        }
        // LLaMA-65B: 80 layers, h 8192, 64 heads, f 22016 (SwiGLU), V 32000, s 2048; 2048 A100-80GB; batch 4M tokens.
        cases.append(ValidationCase(
            id: "llama-65b", label: "LLaMA 65B, 2048 A100",
            shape: TransformerShape(layers: 80, hidden: 8192, heads: 64, ffn: 22_016, vocabulary: 32_000, sequenceLength: 2048, ffnMatrices: 3),
            hardware: .a100SXM80GB, gpus: 2048, globalBatch: 2048, constraints: PlanConstraints(),
            metric: .tokensPerSecondPerGPU, published: 380, nominalParameters: 0,
            source: "Touvron et al. 2023, LLaMA, arXiv:2302.13971, Sec. 2.4 ('around 380 tokens/sec/GPU on 2048 A100 GPU with 80GB'; training_runs.csv)",
            note: "plan not published: best plan of the search; xformers memory-efficient attention (paper Sec. 2.4)",
            fusedAttention: true))
        // Llama 2: MFU implied by GPU-hours (training_runs.csv, derived column); 4M-token batch, s = 4096.
        let llama2: [(String, Int, Int, Int, Int, Int, Double, Double)] = [
            ("7B", 32, 4096, 32, 32, 11_008, 7e9, 0.406), ("13B", 40, 5120, 40, 40, 13_824, 13e9, 0.377),
            ("70B", 80, 8192, 64, 8, 28_672, 70e9, 0.435),
        ]
        for (label, l, h, a, kv, f, n, mfu) in llama2 {
            cases.append(ValidationCase(
                id: "llama-2-\(label.lowercased())", label: "Llama 2 \(label), A100 (2048 assumed)",
                shape: TransformerShape(layers: l, hidden: h, heads: a, kvHeads: kv, ffn: f, vocabulary: 32_000,
                                        sequenceLength: 4096, ffnMatrices: 3),
                hardware: .a100SXM80GB, gpus: 2048, globalBatch: 1024, constraints: PlanConstraints(),
                metric: .sixNDMFU, published: mfu, nominalParameters: n,
                source: "Touvron et al. 2023, Llama 2, Table 1 / MODEL_CARD GPU-hours; MFU derived in training_runs.csv",
                note: "GPU count not published (2048 assumed); GPU-hours include downtime, so the published MFU is a floor; LLaMA's efficient attention assumed",
                fusedAttention: true))
        }
        // GPT-NeoX-20B: 96 A100-40GB, TP 2, PP 4, ZeRO-1; 1,830 h for ~472B tokens → MFU 29.5% (derived).
        cases.append(ValidationCase(
            id: "gpt-neox-20b", label: "GPT-NeoX-20B, 96 A100-40GB",
            shape: TransformerShape(layers: 44, hidden: 6144, heads: 64, vocabulary: 50_432, sequenceLength: 2048),
            hardware: a100_40GB, gpus: 96, globalBatch: 1536,
            constraints: PlanConstraints(tp: 2, pp: 4, sequenceParallel: false, recompute: .full, zeroStage: 1), metric: .sixNDMFU,
            published: 6 * 20.556e9 * 472e9 / (175_680 * 3600 * a100_40GB.peakFLOPPerSecond), nominalParameters: 20.556e9,
            source: "Black et al. 2022, GPT-NeoX-20B (training_runs.csv row 'GPT-NeoX-20B': 96 GPUs, TP 2, PP 4, 1,830 h, ~472B tokens)",
            note: "MFU = 6·N·D/(GPU-hours·312 TFLOP/s), derived; batch 1536 = 12 replicas × 128 (CSV says ~1538); activation checkpointing, no SP (2022)"))
        // TinyLlama 1.1B: 16 A100-40GB, 3,456 GPU-h per 300B tokens → 51% (derived in training_runs.csv).
        cases.append(ValidationCase(
            id: "tinyllama-1.1b", label: "TinyLlama 1.1B, 16 A100-40GB",
            shape: TransformerShape(layers: 22, hidden: 2048, heads: 32, kvHeads: 4, ffn: 5632, vocabulary: 32_000,
                                    sequenceLength: 2048, ffnMatrices: 3),
            hardware: a100_40GB, gpus: 16, globalBatch: 1024, constraints: PlanConstraints(), metric: .sixNDMFU,
            published: 6 * 1.1e9 * 300e9 / (3456 * 3600 * a100_40GB.peakFLOPPerSecond), nominalParameters: 1.1e9,
            source: "Zhang et al. 2024, TinyLlama README (training_runs.csv row 'TinyLlama-1.1B')",
            note: "FlashAttention-2 (README); its other fused kernels are not modelled; 2M-token batch",
            fusedAttention: true))
        return cases
    }

    /// Every case `reckon validate` checks.
    public static var all: [ValidationCase] { megatron + trainingRuns }
}

import ReckonCore

/// One row of Narayanan et al. 2021 Table 1: a GPT model trained with Megatron-LM on Selene.
public struct MegatronScalingRow: Sendable, Hashable {
    public var label: String
    public var layers: Int
    public var hidden: Int
    public var heads: Int
    public var tp: Int
    public var pp: Int
    public var dp: Int
    /// Global batch, sequences.
    public var globalBatch: Int
    /// Published throughput per GPU, FLOP/s, counting the recomputed forward pass (HFU-like).
    public var publishedFLOPPerSecondPerGPU: Double

    public var gpus: Int { tp * pp * dp }

    /// The row's model: sequence length 2048, vocabulary 51,200, f = 4h, multi-head attention.
    public var shape: TransformerShape {
        TransformerShape(
            layers: layers, hidden: hidden, heads: heads, vocabulary: MegatronTable1.vocabulary,
            sequenceLength: MegatronTable1.sequenceLength)
    }

    /// The published plan as far as the table gives it: TP, PP, DP and full recomputation, no
    /// sequence parallelism (2021), no ZeRO; the micro-batch size and interleaving are not published.
    public var publishedConstraints: PlanConstraints {
        PlanConstraints(tp: tp, pp: pp, sequenceParallel: false, recompute: .full, zeroStage: 0)
    }

    /// Tokens per second for the whole job implied by the published FLOP/s: the table counts
    /// `96·B·s·L·h²·(1 + s/(6h) + V/(16·L·h))` FLOP per step (eq. 3, full recomputation).
    public var publishedTokensPerSecond: Double {
        let s = Double(MegatronTable1.sequenceLength)
        let l = Double(layers)
        let h = Double(hidden)
        let v = Double(MegatronTable1.vocabulary)
        let flopPerSequence = 96 * s * l * h * h * (1 + s / (6 * h) + v / (16 * l * h))
        return publishedFLOPPerSecondPerGPU * Double(gpus) / flopPerSequence * s
    }
}

/// Narayanan et al. 2021, Efficient Large-Scale Language Model Training on GPU Clusters Using
/// Megatron-LM (arXiv:2104.04473), Table 1: weak scaling from 1.7B to 1T parameters on up to 3,072
/// A100 80GB GPUs (Selene), FP16, end-to-end throughput including data loading, optimizer and logging.
///
/// Embedded so that `reckon validate` works without the repository's `shared/ground-truth/`
/// directory; the same figures as `megatron_scaling.csv` (read from NVIDIA/Megatron-LM README @306eb24e27,
/// image `cases_april2021.png`). The CSV splits model-parallel size as TP = min(8, MP), PP = MP/TP;
/// heads are from the paper's Table 1 (not in the README image).
public enum MegatronTable1 {
    public static let sequenceLength = 2048
    public static let vocabulary = 51_200
    public static let source =
        "Narayanan et al. 2021, arXiv:2104.04473, Table 1 (NVIDIA/Megatron-LM README @306eb24e27)"

    public static let rows: [MegatronScalingRow] = [
        row("1.7B", 24, 2304, 24, tp: 1, pp: 1, dp: 32, batch: 512, tflops: 137),
        row("3.6B", 30, 3072, 32, tp: 2, pp: 1, dp: 32, batch: 512, tflops: 138),
        row("7.5B", 36, 4096, 32, tp: 4, pp: 1, dp: 32, batch: 512, tflops: 142),
        row("18B", 40, 6144, 48, tp: 8, pp: 1, dp: 32, batch: 1024, tflops: 135),
        row("39B", 48, 8192, 64, tp: 8, pp: 2, dp: 32, batch: 1536, tflops: 138),
        row("76B", 60, 10240, 80, tp: 8, pp: 4, dp: 32, batch: 1792, tflops: 140),
        row("145B", 80, 12288, 96, tp: 8, pp: 8, dp: 24, batch: 2304, tflops: 148),
        row("310B", 96, 16384, 128, tp: 8, pp: 16, dp: 15, batch: 2160, tflops: 155),
        row("530B", 105, 20480, 128, tp: 8, pp: 35, dp: 9, batch: 2520, tflops: 163),
        row("1T", 128, 25600, 160, tp: 8, pp: 64, dp: 6, batch: 3072, tflops: 163),
    ]

    private static func row(
        _ label: String, _ layers: Int, _ hidden: Int, _ heads: Int, tp: Int, pp: Int, dp: Int,
        batch: Int, tflops: Double
    ) -> MegatronScalingRow {
        MegatronScalingRow(
            label: label, layers: layers, hidden: hidden, heads: heads, tp: tp, pp: pp, dp: dp,
            globalBatch: batch, publishedFLOPPerSecondPerGPU: tflops * 1e12)
    }

    /// The model's prediction for `row`: the best plan with the row's published constraints (the
    /// micro-batch size and interleave, unpublished, are chosen by the search as Megatron's authors tuned them)
    /// run by `framework` (the catalog's `megatron-lm-2021` profile for the paper's software).
    public static func predict(
        _ row: MegatronScalingRow, hardware: PlanHardware = .a100SXM80GB,
        framework: FrameworkProfile,
        constants: StepTimeConstants = .default
    ) throws -> RankedPlan? {
        let problem = try PlanProblem(
            shape: row.shape, hardware: hardware, gpus: row.gpus,
            globalBatch: row.globalBatch, framework: framework, constants: constants)
        return PlanSearch.run(problem: problem, constraints: row.publishedConstraints, top: 1, threads: 1).plans.first
    }
}

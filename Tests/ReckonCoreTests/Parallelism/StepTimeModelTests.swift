import Testing
import ReckonCore

struct StepTimeModelTests {
    // Megatron 1T shape on 3,072 A100s with batch 3,072 (Narayanan et al. 2021 Table 1, last row).
    let shape = TransformerShape(layers: 128, hidden: 25_600, heads: 160, vocabulary: 51_200, sequenceLength: 2048)
    var problem: PlanProblem { get throws { try PlanProblem(shape: shape, hardware: .a100SXM80GB, gpus: 3072, globalBatch: 3072) } }
    let plan = ParallelPlan(tp: 8, pp: 64, interleave: 2, dp: 6, microbatch: 1, recompute: .full)

    @Test("hardware FLOP per step equal Narayanan et al. 2021 eq. (3) with full recomputation")
    func flopCount() throws {
        let result = StepTimeModel.estimate(plan: plan, problem: try problem)
        // eq. (3): F = 96·B·s·L·h²·(1 + s/(6h) + V/(16·L·h)); B = 3072, s = 2048, L = 128, h = 25600, V = 51200.
        let (b, s, l, h, v) = (3072.0, 2048.0, 128.0, 25_600.0, 51_200.0)
        let eq3 = 96 * b * s * l * h * h * (1 + s / (6 * h) + v / (16 * l * h))
        let modelled = result.hardwareFLOPPerSecondPerGPU * result.stepSeconds * 3072
        #expect(abs(modelled / eq3 - 1) < 1e-9) // same formula, so only rounding differs
        // Model FLOP drop the recomputed forward: 72 instead of 96 on the layer terms, the logit term unchanged.
        let model = result.modelFLOPPerSecondPerGPU * result.stepSeconds * 3072
        let eq3Model = 72 * b * s * l * h * h * (1 + s / (6 * h)) + 6 * b * s * h * v
        #expect(abs(model / eq3Model - 1) < 1e-9)
        #expect(result.hfu > result.mfu)
    }

    @Test("the breakdown adds up to the step, and the bubble is (p−1)/(m·v) of the pipelined work")
    func breakdown() throws {
        let result = StepTimeModel.estimate(plan: plan, problem: try problem)
        let parts = result.breakdown
        #expect(abs(parts.total / result.stepSeconds - 1) < 1e-12)
        // m = 3072 / (6·1) = 512 micro-batches; (p−1)/(m·v) = 63/1024.
        let pipelined = parts.total - parts.bubble - parts.dataParallelComm - parts.optimizer
        #expect(abs(parts.bubble / pipelined - 63.0 / 1024) < 1e-12)
        #expect(abs(result.tokensPerSecond - 3072 * 2048 / result.stepSeconds) < 1e-6 * result.tokensPerSecond)
    }

    @Test("levers move the step the physical way")
    func monotone() throws {
        let p = try problem
        let base = StepTimeModel.estimate(plan: plan, problem: p)
        var noInterleave = plan
        noInterleave.interleave = 1
        #expect(StepTimeModel.estimate(plan: noInterleave, problem: p).breakdown.bubble > base.breakdown.bubble)
        var selective = plan
        selective.recompute = .selective
        selective.sequenceParallel = true
        let sel = StepTimeModel.estimate(plan: selective, problem: p)
        #expect(sel.stepSeconds < base.stepSeconds) // no recomputed GEMMs
        #expect(sel.memory.activations > base.memory.activations)
        // Efficiency curve saturates: bigger GEMMs are closer to η_max, never above it.
        let c = StepTimeConstants.default
        let small = c.gemmEfficiency(m: 2048, k: 2304, n: 2304), large = c.gemmEfficiency(m: 2048, k: 25_600, n: 12_800)
        #expect(small < large && large < c.gemmPeakEfficiency)
    }
}
